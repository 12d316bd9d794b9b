import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashcashInput, hashcashSearch, leadingZeroBits } from './hashcash';

/** Node's own SHA-256 as an independent oracle. */
function zeroBitsOf(text: string): number {
  const hex = createHash('sha256').update(text, 'utf8').digest('hex');
  const bits = [...hex].map((h) => parseInt(h, 16).toString(2).padStart(4, '0')).join('');
  return bits.indexOf('1') === -1 ? 256 : bits.indexOf('1');
}

describe('leadingZeroBits', () => {
  it.each([
    [[0x80], 0],
    [[0x7f], 1],
    [[0x01], 7],
    [[0x00, 0x80], 8],
    [[0x00, 0x00, 0x0f], 20],
    [[0x00, 0x00], 16],
  ])('%j has %i leading zero bits', (bytes, bits) => {
    expect(leadingZeroBits(Uint8Array.from(bytes))).toBe(bits);
  });
});

describe('hashcashSearch', () => {
  it('finds the first counter whose input has n zero bits, checked against node:crypto', () => {
    for (const bits of [1, 4, 8, 12]) {
      const r = hashcashSearch('Pocket Chain', bits, 0, 1_000_000);
      expect(r.counter).not.toBeNull();
      expect(r.tries).toBe(r.counter! + 1);
      expect(zeroBitsOf(hashcashInput('Pocket Chain', r.counter!))).toBeGreaterThanOrEqual(bits);
      // Every counter before it falls short: the search returns the first, so a class sees the same answer.
      for (let c = Math.max(0, r.counter! - 50); c < r.counter!; c++) expect(zeroBitsOf(hashcashInput('Pocket Chain', c))).toBeLessThan(bits);
    }
  });

  it('reports the tries of an unsuccessful range and starts where told', () => {
    const first = hashcashSearch('abc', 8, 0, 1_000_000).counter!;
    expect(hashcashSearch('abc', 8, 0, first)).toEqual({ counter: null, tries: first });
    expect(hashcashSearch('abc', 8, first, first + 1)).toEqual({ counter: first, tries: 1 });
  });

  it('encodes text as UTF-8 (not UTF-16)', () => {
    const r = hashcashSearch('Zürich ☃', 6, 0, 100_000);
    expect(zeroBitsOf(hashcashInput('Zürich ☃', r.counter!))).toBeGreaterThanOrEqual(6);
  });

  it('names a bad argument', () => {
    expect(() => hashcashSearch('a', -1, 0, 1)).toThrow(/zeroBits/);
    expect(() => hashcashSearch('a', 1.5, 0, 1)).toThrow(/zeroBits/);
    expect(() => hashcashSearch('a', 4, 5, 1)).toThrow(/counter range/);
    expect(() => hashcashSearch(3 as unknown as string, 4, 0, 1)).toThrow(/prefix/);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashcashSearch } from '../../core/index';
import { doneSteps } from '../lesson';
import {
  HASHES_START, HASHES_STEPS, addSearch, bitsOf, changedBits, hashHex, hashesFromData, hashesToData, isOneCharacterEdit, typeText,
} from './hashes';

function found(prefix: string, zeroBits: number) {
  const r = hashcashSearch(prefix, zeroBits, 0, 1 << 24);
  return { prefix, zeroBits, counter: r.counter!, tries: r.tries };
}

describe('lesson 1: hashes', () => {
  it('hashes text as SHA-256 of its UTF-8 bytes (FIPS 180-2 "abc", and node:crypto)', () => {
    expect(hashHex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashHex('Grüße')).toBe(createHash('sha256').update('Grüße', 'utf8').digest('hex'));
  });

  it('lists the bits that changed between two hashes', () => {
    expect(bitsOf('8' + '0'.repeat(63))).toBe('1' + '0'.repeat(255));
    expect(changedBits('f' + '0'.repeat(63), '0'.repeat(63) + '1')).toEqual([0, 1, 2, 3, 255]);
    // One letter changes about half of the 256 bits (avalanche): far more than one, far fewer than all.
    const n = changedBits(hashHex('Hello, class!'), hashHex('Hello, class?')).length;
    expect(n).toBeGreaterThan(80);
    expect(n).toBeLessThan(176);
  });

  it.each([
    ['abc', 'abd', true],
    ['abc', 'abcd', true],
    ['abc', 'ac', true],
    ['abc', 'xbc', true],
    ['abc', 'abc', false],
    ['abc', 'axd', false],
    ['abc', 'cab', false],
    ['a☃c', 'a☃', true],
  ])('%j -> %j is one character edit: %s', (a, b, expected) => {
    expect(isOneCharacterEdit(a, b)).toBe(expected);
  });

  it('ticks each step when the student does it, and only then', () => {
    let s = HASHES_START;
    expect(doneSteps(HASHES_STEPS, s)).toEqual([]);
    s = typeText(s, 'Hello, class');
    expect(doneSteps(HASHES_STEPS, s)).toEqual(['type', 'one-char']);
    s = typeText(typeText(HASHES_START, 'completely new'), 'totally different');
    expect(doneSteps(HASHES_STEPS, s)).toEqual(['type']);
    s = addSearch(s, found('x', 4));
    expect(doneSteps(HASHES_STEPS, s)).toEqual(['type']);
    s = addSearch(s, found('x', 8));
    expect(doneSteps(HASHES_STEPS, s)).toContain('zeros-8');
    expect(doneSteps(HASHES_STEPS, s)).not.toContain('tries-grow');
    s = addSearch(s, found('x', 12));
    expect(doneSteps(HASHES_STEPS, s)).toContain('tries-grow');
  });

  it('refuses a search result whose hash does not have the zero bits claimed', () => {
    const good = found('x', 8);
    expect(() => addSearch(HASHES_START, { ...good, counter: good.counter + 1, tries: good.tries + 1 })).toThrow(/does not have a hash with 8 zero bits/);
    expect(() => addSearch(HASHES_START, { ...good, tries: 3 })).toThrow(/tries/);
  });

  it('refuses a text longer than the box allows, naming it', () => {
    expect(() => typeText(HASHES_START, 'x'.repeat(281))).toThrow(/280 characters/);
  });

  it('shares and restores its state; a forged search is refused', () => {
    const s = addSearch(typeText(HASHES_START, 'Hello, class?'), found('Hello, class?', 6));
    expect(hashesFromData(JSON.parse(JSON.stringify(hashesToData(s))))).toEqual(s);
    const data = hashesToData(s) as { searches: { counter: number; tries: number }[] };
    data.searches[0]!.counter += 1;
    data.searches[0]!.tries += 1;
    expect(() => hashesFromData(data)).toThrow(/zero bits/);
    expect(() => hashesFromData({ ...hashesToData(s), text: 3 })).toThrow(/state.text must be text/);
  });
});

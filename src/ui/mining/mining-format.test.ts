import { describe, expect, it } from 'vitest';
import {
  bitsHex,
  formatDuration,
  formatHashCount,
  formatHashRate,
  formatLargeNumber,
} from './mining-format';

describe('formatHashRate', () => {
  it.each([
    [0, '0 H/s'],
    [950.4, '950 H/s'],
    [1000, '1.00 kH/s'],
    [1_561_308.9, '1.56 MH/s'],
    [15_613_088, '15.6 MH/s'],
    [2.5e9, '2.50 GH/s'],
  ])('%d -> %s', (n, text) => expect(formatHashRate(n)).toBe(text));
  it('refuses what is not a rate', () => {
    expect(() => formatHashRate(-1)).toThrow(RangeError);
    expect(() => formatHashRate(Number.NaN)).toThrow(/hashesPerSecond/);
  });
});

describe('formatDuration', () => {
  it.each([
    [0.0123, '12 ms'],
    [4.2, '4.2 s'],
    [42.4, '42 s'],
    [200, '3 min 20 s'],
    [120, '2 min'],
    [7300, '2 h 2 min'],
    [3 * 86_400, '3.0 days'],
    [40 * 86_400, '40 days'],
    [12 * 365.25 * 86_400, '12.0 years'],
    [4.1e6 * 365.25 * 86_400, '4.10 million years'],
    [Infinity, 'forever'],
  ])('%d s -> %s', (s, text) => expect(formatDuration(s)).toBe(text));
  it('refuses negative and NaN', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
  });
});

describe('counts', () => {
  it('writes large numbers in words, then powers of ten', () => {
    expect(formatLargeNumber(999)).toBe('999');
    expect(formatLargeNumber(4_100_000)).toBe('4.10 million');
    expect(formatLargeNumber(1.2e22)).toBe('1.20 × 10^22');
  });
  it('keeps exact hash counts up to 10^15, including bigints beyond 2^53', () => {
    expect(formatHashCount(65_536n)).toBe('65,536');
    expect(formatHashCount(4_295_032_833n)).toBe('4,295,032,833');
    expect(formatHashCount(2n ** 80n)).toBe('1.21 × 10^24');
  });
  it('shows bits as 8 hex digits', () => {
    expect(bitsHex(0x1f00ffff)).toBe('0x1f00ffff');
    expect(bitsHex(0x03000001)).toBe('0x03000001');
  });
});

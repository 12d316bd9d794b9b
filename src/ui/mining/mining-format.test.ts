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
  ])('%d -> %s', (n, text) => expect(formatHashRate(n, 'en')).toBe(text));
  it('writes the figure as the language does, the unit as everyone does', () => {
    expect(formatHashRate(12_345, 'de')).toBe('12,3 kH/s');
    expect(formatHashRate(12_345, 'es')).toBe('12,3 kH/s');
    expect(formatHashRate(12_345, 'zh-CN')).toBe('12.3 kH/s');
    expect(formatHashRate(1_000, 'de')).toBe('1,00 kH/s');
  });
  it('refuses what is not a rate', () => {
    expect(() => formatHashRate(-1)).toThrow(RangeError);
    expect(() => formatHashRate(Number.NaN)).toThrow(/hashesPerSecond/);
  });
});

describe('formatDuration', () => {
  it.each([
    [0.0123, '12 ms'],
    [4.2, '4.2 sec'],
    [42.4, '42 sec'],
    [200, '3 min 20 sec'],
    [120, '2 min'],
    [7300, '2 hr 2 min'],
    [3 * 86_400, '3.0 days'],
    [40 * 86_400, '40 days'],
    [12 * 365.25 * 86_400, '12.0 years'],
    [4.1e6 * 365.25 * 86_400, '4,100,000 years'],
    [2.5e16 * 365.25 * 86_400, '2.50 × 10^16 years'],
    [Infinity, '∞ years'],
  ])('%d s -> %s', (s, text) => expect(formatDuration(s, 'en')).toBe(text));
  it.each([
    ['de', 200, '3 Min., 20 Sek.'],
    ['es', 200, '3 min 20 s'],
    ['zh-CN', 200, '3分钟20秒'],
    ['de', 4.2, '4,2 Sek.'],
    ['es', 3 * 86_400, '3,0 días'],
    ['de', 12 * 365.25 * 86_400, '12,0 Jahre'],
    ['es', 4.1e6 * 365.25 * 86_400, '4.100.000 años'],
    ['zh-CN', 7300, '2小时2分钟'],
  ] as const)('%s: %d s -> %s', (language, s, text) => expect(formatDuration(s, language)).toBe(text));
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
    expect(formatLargeNumber(4_100_000, 'de')).toBe('4,10 Millionen');
    expect(formatLargeNumber(4_100_000, 'es')).toBe('4,10 millones');
    expect(formatLargeNumber(4_100_000, 'zh-CN')).toBe('410万');
  });
  it('keeps exact hash counts up to 10^15, including bigints beyond 2^53', () => {
    expect(formatHashCount(65_536n)).toBe('65,536');
    expect(formatHashCount(4_295_032_833n)).toBe('4,295,032,833');
    expect(formatHashCount(2n ** 80n)).toBe('1.21 × 10^24');
    expect(formatHashCount(4_295_032_833n, 'de')).toBe('4.295.032.833');
    expect(formatHashCount(2n ** 80n, 'de')).toBe('1,21 × 10^24');
  });
  it('shows bits as 8 hex digits', () => {
    expect(bitsHex(0x1f00ffff)).toBe('0x1f00ffff');
    expect(bitsHex(0x03000001)).toBe('0x03000001');
  });
});

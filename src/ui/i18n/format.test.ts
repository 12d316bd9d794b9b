import { describe, expect, it } from 'vitest';
import { formatAmount, formatCompact, formatDateTime, formatList, formatNumber, formatPercent, formatUtcDateTime, isoUtc } from './format';

describe('Intl formatting per language', () => {
  it('groups digits and writes decimals as each language does', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('de', 1234567)).toBe('1.234.567');
    expect(formatNumber('es', 1234567)).toBe('1.234.567');
    expect(formatNumber('zh-CN', 1234567)).toBe('1,234,567');
    expect(formatNumber('de', 2.5, 1)).toBe('2,5');
    expect(formatNumber('en', 123456789012345678901234567890n)).toBe('123,456,789,012,345,678,901,234,567,890');
  });

  it('amounts keep every significant decimal of the base units, never rounding through a float', () => {
    expect(formatAmount('en', 1_250_000_000)).toBe('12.5');
    expect(formatAmount('de', 1_250_000_000)).toBe('12,5');
    expect(formatAmount('en', 1)).toBe('0.00000001');
    expect(formatAmount('es', 2_100_000_000_000_000)).toBe('21.000.000');
    expect(formatAmount('en', 2_099_999_999_999_999)).toBe('20,999,999.99999999');
    expect(formatAmount('de', -150_000_000)).toBe('-1,5');
    expect(formatAmount('en', 0)).toBe('0');
  });

  it('refuses amounts that are not safe integers, naming them', () => {
    expect(() => formatAmount('en', 1.5)).toThrow(/units must be a safe integer: 1.5/);
  });

  it('percentages, lists and dates follow the language', () => {
    expect(formatPercent('en', 0.25)).toBe('25%');
    expect(formatPercent('de', 0.25)).toBe('25\u00a0%');
    expect(formatList('en', ['Node A', 'Node B', 'Node C'])).toBe('Node A, Node B, and Node C');
    expect(formatList('es', ['A', 'B'])).toBe('A y B');
    expect(formatList('de', ['A', 'B'])).toBe('A und B');
    expect(formatList('zh-CN', ['A', 'B'])).toBe('A和B');
    const date = Date.UTC(2026, 11, 3, 16, 49, 24);
    expect(formatDateTime('de', date)).toMatch(/03\.12\.2026/);
    expect(formatDateTime('zh-CN', date)).toMatch(/2026年12月3日/);
  });

  it('block times are written in the language on the UTC clock, with an ISO twin for <time datetime>', () => {
    const genesis = 1231006505 * 1000;
    expect(formatUtcDateTime('en', genesis)).toMatch(/^Jan 3, 2009, 6:15:05\s?PM UTC$/);
    expect(formatUtcDateTime('de', genesis)).toBe('03.01.2009, 18:15:05 UTC');
    expect(formatUtcDateTime('es', genesis)).toBe('3 ene 2009, 18:15:05 UTC');
    expect(formatUtcDateTime('zh-CN', genesis)).toMatch(/^2009年1月3日 .*18:15:05/);
    expect(isoUtc(genesis)).toBe('2009-01-03T18:15:05Z');
    expect(isoUtc(new Date(genesis + 250))).toBe('2009-01-03T18:15:05.250Z');
  });

  it('compact numbers for chart ticks and rates', () => {
    expect(formatCompact('en', 1500)).toBe('1.5K');
    expect(formatCompact('en', 1_234_567)).toBe('1.23M');
    expect(formatCompact('de', 2_500_000)).toBe('2,5\u00a0Mio.');
    expect(formatCompact('es', 1500)).toBe('1,5\u00a0mil');
    expect(formatCompact('zh-CN', 15000)).toBe('1.5万');
    expect(formatCompact('de', 0.25)).toBe('0,25');
  });
});

import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateTime, formatList, formatNumber, formatPercent } from './format';

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
});

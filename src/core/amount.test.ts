/** Amounts: typed coins -> integer units, never through floating point. */
import { describe, expect, it } from 'vitest';
import { AmountError, COIN, MAX_MONEY, formatCoins, parseCoins } from './amount';
import { BITCOIN_PARAMS, CLASSROOM_PARAMS, blockSubsidy, validateParams, withOverride } from './params';

describe('parseCoins', () => {
  const valid: [string, number][] = [
    ['1', COIN],
    ['0.1', 10_000_000],
    ['0.00000001', 1],
    ['12.5', 1_250_000_000],
    [' 3 ', 3 * COIN],
    ['.5', 50_000_000],
    ['21000000', MAX_MONEY],
    ['0.3', 30_000_000], // 0.1 + 0.2 style float traps do not apply
  ];
  it.each(valid)('"%s" = %i units', (text, units) => expect(parseCoins(text)).toBe(units));

  const invalid: [string, string][] = [
    ['', 'empty'],
    ['abc', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['-1', 'negative'],
    ['0', 'zero'],
    ['0.000000001', 'too-many-decimals'],
    ['21000000.00000001', 'too-large'],
    ['999999999999', 'too-large'],
  ];
  it.each(invalid)('"%s" is refused as %s', (text, problem) => {
    let err: unknown;
    try {
      parseCoins(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AmountError);
    expect((err as AmountError).problem).toBe(problem);
    expect((err as AmountError).code).toBe('bad-amount');
  });
  it('fees may be zero', () => expect(parseCoins('0', { allowZero: true })).toBe(0));
});

describe('formatCoins', () => {
  it.each([
    [COIN, '1'],
    [1, '0.00000001'],
    [1_250_000_000, '12.5'],
    [0, '0'],
    [-150_000_000, '-1.5'],
  ])('%i units -> "%s"', (units, text) => expect(formatCoins(units)).toBe(text));
});

describe('subsidy and halving', () => {
  it.each([
    [0, 50 * COIN],
    [209_999, 50 * COIN],
    [210_000, 25 * COIN],
    [420_000, 12.5 * COIN],
    [210_000 * 33, 0],
    [210_000 * 64, 0],
  ])('Bitcoin at height %i pays %i', (h, v) => expect(blockSubsidy(h, BITCOIN_PARAMS)).toBe(v));
  it('all Bitcoin subsidies together stay below 21 million coins (Core subsidy_limit_test)', () => {
    let sum = 0;
    for (let h = 0; h < 14_000_000; h += 1000) sum += blockSubsidy(h, BITCOIN_PARAMS) * 1000;
    expect(sum).toBe(2_099_999_997_690_000);
  });
  it('a reward override applies from its height and still halves on schedule', () => {
    const p = withOverride(CLASSROOM_PARAMS, { height: 5, reward: 20 * COIN });
    expect(blockSubsidy(4, p)).toBe(10 * COIN);
    expect(blockSubsidy(5, p)).toBe(20 * COIN);
    expect(blockSubsidy(CLASSROOM_PARAMS.halvingInterval, p)).toBe(10 * COIN);
  });
});

describe('validateParams', () => {
  it('accepts the presets', () => {
    expect(() => validateParams(CLASSROOM_PARAMS)).not.toThrow();
    expect(() => validateParams(BITCOIN_PARAMS)).not.toThrow();
  });
  it.each([
    ['targetSpacing', 0],
    ['initialReward', -1],
    ['initialReward', 1.5],
    ['powLimitBits', 0],
    ['coinbaseMaturity', 5000],
  ])('names the bad field %s = %s', (field, value) => {
    expect(() => validateParams({ ...CLASSROOM_PARAMS, [field]: value })).toThrow(new RegExp(field));
  });
});

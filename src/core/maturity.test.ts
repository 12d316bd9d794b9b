import { describe, expect, it } from 'vitest';
import { isMature, spendableFromHeight } from './maturity';

describe('coinbase maturity', () => {
  const params = { coinbaseMaturity: 100 };

  it('a coinbase from height h is spendable from height h + maturity, not one block earlier', () => {
    const coin = { height: 5, coinbase: true };
    expect(spendableFromHeight(coin, params)).toBe(105);
    expect(isMature(coin, 104, params)).toBe(false);
    expect(isMature(coin, 105, params)).toBe(true);
  });

  it('a coin that is not a coinbase is mature at once', () => {
    const coin = { height: 5, coinbase: false };
    expect(spendableFromHeight(coin, params)).toBe(5);
    expect(isMature(coin, 5, params)).toBe(true);
  });

  it('maturity 0 lets a coinbase be spent in the next block', () => {
    expect(isMature({ height: 7, coinbase: true }, 8, { coinbaseMaturity: 0 })).toBe(true);
    expect(isMature({ height: 7, coinbase: true }, 8, { coinbaseMaturity: 2 })).toBe(false);
  });
});

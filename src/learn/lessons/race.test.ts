import { describe, expect, it } from 'vitest';
import { txid } from '../../core/index';
import { DoubleSpendRace, GIVE_UP, whitepaperProbability } from './race';

describe('the double-spend race', () => {
  it('whitepaperProbability matches the table in the Bitcoin whitepaper, section 11', () => {
    // q = 0.1: z = 0..10 ; q = 0.3: z = 0, 5, 10 (values as printed, 7 decimals)
    const q1 = [1.0, 0.2045873, 0.0509779, 0.0131722, 0.0034552, 0.0009137, 0.0002428, 0.0000647, 0.0000173, 0.0000046, 0.0000012];
    q1.forEach((v, z) => expect(whitepaperProbability(0.1, z)).toBeCloseTo(v, 7));
    expect(whitepaperProbability(0.3, 5)).toBeCloseTo(0.1773523, 7);
    expect(whitepaperProbability(0.3, 10)).toBeCloseTo(0.0416605, 7);
    expect(whitepaperProbability(0.6, 3)).toBe(1);
  });

  it('with a small share the attacker falls behind and gives up: the payment stays', () => {
    const race = new DoubleSpendRace('lesson/race 1', 0.1, 2);
    const s = race.run();
    expect(s.outcome).toBe('lost');
    expect(s.shipped).toBe(true);
    expect(s.honest - s.attacker).toBeGreaterThanOrEqual(GIVE_UP);
    expect(s.confirmations).toBeGreaterThanOrEqual(2);
  });

  it('with most of the hash power the attacker wins: the shop’s chain loses the payment and holds the double spend', () => {
    const race = new DoubleSpendRace('lesson/race 1', 0.7, 2);
    const s = race.run();
    expect(s.outcome).toBe('won');
    const shop = race.net.network.node('shop').chain;
    const inChain = (id: string) => shop.activeEntries().some((e) => shop.getBlock(e.hash)!.txs.some((tx) => txid(tx) === id));
    expect(inChain(race.doubleSpend)).toBe(true);
    expect(inChain(race.payment)).toBe(false);
  });

  it('is reproducible: the same seed gives the same race', () => {
    const a = new DoubleSpendRace('lesson/race 7', 0.35, 1).run();
    const b = new DoubleSpendRace('lesson/race 7', 0.35, 1).run();
    expect(a).toEqual(b);
  });
});

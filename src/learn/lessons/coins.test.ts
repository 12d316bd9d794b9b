import { describe, expect, it } from 'vitest';
import { COIN, mineTemplate } from '../../core/index';
import { doneSteps } from '../lesson';
import { COINS_STEPS, CoinsLesson, coinsFromData, coinsToData } from './coins';

function mine(l: CoinsLesson): void {
  l.applyMined(mineTemplate(l.template())!.block.header.nonce);
}

describe('lesson 6: transactions and coins', () => {
  it('starts with Alice owning two coins (5 and 3) and Bob one (2); balances are sums of coins', () => {
    const l = new CoinsLesson('lesson');
    const [alice, bob] = l.walletCoins();
    expect(alice!.coins.map((c) => c.amount).sort()).toEqual([3 * COIN, 5 * COIN]);
    expect(alice!.balance.confirmed).toBe(8 * COIN);
    expect(bob!.balance.confirmed).toBe(2 * COIN);
    expect(new CoinsLesson('lesson').walletCoins()[0]!.address).toBe(alice!.address);
  });

  it('a payment spends whole coins and pays the rest back as change', () => {
    const l = new CoinsLesson('lesson');
    const p = l.pay(0, 1, '4');
    expect(p.inputs.map((c) => c.coin.amount)).toEqual([5 * COIN]);
    expect(p.change).toBe(1 * COIN);
    const [alice, bob] = l.walletCoins();
    expect(alice!.balance).toMatchObject({ confirmed: 8 * COIN, pending: -4 * COIN, total: 4 * COIN });
    expect(bob!.balance.total).toBe(6 * COIN);
    expect(alice!.coins.find((c) => c.amount === 5 * COIN)!.spending).toBe(true);
  });

  it('refuses a bad payment by name and changes nothing', () => {
    const l = new CoinsLesson('lesson');
    expect(() => l.pay(0, 1, 'ten')).toThrow(/Amount/);
    expect(() => l.pay(0, 0, '1')).toThrow(/someone else/);
    expect(() => l.pay(1, 0, '3')).toThrow(/Bob cannot pay 3 coins/);
    expect(l.payments).toEqual([]);
    expect(l.chain.mempool.size).toBe(0);
  });

  it('a double spend is refused with its reason: in the pool, then once confirmed', () => {
    const l = new CoinsLesson('lesson');
    l.pay(0, 1, '4');
    expect(l.doubleSpend(0)).toMatchObject({ code: 'txn-mempool-conflict' });
    mine(l);
    expect(l.confirmed(0)).toBe(true);
    expect(l.doubleSpend(0)).toMatchObject({ code: 'bad-txns-inputs-missingorspent' });
    expect(l.walletCoins()[2]!.balance.total).toBe(0);
  });

  it('ticks pay, confirm and double-spend', () => {
    const l = new CoinsLesson('lesson');
    expect(doneSteps(COINS_STEPS, l)).toEqual([]);
    l.pay(0, 2, '6');
    expect(doneSteps(COINS_STEPS, l)).toEqual(['pay']);
    mine(l);
    expect(doneSteps(COINS_STEPS, l)).toEqual(['pay', 'confirm']);
    l.doubleSpend(0);
    expect(doneSteps(COINS_STEPS, l)).toEqual(['pay', 'confirm', 'double-spend']);
  });

  it('a shared lesson replays to the same chain; a forged block is refused naming the step', () => {
    const l = new CoinsLesson('lesson');
    l.pay(0, 1, '4');
    mine(l);
    l.doubleSpend(0);
    const back = coinsFromData(JSON.parse(JSON.stringify(coinsToData(l))), 'lesson');
    expect(back.chain.tip.hash).toBe(l.chain.tip.hash);
    expect(back.refusals).toEqual(l.refusals);
    const data = coinsToData(l) as { actions: { t: string; nonce?: number }[] };
    // Regtest accepts about every second hash; find a nonce that fails.
    for (let n = 0; n < 20; n++) {
      const bad = { actions: data.actions.map((a) => (a.t === 'mine' ? { ...a, nonce: n } : a)) };
      try {
        coinsFromData(bad, 'lesson');
      } catch (e) {
        expect((e as Error).message).toMatch(/Step 2 of the shared lesson does not hold: The node refused the mined block \(high-hash\)/);
        return;
      }
    }
    throw new Error('no failing nonce found');
  });
});

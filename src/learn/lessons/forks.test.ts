import { describe, expect, it } from 'vitest';
import { mineTemplate } from '../../core/index';
import { doneSteps } from '../lesson';
import { FORKS_STEPS, ForksLesson, forksFromData, forksToData, type Side } from './forks';

function mine(l: ForksLesson, side: Side): void {
  l.applyMined(side, mineTemplate(l.template(side))!.block.header.nonce);
}

describe('lesson 9: forks and most work', () => {
  it('split, pay on the right, mine both sides (left longer), heal: reorg, and the payment returns to the pool', () => {
    const l = new ForksLesson('lesson');
    expect(l.net.agreed()).toBe(true);
    expect(() => l.pay()).toThrow(/Split the network first/);
    l.splitNetwork();
    l.pay();
    expect(l.poolsWithPayment().sort()).toEqual(['cleo', 'dan']);
    mine(l, 'right');
    expect(l.confirmedAnywhere(l.paymentTxid!)).toBe(true);
    mine(l, 'left');
    expect(doneSteps(FORKS_STEPS, l)).toEqual(['split', 'pay', 'mine-both']);
    mine(l, 'left');
    expect(l.sides().left.height).toBe(l.sides().right.height + 1);
    l.heal();
    expect(l.net.agreed()).toBe(true);
    expect(l.reorgs.map((r) => r.node).sort()).toEqual(['cleo', 'dan']);
    expect(l.confirmedAnywhere(l.paymentTxid!)).toBe(false);
    // Back in the pool and, once the halves talk again, in every node's pool.
    expect(l.poolsWithPayment().sort()).toEqual(['ana', 'ben', 'cleo', 'dan']);
    expect(doneSteps(FORKS_STEPS, l)).toEqual(['split', 'pay', 'mine-both', 'heal', 'returned']);

    const back = forksFromData(JSON.parse(JSON.stringify(forksToData(l))), 'lesson');
    expect([...back.net.tips()]).toEqual([...l.net.tips()]);
    expect(back.reorgs).toEqual(l.reorgs);
  });

  it('with the right side ahead, the left reorganises and the payment stays confirmed (no "returned")', () => {
    const l = new ForksLesson('lesson');
    l.splitNetwork();
    l.pay();
    mine(l, 'left');
    mine(l, 'right');
    mine(l, 'right');
    l.heal();
    expect(l.reorgs.map((r) => r.node).sort()).toEqual(['ana', 'ben']);
    expect(l.confirmedAnywhere(l.paymentTxid!)).toBe(true);
    expect(doneSteps(FORKS_STEPS, l)).toEqual(['split', 'pay', 'mine-both', 'heal']);
  });

  it('refuses what does not make sense, by name', () => {
    const l = new ForksLesson('lesson');
    expect(() => l.heal()).toThrow(/not split/);
    l.splitNetwork();
    expect(() => l.splitNetwork()).toThrow(/already split/);
    expect(() => forksFromData({ actions: [{ t: 'mine', side: 'up', nonce: 1 }] }, 'lesson')).toThrow(/side must be "left" or "right"/);
  });
});

/**
 * Property tests (fast-check): after any random sequence of payments, blocks on
 * random parents (forks) and the reorgs they cause,
 *  - the UTXO set equals the one rebuilt from genesis along the active chain;
 *  - the coins in existence equal the sum of the block rewards of the active chain;
 *  - every pool transaction is still valid against the chain (it re-enters a fresh pool).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TestChain, buildBlockOn } from './testing';
import { REGTEST_PARAMS, blockSubsidy } from './params';
import { COIN } from './amount';
import { spendableCoins } from './balance';
import { buildPayment } from './wallet';
import { MEMPOOL_HEIGHT, Mempool } from './mempool';

type Action =
  | { kind: 'send'; from: number; to: number; amount: number; fee: number; unconfirmedOnly: boolean }
  | { kind: 'mine'; parentPick: number; miner: number; withPool: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('send' as const), from: fc.nat(3), to: fc.nat(3), amount: fc.integer({ min: 1, max: 12 * COIN }), fee: fc.integer({ min: 0, max: 5000 }), unconfirmedOnly: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('mine' as const), parentPick: fc.nat(), miner: fc.nat(3), withPool: fc.boolean() }) },
);

let reorgsSeen = 0;

function run(actions: Action[]): void {
  // Halving every 7 blocks so rewards vary along a chain.
  const t = new TestChain({ ...REGTEST_PARAMS, halvingInterval: 7 }, 4, 'prop');
  let blockNo = 0;
  for (const a of actions) {
    if (a.kind === 'send') {
      const from = t.wallets[a.from]!;
      try {
        // Spending only pool outputs builds parent -> child chains that later share a block.
        const all = spendableCoins(t.chain, from.address);
        const pending = all.filter((c) => c.coin.height === MEMPOOL_HEIGHT);
        const coins = a.unconfirmedOnly && pending.length > 0 ? pending : all;
        const { tx } = buildPayment({ from, to: t.wallets[a.to]!.address, amount: a.amount, fee: a.fee, coins });
        expect(t.chain.acceptTransaction(tx).accepted).toBe(true);
      } catch (e) {
        expect((e as { code?: string }).code).toBe('insufficient-funds');
      }
    } else {
      // Extend the tip, extend a side branch (which may overtake: a reorg), or fork from a recent block.
      const recent = [...t.chain.tree.all()].sort((x, y) => x.seq - y.seq).slice(-6);
      // The strongest side branch: extending it ties or overtakes the active chain.
      const rival = t.chain.tree.leafEntries().filter((e) => !t.chain.isActive(e.hash)).sort((x, y) => (y.chainWork > x.chainWork ? 1 : -1))[0];
      const choice = a.parentPick % 3;
      const parent = choice === 0 ? t.chain.tip : choice === 1 ? (rival ?? t.chain.tip) : recent[a.parentPick % recent.length]!;
      const isTip = parent.hash === t.chain.tip.hash;
      const picked = isTip && a.withPool ? t.chain.mempool.selectForBlock(REGTEST_PARAMS.maxBlockSize - 1000) : [];
      const block = buildBlockOn(t.chain, parent.hash, {
        txs: picked.map((e) => e.tx),
        fees: picked.reduce((s, e) => s + e.fee, 0),
        miner: t.wallets[a.miner]!.address,
        time: Math.max(parent.header.time, t.chain.tip.header.time) + 10,
        message: `block ${blockNo++}`, // siblings with the same parent and time stay distinct
      });
      t.clock = Math.max(t.clock, block.header.time);
      const r = t.chain.processBlock(block);
      expect(r.accepted).toBe(true);
      if (r.delta.reorg) reorgsSeen++;
    }
    const check = t.chain.verifyUtxoSet();
    expect(check.ok).toBe(true);
    const rewards = t.chain.activeEntries().reduce((s, e) => s + blockSubsidy(e.height, t.params), 0);
    expect(t.chain.utxos.totalAmount()).toBe(rewards);
    const fresh = new Mempool(t.params);
    for (const e of t.chain.mempool.entries()) fresh.accept(e.tx, t.chain.utxos, t.chain.height, t.clock);
  }
}

describe('chainstate invariants under random forks and reorgs', () => {
  it('hold for any sequence of payments and blocks', () => {
    fc.assert(fc.property(fc.array(action, { minLength: 5, maxLength: 40 }), (actions) => run(actions)), { numRuns: 60, seed: 20261121 });
    // The sequences must really exercise forks and reorgs, not only a straight chain.
    expect(reorgsSeen).toBeGreaterThan(10);
  });
});

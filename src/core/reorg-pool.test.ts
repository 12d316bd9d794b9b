/** What a reorg (or a block) does to payments: every refused one names the transaction it lost to. */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn } from './testing';
import { COIN } from './amount';
import { hashOfBlock as hashOf } from './block';
import { txid, type Transaction } from './transaction';
import { signTransaction } from './wallet';

/** A transaction of wallet `to` spending the first coin `tx` spends: a double spend of it. */
function doubleSpendOf(t: TestChain, tx: Transaction, to: number, coinHeightHash: string): Transaction {
  const input = tx.inputs[0]!;
  const key = `${input.prevTxid}:${input.vout}`;
  const coin = t.chain.utxos.getCoin(key) ?? t.chain.getUndo(coinHeightHash)!.spent.find(([k]) => k === key)![1];
  const unsigned = {
    version: 1,
    inputs: [{ prevTxid: input.prevTxid, vout: input.vout, script: '', sequence: 0xffffffff, signature: '', publicKey: '' }],
    outputs: [{ amount: coin.amount, address: t.wallets[to]!.address }],
    lockTime: 0,
  };
  return signTransaction(unsigned, t.wallets, [coin]);
}

describe('a reorg reverses a double-spent payment and names the winner', () => {
  function scenario() {
    const t = new TestChain(undefined, 4);
    t.mine();
    t.mine();
    const fork = t.chain.tip.hash;
    const paid = t.send(0, 2, 3 * COIN); // confirmed on the first branch, double spent on the second
    const a1 = t.minePool();
    const child = t.send(2, 3, 1 * COIN); // spends `paid`'s output: waits in the pool
    expect(child.inputs.some((i) => i.prevTxid === txid(paid))).toBe(true);
    const winner = doubleSpendOf(t, paid, 1, hashOf(a1));
    const b1 = buildBlockOn(t.chain, fork, { txs: [winner], miner: t.wallets[3]!.address, message: 'b1' });
    expect(t.chain.processBlock(b1).status).toBe('side-branch');
    const r = t.chain.processBlock(buildBlockOn(t.chain, hashOf(b1), { miner: t.wallets[3]!.address, message: 'b2' }));
    expect(r.status).toBe('active');
    return { t, paid, child, winner, b1, r };
  }

  it('the confirmed payment is conflicted and lost to the winning transaction in its block', () => {
    const { paid, winner, b1, r } = scenario();
    const reorg = r.delta.reorg!;
    expect(reorg.conflicted).toEqual([txid(paid)]);
    expect(reorg.lost).toContainEqual({ txid: txid(paid), tx: paid, lostTo: txid(winner), lostToBlock: hashOf(b1) });
  });

  it("a pool payment that spent the reversed one's coin goes with it, naming its parent", () => {
    const { t, paid, child, r } = scenario();
    expect(t.chain.mempool.has(txid(child))).toBe(false);
    expect(r.delta.mempoolRemoved).toContainEqual({ txid: txid(child), reason: 'conflict', parent: txid(paid) });
    expect(r.delta.reorg!.lost).toContainEqual({ txid: txid(child), tx: child, parent: txid(paid) });
  });

  it('a payment the new branch also confirmed is neither returned nor lost', () => {
    const t = new TestChain(undefined, 4);
    t.mine();
    const fork = t.chain.tip.hash;
    const paid = t.send(0, 1, 2 * COIN);
    t.minePool();
    const b1 = buildBlockOn(t.chain, fork, { txs: [paid], miner: t.wallets[3]!.address, message: 'b1' });
    t.chain.processBlock(b1);
    const r = t.chain.processBlock(buildBlockOn(t.chain, hashOf(b1), { miner: t.wallets[3]!.address, message: 'b2' }));
    expect(r.delta.reorg!.returnedToMempool).toEqual([]);
    expect(r.delta.reorg!.lost).toEqual([]);
    expect(t.chain.mempool.has(txid(paid))).toBe(false);
  });
});

describe('a block that double spends a pool payment', () => {
  it('removes it as a conflict naming the block transaction that won, and its child with it', () => {
    const t = new TestChain(undefined, 4);
    t.mine();
    const pending = t.send(0, 2, 3 * COIN);
    const child = t.send(2, 3, 1 * COIN);
    const winner = doubleSpendOf(t, pending, 1, t.chain.tip.hash);
    const r = t.chain.processBlock(buildBlockOn(t.chain, t.chain.tip.hash, { txs: [winner], miner: t.wallets[3]!.address }));
    expect(r.status).toBe('active');
    expect(r.delta.mempoolRemoved).toEqual([
      { txid: txid(pending), reason: 'conflict', lostTo: txid(winner) },
      { txid: txid(child), reason: 'conflict', lostTo: txid(winner), parent: txid(pending) },
    ]);
  });
});

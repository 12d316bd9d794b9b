/** Fork choice, reorgs and the ChainDelta each operation reports. */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';
import { COIN } from './amount';
import { REGTEST_PARAMS, type ConsensusParams } from './params';
import { txid } from './transaction';
import { workForBits } from './pow';
import { Blockchain } from './chain';
import { signTransaction } from './wallet';
import { hashOfBlock as hashOf } from './block';

describe('fork choice: most cumulative work, first seen wins a tie', () => {
  it('an equal-work competitor does not replace the tip; one more block does', () => {
    const t = new TestChain();
    const fork = t.chain.tip.hash;
    const a1 = t.mine();
    const b1 = buildBlockOn(t.chain, fork, { miner: t.wallets[1]!.address });
    const r = t.chain.processBlock(b1);
    expect(r.status).toBe('side-branch');
    expect(t.chain.isActive(r.hash)).toBe(false);
    expect(t.chain.tip.hash).toBe(hashOf(a1));
    const b2 = buildBlockOn(t.chain, r.hash, { miner: t.wallets[1]!.address });
    const r2 = t.chain.processBlock(b2);
    expect(r2.status).toBe('active');
    expect(r2.delta.reorg).toMatchObject({ forkHash: fork, disconnected: [hashOf(a1)], connected: [r.hash, r2.hash] });
    expect(t.chain.verifyUtxoSet().ok).toBe(true);
  });

  it('more work beats more blocks (a retargeted harder branch wins while shorter)', () => {
    // Retarget every 4 blocks; blocks 1 s apart against 600 s spacing make the next target 4x harder.
    const params: ConsensusParams = { ...REGTEST_PARAMS, retargetInterval: 4, targetSpacing: 600, powLimitBits: 0x207fffff, genesisBits: 0x207fffff };
    const t = new TestChain(params);
    const genesis = t.chain.tip;
    // Fast branch: heights 1..3 at 1 s intervals, then height 4 is retargeted to 4x the work.
    let fast = genesis.hash;
    for (let i = 1; i <= 4; i++) fast = t.chain.processBlock(buildBlockOn(t.chain, fast, { time: genesis.header.time + i, message: 'fast' })).hash;
    const fastEntry = t.chain.tree.get(fast)!;
    expect(workForBits(fastEntry.header.bits)).toBeGreaterThan(workForBits(0x207fffff) * 3n);
    // Slow branch: 5 blocks at the easy target (600 s apart) — one block longer, less work.
    let slow = genesis.hash;
    for (let i = 1; i <= 5; i++) slow = t.chain.processBlock(buildBlockOn(t.chain, slow, { time: genesis.header.time + 600 * i, message: 'slow' })).hash;
    const slowEntry = t.chain.tree.get(slow)!;
    expect(slowEntry.height).toBeGreaterThan(fastEntry.height);
    expect(fastEntry.chainWork).toBeGreaterThan(slowEntry.chainWork);
    expect(t.chain.tip.hash).toBe(fast);
  });

  it('a heavier but shorter branch arriving second replaces a longer lighter active chain', () => {
    const params: ConsensusParams = { ...REGTEST_PARAMS, retargetInterval: 4, targetSpacing: 600, powLimitBits: 0x207fffff, genesisBits: 0x207fffff };
    const t = new TestChain(params);
    const genesis = t.chain.tip;
    t.clock = genesis.header.time + 3600; // no block below is too new for the node's clock
    let slow = genesis.hash;
    for (let i = 1; i <= 5; i++) slow = t.chain.processBlock(buildBlockOn(t.chain, slow, { time: genesis.header.time + 600 * i, message: 'slow' })).hash;
    expect(t.chain.tip.hash).toBe(slow);
    let fast = genesis.hash;
    for (let i = 1; i <= 4; i++) fast = t.chain.processBlock(buildBlockOn(t.chain, fast, { time: genesis.header.time + i, message: 'fast' })).hash;
    expect(t.chain.tree.get(fast)!.height).toBeLessThan(t.chain.tree.get(slow)!.height);
    expect(t.chain.tip.hash).toBe(fast);
    expect(t.chain.height).toBe(4);
  });
});

describe('reorgs', () => {
  function twoBranches() {
    const t = new TestChain(REGTEST_PARAMS, 4);
    t.mine();
    t.mine();
    const fork = t.chain.tip.hash;
    const paid = t.send(0, 1, 2 * COIN, 500); // confirmed on branch A only
    const doubleSpent = t.send(0, 2, 3 * COIN); // will be double spent on branch B
    const a1 = t.minePool();
    return { t, fork, paid, doubleSpent, a1 };
  }

  it("the loser's transactions return to the pool; double-spent ones are reported conflicted", () => {
    const { t, fork, paid, doubleSpent } = twoBranches();
    // Branch B spends the same coin as `doubleSpent` elsewhere.
    const spentKey = `${doubleSpent.inputs[0]!.prevTxid}:${doubleSpent.inputs[0]!.vout}`;
    const coin = t.chain.utxos.getCoin(spentKey) ?? t.chain.getUndo(t.chain.tip.hash)!.spent.find(([k]) => k === spentKey)![1];
    const conflicting = {
      version: 1,
      inputs: [{ prevTxid: doubleSpent.inputs[0]!.prevTxid, vout: doubleSpent.inputs[0]!.vout, script: '', sequence: 0xffffffff, signature: '', publicKey: '' }],
      outputs: [{ amount: coin.amount, address: t.wallets[3]!.address }],
      lockTime: 0,
    };
    const conflictTx = signTransaction(conflicting, t.wallets, [coin]);
    const b1 = buildBlockOn(t.chain, fork, { txs: [conflictTx], miner: t.wallets[3]!.address });
    expect(t.chain.processBlock(b1).status).toBe('side-branch');
    const b2 = buildBlockOn(t.chain, hashOf(b1), { miner: t.wallets[3]!.address });
    const before = t.chain.height;
    const r = t.chain.processBlock(b2);
    expect(r.status).toBe('active');
    expect(t.chain.height).toBe(before + 1);
    const reorg = r.delta.reorg!;
    expect(reorg.disconnected).toHaveLength(1);
    expect(reorg.connected).toHaveLength(2);
    expect(reorg.returnedToMempool).toEqual([txid(paid)]);
    expect(reorg.conflicted).toEqual([txid(doubleSpent)]);
    expect(t.chain.mempool.has(txid(paid))).toBe(true);
    expect(t.chain.mempool.has(txid(doubleSpent))).toBe(false);
    expect(t.chain.verifyUtxoSet().ok).toBe(true);
  });

  it('a longer branch that turns out invalid is dropped and the node stays where it was', () => {
    const { t, fork } = twoBranches();
    const before = stateFingerprint(t.chain);
    const bad = buildBlockOn(t.chain, fork, { overpay: 1, miner: t.wallets[3]!.address });
    expect(t.chain.processBlock(bad).status).toBe('side-branch'); // equal work: not validated yet
    const child = buildBlockOn(t.chain, hashOf(bad), { miner: t.wallets[3]!.address });
    const r = t.chain.processBlock(child);
    expect(r.status).toBe('rejected');
    expect(r.code).toBe('bad-prevblk');
    expect(t.chain.rejectionOf(hashOf(bad))!.code).toBe('bad-cb-amount');
    expect(stateFingerprint(t.chain)).toBe(before);
    expect(r.delta.blocksAdded).toEqual([]);
    expect(r.delta.blocksRemoved).toEqual([hashOf(bad)]);
  });

  it('reports every change of a reorg in one delta that replays onto a copy', () => {
    const { t, fork } = twoBranches();
    const b1 = buildBlockOn(t.chain, fork, { miner: t.wallets[2]!.address });
    t.chain.processBlock(b1);
    const b2 = buildBlockOn(t.chain, hashOf(b1), { miner: t.wallets[2]!.address });
    const utxosBefore = new Map(t.chain.utxos.toSortedArray());
    const r = t.chain.processBlock(b2);
    for (const k of r.delta.utxoRemoved) utxosBefore.delete(k);
    for (const [k, c] of r.delta.utxoAdded) utxosBefore.set(k, c);
    expect([...utxosBefore.entries()].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual(t.chain.utxos.toSortedArray());
    expect(r.delta.tip).toBe(t.chain.tip.hash);
    expect(r.delta.connected.map((c) => c.hash)).toEqual(r.delta.reorg!.connected);
  });
});

describe('disconnecting a block whose transactions spend each other', () => {
  it('removes the coin created and spent inside the block instead of restoring it', () => {
    const t = new TestChain(REGTEST_PARAMS, 3);
    t.mine();
    const fork = t.chain.tip.hash;
    const parent = t.send(0, 1, 5 * COIN);
    const child = t.send(1, 2, 2 * COIN); // spends parent's output: both go in one block
    const block = t.minePool();
    expect(block.txs.slice(1).map(txid)).toEqual([txid(parent), txid(child)]);
    const inner = `${txid(parent)}:0`;
    // An empty branch overtakes: the block is disconnected.
    const b1 = buildBlockOn(t.chain, fork, { message: 'rival 1' });
    t.chain.processBlock(b1);
    const r = t.chain.processBlock(buildBlockOn(t.chain, hashOf(b1), { message: 'rival 2' }));
    expect(r.delta.reorg!.disconnected).toEqual([hashOf(block)]);
    expect(t.chain.utxos.getCoin(inner)).toBeUndefined();
    expect(t.chain.verifyUtxoSet().ok).toBe(true);
    expect(r.delta.reorg!.returnedToMempool).toEqual([txid(parent), txid(child)]);
  });
});

describe('deltas name everything storage must forget', () => {
  it('an orphan adopted and then found invalid is listed in blocksRemoved (it was stored as an orphan)', () => {
    const t = new TestChain(REGTEST_PARAMS, 2);
    const twin = new TestChain(REGTEST_PARAMS, 2);
    const parent = buildBlockOn(twin.chain, twin.chain.tip.hash, { message: 'parent' });
    twin.chain.processBlock(parent);
    const badChild = buildBlockOn(twin.chain, hashOf(parent), { overpay: 1 });
    expect(t.chain.processBlock(badChild).status).toBe('orphan');
    const r = t.chain.processBlock(parent);
    expect(r.status).toBe('active');
    expect(r.delta.orphansAdopted).toEqual([hashOf(badChild)]);
    expect(r.delta.blocksRemoved).toContain(hashOf(badChild));
    expect(r.delta.blocksAdded.map((b) => b.hash)).toEqual([hashOf(parent)]);
    expect(t.chain.rejectionOf(hashOf(badChild))!.code).toBe('bad-cb-amount');
  });
  it('a pool eviction to make room is reported in mempoolRemoved', () => {
    // Room for one payment only: the second, paying a higher fee rate, evicts the first.
    const t = new TestChain(REGTEST_PARAMS, 3, 'test', { mempoolMaxBytes: 300 });
    t.mine();
    t.mine();
    const first = t.send(0, 1, COIN, 0);
    const r = t.chain.acceptTransaction(t.payment(0, 2, COIN, 100_000));
    expect(r.accepted).toBe(true);
    expect(r.delta.mempoolRemoved).toEqual([{ txid: txid(first), reason: 'evicted' }]);
  });
});

describe('restore from a snapshot', () => {
  it('comes back with the same tip, UTXO set, pool and side branches', () => {
    const t = new TestChain(REGTEST_PARAMS, 3);
    t.mine();
    const fork = t.chain.tip.hash;
    t.send(0, 1, COIN);
    t.minePool();
    t.chain.processBlock(buildBlockOn(t.chain, fork, { miner: t.wallets[2]!.address }));
    t.send(0, 2, COIN);
    const blocks = [...t.chain.tree.all()].map((e) => t.chain.getBlock(e.hash)!);
    const undo = new Map(t.chain.activeEntries().map((e) => [e.hash, t.chain.getUndo(e.hash)!]));
    const copy = Blockchain.restore(t.params, {
      blocks: blocks.reverse(),
      orphans: [],
      tip: t.chain.tip.hash,
      utxos: t.chain.utxos.toSortedArray(),
      undo,
      mempool: t.chain.mempool.entries().map((e) => ({ tx: e.tx, time: e.time })),
    }, { now: () => t.clock });
    expect(stateFingerprint(copy)).toBe(stateFingerprint(t.chain));
    expect(copy.verifyUtxoSet().ok).toBe(true);
  });

  it('restore keeps each pool entry\'s arrival time, not the clock at restore (like mempool.dat)', () => {
    const t = new TestChain();
    t.mine();
    t.mine();
    t.clock += 7;
    t.send(0, 1, COIN);
    t.clock += 30;
    t.send(0, 2, COIN);
    const times = t.chain.mempool.entries().map((e) => e.time);
    expect(new Set(times).size).toBe(2);
    const entries = t.chain.activeEntries();
    const copy = Blockchain.restore(t.params, {
      blocks: entries.map((e) => t.chain.getBlock(e.hash)!),
      orphans: [],
      tip: t.chain.tip.hash,
      utxos: t.chain.utxos.toSortedArray(),
      undo: new Map(entries.map((e) => [e.hash, t.chain.getUndo(e.hash)!])),
      mempool: t.chain.mempool.entries().map((e) => ({ tx: e.tx, time: e.time })),
    }, { now: () => t.clock + 1000 });
    expect(copy.mempool.entries().map((e) => e.time)).toEqual(times);
  });
});


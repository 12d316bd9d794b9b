/**
 * Moving to the best chain on a node restored from storage, where the index's
 * order (not the arrival order) decides which of two equal-work leaves counts
 * as first seen: an equal-work leaf never takes the tip away, and a block body
 * the storage lost is a storage failure, never a reason to call a block invalid.
 */
import { describe, expect, it } from 'vitest';
import { Blockchain } from './chain';
import { MemoryBodies } from './block-bodies';
import { UtxoSet } from './utxo-set';
import { hashOfBlock } from './block';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';

/** Genesis with two equal-work children: a1 active (mined first), b1 on a side branch. */
function twoEqualBranches() {
  const t = new TestChain();
  const genesis = t.chain.tip.hash;
  const a1 = t.mine({ message: 'a1' });
  const b1 = buildBlockOn(t.chain, genesis, { message: 'b1', miner: t.wallets[1]!.address });
  expect(t.chain.processBlock(b1).status).toBe('side-branch');
  return { t, genesis, a1: hashOfBlock(a1), b1: hashOfBlock(b1) };
}

/** The node as storage hands it over, its index listed in `order` (parents first), without the bodies in `lost`. */
function restore(t: TestChain, order: readonly string[], lost: readonly string[] = []): Blockchain {
  const c = t.chain;
  const bodies = new MemoryBodies();
  for (const e of c.tree.all()) if (!lost.includes(e.hash)) bodies.putBlock(e.hash, c.getBlock(e.hash)!);
  for (const e of c.activeEntries()) bodies.putUndo(e.hash, c.getUndo(e.hash)!);
  const utxos = new UtxoSet();
  for (const [k, coin] of c.utxos.entries()) utxos.add(k, coin);
  const entries = order.map((h) => c.tree.get(h)!);
  return Blockchain.fromIndex(c.params, { entries, orphans: [], tip: c.tip.hash, utxos }, { bodies, now: () => t.clock });
}

describe('the best chain on a restored node', () => {
  it('keeps its tip when the index lists an equal-work leaf first, whatever block arrives next', () => {
    const { t, genesis, a1, b1 } = twoEqualBranches();
    const node = restore(t, [genesis, b1, a1]);
    expect(node.tip.hash).toBe(a1);
    // In the restored index b1 is the earlier of the two equal leaves: the best leaf, not the tip.
    expect(node.tree.bestLeaf()!.hash).toBe(b1);
    const before = stateFingerprint(node);

    const c1 = buildBlockOn(node, genesis, { message: 'c1', miner: t.wallets[2]!.address });
    const r = node.processBlock(c1);
    expect(r.status).toBe('side-branch');
    expect(r.delta.reorg).toBeUndefined();
    expect(node.tip.hash).toBe(a1);
    expect(JSON.parse(stateFingerprint(node)).utxos).toEqual(JSON.parse(before).utxos);

    // More work does move it, to the heavier branch.
    const b2 = buildBlockOn(node, b1, { message: 'b2' });
    expect(node.processBlock(b2).status).toBe('active');
    expect(node.tip.hash).toBe(hashOfBlock(b2));
    expect(node.verifyUtxoSet().ok).toBe(true);
  });

  it('a side-branch body lost by storage stops the switch with an error and marks no block invalid', () => {
    const { t, genesis, a1, b1 } = twoEqualBranches();
    const node = restore(t, [genesis, a1, b1], [b1]);
    const b2 = buildBlockOn(node, b1, { message: 'b2' });
    expect(() => node.processBlock(b2)).toThrow(`the body of block ${b1} is not available`);
    expect(node.tip.hash).toBe(a1);
    expect(node.rejectionOf(b1)).toBeUndefined();
    expect(node.rejectionOf(hashOfBlock(b2))).toBeUndefined();
    expect(node.tree.has(b1)).toBe(true);
    expect(node.tree.has(hashOfBlock(b2))).toBe(true);
    expect(node.verifyUtxoSet().ok).toBe(true);
  });
});

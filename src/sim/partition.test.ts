/**
 * Partitions: two groups mine competing branches; after healing the most-work
 * branch wins everywhere, the losing side reorgs, its transactions return to
 * the pool and a double-spent one is reported conflicted.
 */
import { describe, expect, it } from 'vitest';
import { spendableCoins, txid, type ReorgInfo } from '../core/index';
import { fingerprint, lineNetwork, payment } from './testing';

function splitAndMine() {
  const { net, w } = lineNetwork(['A', 'B'], { seed: 'partition' });
  // Fund w0 (genesis already pays it): two more blocks paying w0, seen by both nodes.
  net.mine('A', { minerAddress: w[0]!.address });
  net.mine('A', { minerAddress: w[0]!.address });
  net.runUntilIdle();
  expect(net.node('B').height).toBe(2);

  net.partition([['A'], ['B']]);
  const a = net.node('A');
  const coins = spendableCoins(a.chain, w[0]!.address).sort((x, y) => (x.key < y.key ? -1 : 1));
  const [c1, c2] = coins;
  const kept = payment(a, w[0]!, w[2]!, 1, { only: [c1!] }); // only on A's side, not double spent
  const doomed = payment(a, w[0]!, w[3]!, 2, { only: [c2!] }); // A's side spends c2 ...
  const rival = payment(a, w[0]!, w[1]!, 4, { only: [c2!] }); // ... and B's side spends c2 too
  expect(net.submitTransaction('A', kept).accepted).toBe(true);
  expect(net.submitTransaction('A', doomed).accepted).toBe(true);
  expect(net.submitTransaction('B', rival).accepted).toBe(true);
  net.runUntilIdle();
  expect(net.node('B').chain.mempool.has(txid(kept))).toBe(false); // the cut held

  net.advance(10_000);
  const aBlock = net.mine('A');
  net.advance(10_000);
  net.mine('B');
  net.advance(10_000);
  const bTip = net.mine('B');
  net.runUntilIdle();
  return { net, w, kept, doomed, rival, aBlock, bTip };
}

describe('partition and heal', () => {
  it('each side mines its own branch while cross-group messages are dropped', () => {
    const { net, aBlock, bTip } = splitAndMine();
    expect(net.node('A').tip.hash).toBe(aBlock.hash);
    expect(net.node('B').tip.hash).toBe(bTip.hash);
    expect(net.node('A').chain.tree.has(bTip.hash)).toBe(false);
    expect(net.stats().network.messages.droppedBy.partition).toBeGreaterThan(0);
  });

  it('after heal both nodes follow the most-work branch; the loser reorgs and gets its transactions back', () => {
    const { net, kept, doomed, rival, aBlock, bTip } = splitAndMine();
    const reorgs: ReorgInfo[] = [];
    net.on('tip-changed', (e) => {
      if (e.nodeId === 'A' && e.reorg) reorgs.push(e.reorg);
    });
    net.heal();
    net.runUntilIdle();
    const a = net.node('A');
    const b = net.node('B');
    expect(a.tip.hash).toBe(bTip.hash);
    expect(b.tip.hash).toBe(bTip.hash);
    expect(a.chain.isActive(aBlock.hash)).toBe(false);
    expect(a.chain.tree.has(aBlock.hash)).toBe(true); // kept as a stale side branch

    expect(reorgs).toHaveLength(1);
    expect(reorgs[0]!.disconnected).toEqual([aBlock.hash]);
    expect(reorgs[0]!.returnedToMempool).toEqual([txid(kept)]);
    expect(reorgs[0]!.conflicted).toEqual([txid(doomed)]);
    expect(a.chain.mempool.has(txid(kept))).toBe(true);
    expect(a.chain.mempool.has(txid(doomed))).toBe(false);
    expect(b.chain.isActive(b.chain.tip.hash)).toBe(true);
    // The returned payment is rebroadcast and reaches the winning side's pool.
    expect(b.chain.mempool.has(txid(kept))).toBe(true);
    // The rival spend is confirmed on the winning branch.
    expect(a.chain.utxos.has(`${txid(rival)}:0`)).toBe(true);

    expect(a.counters).toMatchObject({ reorgs: 1, maxReorgDepth: 1, lastReorgDepth: 1 });
    expect(a.log.some((l) => l.kind === 'reorg' && l.depth === 1)).toBe(true);
    const stats = net.stats();
    expect(stats.network.staleBlocks).toBe(1);
    expect(stats.nodes.find((n) => n.id === 'A')!.staleBlocks).toBe(1);
    expect(fingerprint(a).utxos).toBe(fingerprint(b).utxos);
    expect(a.chain.verifyUtxoSet().ok).toBe(true);
  });

  it('refuses a bad partition and leaves the network whole', () => {
    const { net } = lineNetwork(['A', 'B'], { seed: 'p2' });
    expect(() => net.partition([['A'], ['A', 'B']])).toThrow(/more than one group/);
    expect(() => net.partition([['A'], ['Z']])).toThrow(/unknown node/);
    expect(net.partitionGroups()).toBeNull();
    expect(net.canReach('A', 'B')).toBe(true);
  });
});

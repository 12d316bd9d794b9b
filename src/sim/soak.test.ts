/**
 * A chaotic run — jitter, 15% loss, random partitions and heals, nodes joining
 * and leaving, payments (some spending unconfirmed parents) — must keep every
 * node consistent (its UTXO set equals a replay of its active chain) and end,
 * once the network is whole and quiet again, with every node on one tip.
 */
import { describe, expect, it } from 'vitest';
import { COIN, buildPayment, spendableCoins, txid } from '../core/index';
import { createDemoNetwork } from './scenarios/demo';
import { SeededRng } from './rng';

describe('soak', () => {
  it('stays consistent and converges after chaos', () => {
    const { network: net, wallets } = createDemoNetwork({ seed: 'soak-7', blocks: 4 });
    const rng = SeededRng.fromSeed('soak-7', 'actions');
    // After every reorg the node's UTXO set must equal a replay of its active chain. Count reorgs
    // that disconnect a block in which a transaction spends an earlier one of the same block.
    let chainedDisconnects = 0;
    const inconsistent: string[] = [];
    net.on('chain-delta', (e) => {
      if (e.delta.disconnected.length > 0 && !net.node(e.nodeId).chain.verifyUtxoSet().ok) inconsistent.push(`${e.nodeId}@${e.time}`);
      for (const h of e.delta.disconnected) {
        const block = net.node(e.nodeId).chain.getBlock(h)!;
        const ids = new Set(block.txs.map((t) => txid(t)));
        if (block.txs.some((t, i) => i > 0 && t.inputs.some((input) => ids.has(input.prevTxid)))) chainedDisconnects++;
      }
    });
    net.setLinkDefaults({ latencyMs: 400, jitterMs: 800, loss: 0.15 });
    net.setAutoMining(true);
    let added = 5;
    for (let round = 0; round < 40; round++) {
      const ids = net.nodeIds();
      const r = rng.int(10);
      if (r === 0 && !net.partitionGroups()) {
        const k = 1 + rng.int(ids.length - 1);
        net.partition([ids.slice(0, k), ids.slice(k)]);
      } else if (r === 1) net.heal();
      else if (r === 2 && ids.length < 7) net.addNode({ id: `node-${added++}`, peers: [rng.pick(ids)], miner: { address: rng.pick(wallets).address, hashShare: 0.2 } });
      else if (r === 3 && ids.length > 4) net.removeNode(rng.pick(ids.slice(4)));
      else if (r <= 7) {
        const id = rng.pick(ids);
        const from = rng.pick(wallets);
        const coins = spendableCoins(net.node(id).chain, from.address);
        const total = coins.reduce((s, c) => s + c.coin.amount, 0);
        if (total > COIN) net.submitTransaction(id, buildPayment({ from, to: rng.pick(wallets).address, amount: Math.floor(total / 3), fee: 2000, coins }).tx);
      }
      net.fastForward({ blocks: 1 + rng.int(6) });
    }
    net.heal();
    net.setLinkDefaults({ loss: 0, jitterMs: 0 });
    for (const id of net.nodeIds()) if (id !== 'node-1' && !net.node(id).peers.has('node-1')) net.registerPeers(id, 'node-1');
    net.setAutoMining(false);
    net.runUntilIdle();
    net.mine('node-1');
    net.runUntilIdle();

    const stats = net.stats().network;
    expect(stats.reorgs).toBeGreaterThan(0);
    expect(chainedDisconnects).toBeGreaterThan(0);
    expect(inconsistent).toEqual([]);
    expect(stats.messages.droppedBy.loss).toBeGreaterThan(0);
    for (const n of net.nodes()) {
      expect(n.chain.verifyUtxoSet(), n.id).toMatchObject({ ok: true });
      expect(n.tip.hash, n.id).toBe(net.node('node-1').tip.hash);
    }
  }, 30_000);
});

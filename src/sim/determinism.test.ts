/** Determinism: the same seed and the same actions give the same chains, byte for byte. */
import { describe, expect, it } from 'vitest';
import { createDemoNetwork } from './scenarios/demo';
import { activeChainHex } from './testing';

/** A busy run: jitter, loss, simulated mining, a partition and a heal, a node joining. */
function scenario(seed: string) {
  const { network } = createDemoNetwork({ seed, blocks: 6, pendingPayments: 2 });
  network.setLinkDefaults({ latencyMs: 300, jitterMs: 900, loss: 0.05 });
  network.setAutoMining(true);
  network.fastForward({ blocks: 12 });
  network.partition([['node-1', 'node-2'], ['node-3', 'node-4']]);
  network.fastForward({ blocks: 10 });
  network.heal();
  network.addNode({ id: 'node-5', peers: ['node-2', 'node-4'] });
  network.fastForward({ blocks: 8 });
  network.setAutoMining(false);
  network.runUntilIdle();
  return {
    chains: network.nodes().map((n) => ({ id: n.id, tip: n.tip.hash, blocks: activeChainHex(n) })),
    pools: network.nodes().map((n) => n.pending().map((e) => e.txid)),
    config: JSON.stringify(network.config()),
    stats: network.stats().network,
  };
}

describe('determinism', () => {
  it('the same seed replays to identical tips and byte-identical blocks', () => {
    const a = scenario('replay');
    const b = scenario('replay');
    expect(b.chains).toEqual(a.chains);
    expect(b.pools).toEqual(a.pools);
    expect(b.config).toBe(a.config);
    expect(b.stats).toEqual(a.stats);
    expect(a.stats.blocksFound).toBe(12 + 10 + 8 + 6);
    // The run is not trivial: forks, reorgs, lost and partitioned messages all happened.
    expect(a.stats.reorgs).toBeGreaterThan(0);
    expect(a.stats.staleBlocks).toBeGreaterThan(0);
    expect(a.stats.messages.droppedBy.loss).toBeGreaterThan(0);
    expect(a.stats.messages.droppedBy.partition).toBeGreaterThan(0);
  });

  it('another seed gives another history', () => {
    expect(scenario('other').chains[0]!.tip).not.toBe(scenario('replay').chains[0]!.tip);
  });
});

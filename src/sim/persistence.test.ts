/** config() and Network.restore: what storage saves brings back the same network, and it continues the same way. */
import { describe, expect, it } from 'vitest';
import { Network } from './network';
import { createDemoNetwork } from './scenarios/demo';
import { activeChainHex, snapshotOf } from './testing';
import { validateNetworkConfig } from './network-config';

function busyDemo() {
  const { network } = createDemoNetwork({ seed: 'persist', blocks: 4 });
  network.setLink('node-1', 'node-2', { latencyMs: 40, jitterMs: 5, loss: 0.1 });
  network.partition([['node-1', 'node-2', 'node-3'], ['node-4']]);
  network.setAutoMining(true);
  network.fastForward({ blocks: 5 });
  network.runUntilIdle();
  return network;
}

describe('persistence seams', () => {
  it('config() is plain JSON', () => {
    const net = busyDemo();
    const config = net.config();
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config).toMatchObject({ version: 1, seed: 'persist', autoMine: true, partition: [['node-1', 'node-2', 'node-3'], ['node-4']] });
    expect(config.nodes.map((n) => n.id)).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
    expect(config.links.overrides).toEqual([{ a: 'node-1', b: 'node-2', settings: { latencyMs: 40, jitterMs: 5, loss: 0.1, duplicate: 0, reorder: 0 } }]);
    expect(() => validateNetworkConfig({ ...config, nodes: [{ ...config.nodes[0], peers: ['ghost'] }] })).toThrow(/unknown node ghost/);
    expect(() => validateNetworkConfig({ ...config, rng: { links: [1, 2], mining: config.rng.mining } })).toThrow(/rng.links/);
  });

  it('restore gives the same network, which then continues exactly as the original', () => {
    const original = busyDemo();
    const config = JSON.parse(JSON.stringify(original.config()));
    const snapshots = new Map(original.nodes().map((n) => [n.id, snapshotOf(n.chain)]));
    const restored = Network.restore(original.params, config, snapshots);
    expect(restored.config()).toEqual(original.config());
    for (const n of original.nodes()) {
      expect(restored.node(n.id).tip.hash).toBe(n.tip.hash);
      expect(restored.node(n.id).pending().map((e) => e.txid)).toEqual(n.pending().map((e) => e.txid));
    }
    for (const net of [original, restored]) {
      net.fastForward({ blocks: 6 });
      net.heal();
      net.fastForward({ blocks: 3 });
      net.runUntilIdle();
    }
    for (const n of original.nodes()) expect(activeChainHex(restored.node(n.id))).toEqual(activeChainHex(n));
    expect(restored.config()).toEqual(original.config());
  });

  it('a node without a snapshot starts from genesis', () => {
    const original = busyDemo();
    const restored = Network.restore(original.params, original.config(), new Map());
    expect(restored.node('node-1').height).toBe(0);
    restored.reconnectAll();
    restored.heal();
    restored.setAutoMining(false);
    restored.runUntilIdle();
    expect(restored.node('node-1').height).toBe(0); // nobody has anything more
  });
});

/** Proofs of work found outside the simulation: the clock waits for them, and the seeded schedule replays the same. */
import { describe, expect, it } from 'vitest';
import { hashOfBlock, mineTemplate, type BlockTemplate } from '../core/index';
import { createDemoNetwork } from './scenarios/demo';
import type { Network } from './network';
import type { ProofNeededEvent } from './events';

function demo(seed = 'outside'): Network {
  const { network } = createDemoNetwork({ seed, blocks: 4, pendingPayments: 2 });
  network.setLinkDefaults({ latencyMs: 300, jitterMs: 600, loss: 0 });
  network.runUntilIdle();
  return network;
}

function prove(template: BlockTemplate) {
  const mined = mineTemplate(template);
  if (!mined) throw new Error('no proof found');
  return mined.block;
}

/** Runs `blocks` simulated blocks, proving outside (by hand, as the workers would) when asked. */
function runOutside(net: Network, blocks: number): { finder: string; time: number; hash: string }[] {
  const found: { finder: string; time: number; hash: string }[] = [];
  net.outsideProof.setOutside(0n);
  net.setAutoMining(true);
  while (found.length < blocks) {
    net.advance(1_000);
    const req = net.outsideProof.pending;
    if (!req) continue;
    const mined = net.outsideProof.complete(req.id, prove(req.template));
    found.push({ finder: req.nodeId, time: req.time, hash: mined!.hash });
  }
  return found;
}

function runInline(net: Network, blocks: number): { finder: string; time: number; hash: string }[] {
  const found: { finder: string; time: number; hash: string }[] = [];
  net.on('block-found', (e) => found.push({ finder: e.nodeId, time: e.time, hash: e.hash }));
  net.setAutoMining(true);
  while (found.length < blocks) net.advance(1_000);
  return found.slice(0, blocks);
}

describe('outside proof of work', () => {
  it('holds the clock at the discovery until the proof arrives, then the block is gossiped like any other', () => {
    const net = demo();
    const asked: ProofNeededEvent[] = [];
    net.on('proof-needed', (e) => asked.push(e));
    net.outsideProof.setOutside(0n);
    net.setAutoMining(true);
    while (!net.outsideProof.pending) net.advance(1_000);
    const req = net.outsideProof.pending;
    expect(asked).toEqual([req]);
    const finder = net.node(req.nodeId);
    const heightBefore = finder.height;
    const heldAt = net.now();
    expect(heldAt).toBe(req.time);
    // Nothing moves while the proof is searched: no event runs, time stands still.
    expect(net.advance(60_000)).toBe(0);
    expect(net.now()).toBe(heldAt);
    expect(net.runUntilIdle()).toBe(0);

    const block = prove(req.template);
    const mined = net.outsideProof.complete(req.id, block)!;
    expect(mined.result.status).toBe('active');
    expect(finder.height).toBe(heightBefore + 1);
    expect(net.outsideProof.pending).toBeNull();
    expect(net.stats().network.blocksFound).toBeGreaterThan(0);
    net.runUntilIdle();
    for (const n of net.nodes()) expect(n.tip.hash).toBe(hashOfBlock(block));
  });

  it('replays the seeded schedule exactly: same finders, times and blocks as proofs searched inline', () => {
    const inline = runInline(demo('replay'), 5);
    const outside = runOutside(demo('replay'), 5);
    expect(outside).toEqual(inline);
    expect(new Set(outside.map((b) => b.finder)).size).toBeGreaterThan(1);
  });

  it('searches inline below the threshold, and switching mining off drops a pending request and lets time run', () => {
    const net = demo();
    // The demo's easy target needs a handful of hashes: under the threshold, nothing is asked.
    net.outsideProof.setOutside(1n << 12n);
    net.setAutoMining(true);
    const before = net.stats().network.blocksFound;
    net.advance(120_000);
    expect(net.outsideProof.pending).toBeNull();
    expect(net.stats().network.blocksFound).toBeGreaterThan(before);

    net.outsideProof.setOutside(0n);
    while (!net.outsideProof.pending) net.advance(1_000);
    const { id, template } = net.outsideProof.pending;
    net.setAutoMining(false);
    expect(net.outsideProof.pending).toBeNull();
    const t = net.now();
    net.advance(5_000);
    expect(net.now()).toBe(t + 5_000);
    // A late proof for the dropped request changes nothing.
    const height = net.node('node-1').height;
    expect(net.outsideProof.complete(id, prove(template))).toBeNull();
    expect(net.node('node-1').height).toBe(height);
  });

  it('refuses a block that is not the requested template, and a bad threshold, changing nothing', () => {
    const net = demo();
    expect(() => net.outsideProof.setOutside(-1n)).toThrow(/maxInlineHashes/);
    expect(() => net.outsideProof.setOutside(5 as unknown as bigint)).toThrow(/maxInlineHashes/);
    net.outsideProof.setOutside(0n);
    net.setAutoMining(true);
    while (!net.outsideProof.pending) net.advance(1_000);
    const req = net.outsideProof.pending;
    const otherNode = net.nodes().find((n) => n.id !== req.nodeId && n.miner && n.miner.address !== net.node(req.nodeId).miner?.address)!;
    const other = otherNode.blockTemplate({ minerAddress: otherNode.miner!.address });
    expect(() => net.outsideProof.complete(req.id, prove(other))).toThrow(/template/);
    expect(net.outsideProof.pending).toBe(req);
  });
});

import { describe, expect, it } from 'vitest';
import { lineNetwork } from './testing';
import { SimController } from './controller';

describe('statistics', () => {
  it('measures how long a block takes to reach half and all of the nodes', () => {
    const { net } = lineNetwork(['A', 'B', 'C'], { links: { latencyMs: 100, jitterMs: 0, loss: 0 } });
    const { hash } = net.mine('A');
    net.runUntilIdle();
    expect(net.blockPropagation(hash)).toMatchObject({ finder: 'A', height: 1, nodes: 3, reached: 3, p50Ms: 100, p100Ms: 200 });
    const s = net.stats();
    expect(s.network).toMatchObject({ blocksFound: 1, staleBlocks: 0, bestHeight: 1, bestTip: hash });
    expect(s.network.propagation).toMatchObject({ measured: 1, meanP50Ms: 100, meanP100Ms: 200 });
    expect(s.nodes.map((n) => [n.id, n.height, n.mempoolSize, n.peers])).toEqual([
      ['A', 1, 0, 1],
      ['B', 1, 0, 2],
      ['C', 1, 0, 1],
    ]);
  });

  it('a block cut off by a partition has no 100% time until the partition heals', () => {
    const { net } = lineNetwork(['A', 'B', 'C'], { links: { latencyMs: 100, jitterMs: 0, loss: 0 } });
    net.partition([['A', 'B'], ['C']]);
    const { hash } = net.mine('A');
    net.runUntilIdle();
    expect(net.blockPropagation(hash)).toMatchObject({ reached: 2, p50Ms: 100, p100Ms: null });
    net.advance(5_000);
    net.heal();
    net.runUntilIdle();
    expect(net.blockPropagation(hash)!.p100Ms).toBeGreaterThan(5_000);
  });
});

describe('SimController', () => {
  it('advances virtual time by real time x speed, nothing while paused', () => {
    const { net } = lineNetwork(['A']);
    const c = new SimController(net);
    const t0 = net.now();
    expect(c.tick(500)).toBe(0);
    expect(net.now()).toBe(t0);
    c.play(10);
    c.tick(100);
    expect(net.now()).toBe(t0 + 1000);
    c.tick(60_000); // a late timer counts as at most maxTickMs
    expect(net.now()).toBe(t0 + 1000 + 10 * c.maxTickMs);
    c.pause();
    c.tick(100);
    expect(net.now()).toBe(t0 + 11_000);
    expect(() => c.setSpeed(0)).toThrow(RangeError);
  });

  it('single-steps the next block and the next message', () => {
    const { net } = lineNetwork(['A', 'B']);
    net.setAutoMining(true);
    const c = new SimController(net);
    const found = c.stepBlock();
    if (found?.kind !== 'block-found') throw new Error('expected a block');
    const other = found.nodeId === 'A' ? 'B' : 'A';
    expect(net.node(other).height).toBe(0);
    const msg = c.stepMessage();
    expect(msg).toMatchObject({ kind: 'delivered', envelope: { from: found.nodeId, to: other, message: { type: 'block' } } });
    expect(net.node(other).tip.hash).toBe(found.hash);
  });
});

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

  it('with a budget, a tick stops early and owes the rest to the next ticks: same events, same order, same end', () => {
    const run = (budgetMs: number | null) => {
      // No latency: the whole relay is due at once, so an unlimited tick runs all of it.
      const { net } = lineNetwork(['A', 'B', 'C', 'D'], { links: { latencyMs: 0, jitterMs: 0, loss: 0 } });
      const c = new SimController(net);
      c.budgetMs = budgetMs;
      c.maxTickMs = 10_000; // nothing owed is capped away here
      c.play(1);
      const t0 = net.now();
      const { hash } = net.mine('A');
      const perTick: number[] = [];
      for (let i = 0; i < 60; i++) perTick.push(c.tick(50));
      return { perTick, tips: net.nodes().map((n) => n.tip.hash), hash, elapsed: net.now() - t0 };
    };
    const free = run(null);
    // A budget already spent runs one event per tick: the relay spreads over more ticks.
    const sliced = run(0);
    expect(free.tips).toEqual([free.hash, free.hash, free.hash, free.hash]);
    expect(sliced.tips).toEqual(free.tips);
    expect(Math.max(...sliced.perTick)).toBe(1);
    expect(Math.max(...free.perTick)).toBeGreaterThan(1);
    expect(sliced.perTick.reduce((a, b) => a + b, 0)).toBe(free.perTick.reduce((a, b) => a + b, 0));
    // Time owed is caught up once the events are done: both clocks end at 60 ticks x 50 ms.
    expect(sliced.elapsed).toBe(free.elapsed);
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

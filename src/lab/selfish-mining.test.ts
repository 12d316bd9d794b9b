import { describe, expect, it } from 'vitest';
import { Network } from '../sim/index';
import { SeededRng } from '../sim/rng';
import { EXPERIMENT_PARAMS, experimentCast } from './experiment-chain';
import { SelfishPool } from './selfish-pool';
import { gammaNetwork, runSelfishSegment, selfishSegments } from './selfish-mining';
import { inside, ratioEstimate, wilsonInterval } from './intervals';
import { selfishRevenue } from './theory/selfish-mining';

/** A pool and one honest node, 20 ms apart, driven block by block. */
function duel() {
  const cast = experimentCast();
  const net = new Network({
    params: EXPERIMENT_PARAMS,
    seed: 'duel',
    genesis: cast.genesis,
    links: { latencyMs: 20, jitterMs: 0, loss: 0 },
  });
  net.addNode({ id: 'H', miner: { address: cast.honestMiners[0]!.address, hashShare: 0.7 } });
  net.addNode({ id: 'P', miner: { address: cast.attacker.address, hashShare: 0.3 }, peers: ['H'] });
  net.runUntilIdle();
  return { net, pool: new SelfishPool(net, 'P'), honest: net.node('H'), poolNode: net.node('P') };
}

describe('SelfishPool: Algorithm 1 on a real withholding node', () => {
  it('withholds a lead of two and publishes it all when an honest block cuts it to one', () => {
    const { net, honest, poolNode } = duel();
    net.mine('P');
    net.mine('P');
    net.runUntilIdle();
    expect(honest.height).toBe(0);
    net.mine('H');
    net.runUntilIdle();
    expect(honest.tip.hash).toBe(poolNode.tip.hash);
    expect(honest.height).toBe(2);
    expect(honest.counters.reorgs).toBe(1);
    expect(poolNode.withheldBlocks()).toEqual([]);
  });

  it('answers an honest block at a lead of one with a race, and wins it with its next block', () => {
    const { net, pool, honest, poolNode } = duel();
    net.mine('P');
    const honestBlock = net.mine('H').hash;
    net.runUntilIdle();
    expect(pool.racing).toBe(true);
    expect(honest.tip.hash).toBe(honestBlock); // first seen wins the tie
    expect(poolNode.withheldBlocks()).toEqual([]);
    net.mine('P');
    net.runUntilIdle();
    expect(pool.racing).toBe(false);
    expect(honest.tip.hash).toBe(poolNode.tip.hash);
    expect(honest.chain.isActive(honestBlock)).toBe(false);
  });

  it('adopts the honest chain when a race is lost, and counts which block the honest winner extended', () => {
    const { net, pool, honest, poolNode } = duel();
    net.mine('P');
    net.mine('H');
    net.runUntilIdle();
    net.mine('H');
    net.runUntilIdle();
    expect(pool.racing).toBe(false);
    expect(poolNode.tip.hash).toBe(honest.tip.hash);
    expect(pool.racesDecidedByHonest).toBe(1);
    expect(pool.honestOnPoolBlock).toBe(0);
  });
});

describe('gammaNetwork', () => {
  it('chooses honest nodes and pool-link jitter so that the pool reaches the right share first', () => {
    const rng = SeededRng.fromSeed('gamma-links');
    for (const gamma of [0.1, 0.25, 0.5, 0.6, 0.75, 0.9]) {
      const shape = gammaNetwork(gamma);
      expect(shape.perNode).toBeLessThanOrEqual(1);
      expect((shape.perNode * (shape.honestNodes - 1)) / shape.honestNodes).toBeCloseTo(gamma, 12);
      // P(U1 + U2 < L) for U uniform on [0, J), L = 20 ms.
      const jitter = shape.poolLink.jitterMs!;
      let first = 0;
      const n = 100_000;
      for (let i = 0; i < n; i++) if (rng.uniform(0, jitter) + rng.uniform(0, jitter) < 20) first++;
      expect(Math.abs(first / n - shape.perNode)).toBeLessThan(0.01);
    }
    expect(gammaNetwork(0)).toMatchObject({ honestNodes: 1, perNode: 0 });
  });
});

describe('selfish mining on real nodes', () => {
  it('realises the gamma it was given and measures the revenue of the paper', () => {
    const r = runSelfishSegment({ alpha: 0.4, gamma: 0.5 }, 'measure', 0, 1500);
    expect(r.honestNodes).toBe(2);
    expect(inside(0.5, wilsonInterval(r.honestOnPoolBlock, r.racesDecidedByHonest))).toBe(true);
    const e = ratioEstimate(r.revenue);
    expect(inside(selfishRevenue(0.4, 0.5), e.ci95)).toBe(true);
    expect(e.ci95[0]).toBeGreaterThan(0.4); // above the threshold 1/4 the pool earns more than its share
  }, 60_000);

  it('is reproducible from its seed and different for another', () => {
    const a = runSelfishSegment({ alpha: 0.25, gamma: 0 }, 'same', 0, 300);
    expect(runSelfishSegment({ alpha: 0.25, gamma: 0 }, 'same', 0, 300)).toEqual(a);
    expect(runSelfishSegment({ alpha: 0.25, gamma: 0 }, 'other', 0, 300)).not.toEqual(a);
    expect(a.honestOnPoolBlock).toBe(0); // gamma 0: no honest miner ever builds on the pool's raced block
  });

  it('cuts a run into independent segments that add up to it', () => {
    expect(selfishSegments(5000)).toEqual([
      [0, 2500],
      [1, 2500],
    ]);
    expect(selfishSegments(6001).reduce((s, [, b]) => s + b, 0)).toBe(6001);
    expect(() => selfishSegments(10)).toThrow(/blocks must be/);
  });

  it('refuses settings outside the model by name', () => {
    expect(() => runSelfishSegment({ alpha: 0.5, gamma: 0 }, 's', 0, 100)).toThrow(/alpha must be/);
    expect(() => runSelfishSegment({ alpha: 0.3, gamma: 1 }, 's', 0, 100)).toThrow(
      /gamma must be .*at most \(n - 1\)\/n/,
    );
  });
});

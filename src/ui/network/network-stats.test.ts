import { describe, expect, it } from 'vitest';
import type { BlockPropagation, NetworkStatsSnapshot, NodeStats } from '../../sim/index';
import { formatMs, formatPercent, statsView } from './network-stats';

const h = (c: string) => c.repeat(64);

const node = (id: string, label: string, mempoolSize: number): NodeStats =>
  ({
    id,
    label,
    height: 3,
    tip: h('a'),
    mempoolSize,
    mempoolBytes: mempoolSize * 200,
  }) as NodeStats;

const snapshot: NetworkStatsSnapshot = {
  time: 5000,
  nodes: [node('node-1', 'Node A', 2), node('node-2', 'Node B', 0)],
  network: {
    bestTip: h('a'),
    bestHeight: 3,
    blocksFound: 4,
    staleBlocks: 1,
    staleRate: 0.25,
    reorgs: 2,
    maxReorgDepth: 1,
    propagation: {
      measured: 3,
      meanP50Ms: 120.4,
      meanP100Ms: 300,
      medianP50Ms: 110,
      medianP100Ms: 290,
      maxP100Ms: 12_500,
    },
    messages: {
      sent: 10,
      delivered: 8,
      dropped: 2,
      droppedBy: { loss: 0, partition: 2, 'no-link': 0, 'node-removed': 0 },
    },
  },
};

const prop = (c: string, height: number, p100: number | null): BlockPropagation => ({
  hash: h(c),
  finder: 'node-1',
  height,
  foundAt: 0,
  nodes: 2,
  reached: p100 === null ? 1 : 2,
  p50Ms: 0,
  p100Ms: p100,
});

describe('statsView', () => {
  it('says stale count and rate, reorgs and depth, propagation, messages', () => {
    const v = statsView(snapshot, []);
    const get = (label: string) => v.lines.find((l) => l.label === label)?.value;
    expect(get('Stale blocks')).toBe('1 (25.0% of blocks found)');
    expect(get('Reorgs')).toBe('2, deepest 1 block');
    expect(get('Propagation to 50% of nodes')).toBe('median 110 ms, mean 120 ms');
    expect(get('Propagation to all nodes')).toBe('median 290 ms, max 12.5 s (3 blocks measured)');
    expect(get('Messages')).toBe('10 sent, 8 delivered, 2 dropped');
  });

  it('lists the last blocks newest first and skips forgotten ones; pools per node', () => {
    const v = statsView(snapshot, [prop('1', 1, 250), undefined, prop('2', 2, null)], (id) =>
      id === 'node-1' ? 'Node A' : id,
    );
    expect(v.propagation.map((r) => [r.height, r.finder, r.reached, r.p50, r.p100])).toEqual([
      [2, 'Node A', '1 of 2', '0 ms', '—'],
      [1, 'Node A', '2 of 2', '0 ms', '250 ms'],
    ]);
    expect(v.mempools).toEqual([
      { id: 'node-1', node: 'Node A', txs: 2, bytes: 400, summary: 'Node A: 2 txs, 400 B' },
      { id: 'node-2', node: 'Node B', txs: 0, bytes: 0, summary: 'Node B: 0 txs, 0 B' },
    ]);
  });

  it('formats and checks', () => {
    expect(formatMs(null)).toBe('—');
    expect(formatPercent(0)).toBe('0.0%');
    expect(() => formatMs(Number.NaN)).toThrow(TypeError);
    expect(() => statsView(null as never, [])).toThrow(TypeError);
    expect(() => statsView(snapshot, null as never)).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import type { ResolveReport } from '../../sim/index';
import { summariseResolve } from './resolve-summary';

const tip = 'ab'.repeat(32);
const base: ResolveReport = {
  nodeId: 'node-1',
  replaced: false,
  previousTip: tip,
  tip,
  height: 12,
  chainWork: '100',
  peers: [],
};

describe('summariseResolve', () => {
  it('a kept chain, with every peer outcome in words', () => {
    const s = summariseResolve(
      {
        ...base,
        peers: [
          { peer: 'node-2', outcome: 'not-better', height: 12, tip, work: '100' },
          {
            peer: 'node-3',
            outcome: 'invalid',
            height: 14,
            tip,
            work: '140',
            code: 'bad-cb-amount',
            message: 'coinbase pays too much',
          },
          { peer: 'node-4', outcome: 'unreachable' },
        ],
      },
      (id) => id.replace('node-', 'Node '),
    );
    expect(s.replaced).toBe(false);
    expect(s.headline).toMatch(/^Node 1 kept its chain \(height 12\)/);
    expect(s.refused).toBe(1);
    expect(s.rows).toEqual([
      {
        id: 'node-2',
        peer: 'Node 2',
        outcome: 'not-better',
        verdict: '= not more work',
        height: '12',
        tip: 'abababab…abab',
        fullTip: tip,
      },
      {
        id: 'node-3',
        peer: 'Node 3',
        outcome: 'invalid',
        verdict: '✗ refused: invalid',
        height: '14',
        tip: 'abababab…abab',
        fullTip: tip,
        code: 'bad-cb-amount',
        reason: 'coinbase pays too much',
      },
      { id: 'node-4', peer: 'Node 4', outcome: 'unreachable', verdict: '⚠ unreachable', height: '—', tip: '—' },
    ]);
  });

  it('a replaced chain says whether it switched branch', () => {
    expect(summariseResolve({ ...base, replaced: true, height: 14 }).headline).toBe(
      'node-1 replaced its chain: extended to height 14.',
    );
    const reorg = {
      forkHash: tip,
      forkHeight: 11,
      oldTip: tip,
      newTip: tip,
      disconnected: [tip],
      connected: [tip, tip],
      returnedToMempool: [],
      conflicted: [],
      lost: [],
    };
    expect(summariseResolve({ ...base, replaced: true, height: 13, reorg }).headline).toMatch(
      /1 block\(s\) disconnected, 2 connected/,
    );
  });

  it('checks its argument', () => {
    expect(() => summariseResolve(null as never)).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import type { NodeInfo } from '../../api/types';
import { misbehaviorRows } from './misbehavior-rows';

const node = (id: string, label: string, misbehavior: NodeInfo['misbehavior'] = []): NodeInfo => ({
  id, label, height: 3, tip: 'aa'.repeat(32), peers: [], mempool: 0, hashShare: 0, mining: false, misbehavior,
});

describe('misbehaving peers', () => {
  it('says nothing when every peer behaved', () => {
    expect(misbehaviorRows([node('A', 'Node A'), node('B', 'Node B')], 100, 0)).toEqual([]);
  });

  it('lists each node and peer with the score, the time left of a ban or the points still missing, and the reasons', () => {
    const nodes = [
      node('A', 'Node A', [{ peer: 'B', score: 100, bannedUntil: 86_400_000 + 5_000, reasons: ['+100 invalid block 3f2a…: bad-cb-amount'] }]),
      node('B', 'Node B'),
      node('C', 'Node C', [{ peer: 'gone', score: 15, bannedUntil: null, reasons: ['+10 invalid transaction', '+5 unrequested'] }]),
    ];
    expect(misbehaviorRows(nodes, 100, 5_000)).toEqual([
      { node: 'A', nodeLabel: 'Node A', peer: 'B', peerLabel: 'Node B', score: 100, banned: true, bannedForMs: 86_400_000, pointsToBan: 0, reasons: ['+100 invalid block 3f2a…: bad-cb-amount'] },
      { node: 'C', nodeLabel: 'Node C', peer: 'gone', peerLabel: 'gone', score: 15, banned: false, bannedForMs: null, pointsToBan: 85, reasons: ['+10 invalid transaction', '+5 unrequested'] },
    ]);
  });

  it('counts the ban down with the network clock, never below zero', () => {
    const nodes = [node('A', 'A', [{ peer: 'B', score: 120, bannedUntil: 90_000, reasons: [] }])];
    expect(misbehaviorRows(nodes, 100, 0)[0]!.bannedForMs).toBe(90_000);
    expect(misbehaviorRows(nodes, 100, 95_000)[0]!.bannedForMs).toBe(0);
  });
});

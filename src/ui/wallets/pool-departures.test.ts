import { describe, expect, it } from 'vitest';
import type { ReorgReport } from '../../app/reorg-service';
import { departuresOf, departureTone, followReorg, keepLatest, recordDepartures, type PoolDeparture } from './pool-departures';

describe('departuresOf', () => {
  const connected = [
    { hash: 'b1', height: 7, txids: ['cb1', 't1'] },
    { hash: 'b2', height: 8, txids: ['cb2', 't2'] },
  ];
  it('names the block that confirmed each transaction, and the arriving block for a conflict', () => {
    const d = departuresOf('node-1', 5000, [
      { txid: 't2', reason: 'confirmed' },
      { txid: 'x', reason: 'conflict' },
      { txid: 'y', reason: 'evicted' },
    ], connected);
    expect(d).toEqual([
      { nodeId: 'node-1', txid: 't2', reason: 'confirmed', block: { hash: 'b2', height: 8 }, at: 5000 },
      { nodeId: 'node-1', txid: 'x', reason: 'conflict', block: { hash: 'b2', height: 8 }, at: 5000 },
      { nodeId: 'node-1', txid: 'y', reason: 'evicted', block: null, at: 5000 },
    ]);
  });

  it('names the winner of a conflict, and the block that holds it', () => {
    const d = departuresOf('n', 1, [{ txid: 'x', reason: 'conflict', lostTo: 't1' }, { txid: 'y', reason: 'conflict', lostTo: 't1', parent: 'x' }], connected);
    expect(d[0]).toMatchObject({ reason: 'conflict', lostTo: 't1', block: { hash: 'b1', height: 7 } });
    expect(d[1]).toMatchObject({ reason: 'conflict', lostTo: 't1', parent: 'x' });
  });

  it('has no block when none was connected', () => {
    expect(departuresOf('n', 0, [{ txid: 'x', reason: 'conflict' }], [])[0]!.block).toBeNull();
  });

  it('recordDepartures keeps one record per transaction and node, the newest', () => {
    const at = (txid: string, nodeId: string, when: number): PoolDeparture => ({ nodeId, txid, reason: 'confirmed', block: null, at: when });
    expect(recordDepartures([at('a', 'n1', 1), at('a', 'n2', 1), at('b', 'n1', 1)], [at('a', 'n1', 2)], 10)).toEqual([at('a', 'n2', 1), at('b', 'n1', 1), at('a', 'n1', 2)]);
  });

  it('keepLatest keeps the newest entries', () => {
    expect(keepLatest([1, 2, 3], [4, 5], 3)).toEqual([3, 4, 5]);
    expect(keepLatest([1], [2], 3)).toEqual([1, 2]);
  });
});

describe('followReorg', () => {
  const confirmed = (nodeId: string, txid: string, hash: string, height: number): PoolDeparture => ({ nodeId, txid, reason: 'confirmed', block: { hash, height }, at: 1 });
  const report: ReorgReport = {
    seq: 1,
    nodeId: 'node-1',
    time: 9000,
    depth: 1,
    fork: { hash: 'f', height: 12 },
    disconnected: [{ hash: 'old13', height: 13 }],
    connected: [{ hash: 'new13', height: 13 }, { hash: 'new14', height: 14 }],
    returned: ['back'],
    reconfirmed: [{ txid: 'both', block: { hash: 'new14', height: 14 } }],
    reversed: [
      { txid: 'lost', from: 'bob', to: 'erin', amount: 5, block: { hash: 'old13', height: 13 }, lostTo: { txid: 'won', from: 'bob', to: 'frank', amount: 5, block: { hash: 'new13', height: 13 } } },
      { txid: 'pending', from: 'bob', to: 'dave', amount: 1, block: null, parent: 'lost' },
    ],
  };

  it('turns confirmations in a disconnected block into returned, moved or reversed, newest last', () => {
    const list = [
      confirmed('node-1', 'lost', 'old13', 13),
      confirmed('node-1', 'back', 'old13', 13),
      confirmed('node-1', 'both', 'old13', 13),
      confirmed('node-1', 'older', 'b12', 12),
      confirmed('node-2', 'lost', 'old13', 13),
    ];
    const after = followReorg(list, report);
    expect(after.slice(0, 2)).toEqual([list[3], list[4]]); // other blocks and other nodes keep their story
    expect(after.slice(2)).toEqual([
      { nodeId: 'node-1', txid: 'lost', reason: 'reversed', block: { hash: 'new13', height: 13 }, lostTo: 'won', wasIn: { hash: 'old13', height: 13 }, at: 9000 },
      { nodeId: 'node-1', txid: 'back', reason: 'returned', block: { hash: 'old13', height: 13 }, at: 9000 },
      { nodeId: 'node-1', txid: 'both', reason: 'confirmed', block: { hash: 'new14', height: 14 }, at: 9000 },
      { nodeId: 'node-1', txid: 'pending', reason: 'conflict', block: null, parent: 'lost', at: 9000 },
    ]);
  });

  it('a reversed payment with no record gets one: the loss is never silent', () => {
    const after = followReorg([], report);
    expect(after.map((d) => [d.txid, d.reason, d.lostTo])).toEqual([
      ['lost', 'reversed', 'won'],
      ['pending', 'conflict', undefined],
    ]);
  });

  it('tones: confirmed is good, returned waits, the rest lost', () => {
    expect(['confirmed', 'returned', 'reversed', 'conflict'].map((r) => departureTone(r as PoolDeparture['reason']))).toEqual(['ok', 'wait', 'bad', 'bad']);
  });
});

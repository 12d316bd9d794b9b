import { describe, expect, it } from 'vitest';
import { departuresOf, keepLatest } from './pool-departures';

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

  it('has no block when none was connected', () => {
    expect(departuresOf('n', 0, [{ txid: 'x', reason: 'conflict' }], [])[0]!.block).toBeNull();
  });

  it('keepLatest keeps the newest entries', () => {
    expect(keepLatest([1, 2, 3], [4, 5], 3)).toEqual([3, 4, 5]);
    expect(keepLatest([1], [2], 3)).toEqual([1, 2]);
  });
});

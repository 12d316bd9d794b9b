import { describe, expect, it } from 'vitest';
import type { ReorgReport, ReversedPayment } from '../../app/reorg-service';
import { addToNews, newsHeadline, reversedSentence } from './reorg-news';

const h = (c: string) => c.repeat(64);
const lost: ReversedPayment = {
  txid: h('1'),
  from: 'bob-address',
  to: 'erin-address',
  amount: 2_970_000_000,
  block: { hash: h('a'), height: 13 },
  lostTo: { txid: h('2'), from: 'bob-address', to: 'frank-address', amount: 2_970_000_000, block: { hash: h('c'), height: 13 } },
};
const pendingOnly: ReversedPayment = { txid: h('3'), from: 'bob-address', to: 'dave-address', amount: 100_000_000, block: null, parent: h('1') };

function report(seq: number, nodeId: string, o: Partial<ReorgReport> = {}): ReorgReport {
  return {
    seq,
    nodeId,
    time: 1000 * seq,
    depth: 1,
    fork: { hash: h('f'), height: 12 },
    disconnected: [{ hash: h('a'), height: 13 }],
    connected: [
      { hash: h('c'), height: 13 },
      { hash: h('d'), height: 14 },
    ],
    returned: [],
    reconfirmed: [],
    reversed: [lost, pendingOnly],
    ...o,
  };
}

const names: Record<string, string> = { 'bob-address': 'Bob', 'erin-address': 'Erin', 'frank-address': 'Frank' };
const nameOf = (a: string) => names[a] ?? a;
const labelOf = (id: string) => ({ 'node-1': 'Node A', 'node-2': 'Node B', 'node-3': 'Node C' })[id] ?? id;

describe('addToNews', () => {
  it('nodes giving up the same block are one story; payments are listed once', () => {
    const ab = addToNews(addToNews(null, report(1, 'node-2')), report(2, 'node-1'));
    expect(ab.key).toBe(1);
    expect(ab.nodeIds).toEqual(['node-2', 'node-1']);
    expect(ab.reversed.map((p) => p.txid)).toEqual([lost.txid]); // confirmed then reversed; the pool-only one is the pool's story
    expect(newsHeadline(ab, labelOf)).toBe('Node A and Node B switched branch at block #12: 1 block disconnected (depth 1), 2 blocks connected.');
  });

  it('another reorg starts new news', () => {
    const a = addToNews(null, report(1, 'node-1'));
    const other = addToNews(a, report(2, 'node-3', { disconnected: [{ hash: h('e'), height: 15 }], reversed: [] }));
    expect(other.key).toBe(2);
    expect(other.nodeIds).toEqual(['node-3']);
    expect(other.reversed).toEqual([]);
  });

  it('refuses what is not a report', () => {
    expect(() => addToNews(null, {} as ReorgReport)).toThrow(TypeError);
  });
});

describe('reversedSentence', () => {
  it('names the payment, the node and the double spend that won with its block', () => {
    expect(reversedSentence(lost, 'Node A', nameOf)).toBe(
      'Payment of 29.7 coins from Bob to Erin (tx 11111111…1111) reversed on Node A: lost to Bob → Frank, tx 22222222…2222 in block #13 (a double spend of the same coins).',
    );
  });

  it('a pending payment that spent a reversed one falls with it', () => {
    expect(reversedSentence(pendingOnly, 'Node A', nameOf)).toBe(
      'Payment of 1 coin from Bob to dave-address (tx 33333333…3333) dropped from the pool on Node A: it spent a coin of tx 11111111…1111, which was reversed too.',
    );
  });
});

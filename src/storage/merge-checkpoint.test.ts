/**
 * Compaction by merging the checkpoint's bytes must give exactly what decoding
 * it, applying the journal (NodeChainstate.apply) and encoding it again gives:
 * the same index, coins and pool, in the same order, the same tip and journal
 * position. Checked on the storage fixture's network (payments, a pool, a
 * reorg, an adopted orphan) and on hand-made steps for every way a step can
 * move a coin or an index entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Coin } from '../core/index';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { decodeHead, encodeCheckpoint } from './checkpoint-codec';
import { decodeCheckpoint } from './checkpoint-decode';
import { decodeJournalEntry } from './journal-decode';
import { mergeCheckpoint } from './merge-checkpoint';
import { buildFixture, type NetworkFixture } from './testing/network-fixture';
import { nodeRange } from './backend';
import { STORES } from './schema';
import type { IndexEntry, JournalStep, NodeChainstate, PoolEntry } from './chainstate';

/** Everything a decoded checkpoint says, in its order. */
function picture(s: NodeChainstate): unknown {
  return { tip: s.tip, through: s.through, index: [...s.index.entries()], coins: [...s.coins.entries()], pool: [...s.pool.values()] };
}

/** The reference: decode the old checkpoint, apply the steps one by one. */
function applied(parts: Uint8Array[], steps: readonly JournalStep[], through: number): NodeChainstate {
  const state = decodeCheckpoint('n', parts);
  for (const s of steps) state.apply(s);
  state.through = through;
  return state;
}

function merged(parts: Uint8Array[], steps: readonly JournalStep[], through: number): NodeChainstate {
  const records = mergeCheckpoint(decodeHead(parts[0]), parts.slice(1), steps, through);
  expect(records, 'merged, not rewritten whole').not.toBeNull();
  return decodeCheckpoint('n', records!);
}

const hex = (prefix: string, i: number) => (prefix + i.toString(16).padStart(8, '0')).padEnd(64, '0');
const key = (prefix: string, i: number, vout = 0) => `${hex(prefix, i)}:${vout}`;
const coin = (amount: number, address = `addr-${amount % 3}`): Coin => ({ amount, address, height: amount, coinbase: amount % 2 === 0 });
const entry = (i: number, orphan = false): IndexEntry => ({
  hash: hex('b', i),
  header: { version: 1, prevHash: hex('b', i - 1), merkleRoot: hex('e', i), time: 1000 + i, bits: 0x207fffff, nonce: i },
  txCount: 1,
  orphan,
  minedBy: { address: `miner-${i % 2}`, tag: `block ${i}` },
});
const poolEntry = (i: number): PoolEntry => ({ txid: hex('d', i), bytes: new Uint8Array([i, i + 1]), time: 500 + i });
const step = (s: Partial<JournalStep>): JournalStep => ({ tip: hex('b', 9), indexAdded: [], indexRemoved: [], coinsRemoved: [], coinsAdded: [], poolRemoved: [], poolAdded: [], ...s });

describe('compaction by merging bytes', () => {
  let f: NetworkFixture;
  beforeAll(() => {
    f = buildFixture();
  });

  it("gives exactly the decoded-and-applied state of every fixture node, at every point of its journal", async () => {
    const backend = new MemoryBackend();
    const store = new RecordStore(backend, { compaction: 'manual' });
    await store.saveConfig({ params: f.params });
    for (const n of f.initial) await store.saveNode(n);
    let compared = 0;
    for (const d of f.deltas) {
      await store.commitDelta(d.nodeId, d.delta);
      const { parts, journal } = await backend.read(async (r) => ({
        parts: await r.getAll<Uint8Array>(STORES.chainstate, nodeRange(d.nodeId)),
        journal: await r.getAll<Uint8Array>(STORES.journal, nodeRange(d.nodeId)),
      }));
      const entries = journal.map(decodeJournalEntry);
      const steps = entries.flatMap((e) => e.steps);
      const through = entries[entries.length - 1]!.seq;
      expect(picture(merged(parts, steps, through))).toEqual(picture(applied(parts, steps, through)));
      compared++;
    }
    expect(compared).toBe(f.deltas.length);
    // The fixture's journals hold a reorg and an adopted orphan: the cases where order moves.
    expect(f.deltas.some((d) => d.delta.reorg !== undefined)).toBe(true);
    expect(f.deltas.some((d) => d.delta.orphansAdopted.length > 0)).toBe(true);
  });

  it('keeps a coin in its place when it is replaced without leaving, and moves it when it leaves and comes back', () => {
    const coins: [string, Coin][] = [1, 2, 3, 4, 5].map((i) => [key('a', i), coin(i)]);
    // Same first bytes as coin 2 and the same vout: only the full key tells them apart.
    const twin = `${hex('a', 2).slice(0, 60)}ffff:0`;
    coins.push([twin, coin(6)]);
    const parts = encodeCheckpoint({ tip: hex('b', 3), through: 4, index: [entry(1), entry(2), entry(3, true)], coins, pool: [poolEntry(1), poolEntry(2), poolEntry(3)] });
    const steps = [
      step({
        tip: hex('b', 4),
        indexAdded: [entry(4), entry(3)], // the orphan adopted: re-stored, so it moves to the end
        coinsRemoved: [key('a', 2), key('f', 9)], // one there, one never there
        coinsAdded: [
          [key('c', 1), coin(11, 'new-address')],
          [key('a', 3), coin(33)], // replaced in place
        ],
        poolRemoved: [hex('d', 1)],
        poolAdded: [{ ...poolEntry(2), time: 900, kind: 'refresh' }, { ...poolEntry(7), kind: 'add' }, { ...poolEntry(8), kind: 'refresh' }],
      }),
      step({
        tip: hex('b', 5),
        indexAdded: [entry(5)],
        indexRemoved: [hex('b', 2), hex('b', 4)],
        coinsRemoved: [key('c', 1), key('a', 5)],
        coinsAdded: [
          [key('a', 2), coin(22)], // back after leaving: goes to the end
          [key('c', 1, 1), coin(12)],
          [key('c', 1), coin(13)], // left and came back within the journal
        ],
      }),
    ];
    const want = applied(parts, steps, 7);
    expect(picture(merged(parts, steps, 7))).toEqual(picture(want));
    expect([...want.coins.entries()].map(([k]) => k)).toEqual([key('a', 1), key('a', 3), key('a', 4), twin, key('a', 2), key('c', 1, 1), key('c', 1)]);
    expect([...want.index.keys()]).toEqual([hex('b', 1), hex('b', 3), hex('b', 5)]);
  });

  it('with no journal, writes the same state again', () => {
    const parts = encodeCheckpoint({ tip: hex('b', 2), through: 3, index: [entry(1), entry(2)], coins: [[key('a', 1), coin(1)]], pool: [poolEntry(1)] });
    expect(picture(merged(parts, [], 3))).toEqual(picture(decodeCheckpoint('n', parts)));
  });

  it('asks for a whole rewrite once most of an address table is no longer used', () => {
    const coins: [string, Coin][] = Array.from({ length: 40 }, (_, i) => [key('a', i), coin(i, `old-${i}`)]);
    const parts = encodeCheckpoint({ tip: hex('b', 1), through: 0, index: [entry(1)], coins, pool: [] });
    const steps = [step({ coinsRemoved: coins.slice(1).map(([k]) => k), coinsAdded: [[key('c', 1), coin(1, 'old-0')]] })];
    // The merge keeps the old table (its addresses were in use when it began)...
    const once = mergeCheckpoint(decodeHead(parts[0]), parts.slice(1), steps, 1)!;
    expect(picture(decodeCheckpoint('n', once))).toEqual(picture(applied(parts, steps, 1)));
    // ...and the next one finds 39 of its 40 addresses unused: the checkpoint is rewritten whole instead.
    expect(mergeCheckpoint(decodeHead(once[0]), once.slice(1), [], 1)).toBeNull();
  });

  it('refuses parts that do not fit their head, as decoding does', () => {
    const parts = encodeCheckpoint({ tip: hex('b', 1), through: 0, index: [entry(1)], coins: [[key('a', 1), coin(1)]], pool: [] });
    const head = decodeHead(parts[0]);
    expect(() => mergeCheckpoint(head, parts.slice(1, 2), [], 0)).toThrow(/parts/);
    const cut = parts.map((p, i) => (i === parts.length - 1 ? p.slice(0, -3) : p));
    expect(() => mergeCheckpoint(head, cut.slice(1), [], 0)).toThrow(/bytes/);
  });
});

/**
 * The binary records of schema 3: round trips, the exact bytes where a value
 * has one canonical form, and a clear DecodeError (never a wrong value) for
 * damaged bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DecodeError, UtxoSet, blockHash, isCoinbase, minedByOf, type Block, type BlockUndo, type Coin } from '../core/index';
import { BinReader, BinWriter } from './byte-codec';
import { decodeUndo, encodeUndo } from './undo-codec';
import { PART_BYTES, decodeHead, encodeCheckpoint } from './checkpoint-codec';
import { decodeCheckpoint, decodeIndexHashes } from './checkpoint-decode';
import { encodeJournalEntry } from './journal-codec';
import { decodeJournalEntry } from './journal-decode';
import { NodeChainstate, type IndexEntry } from './chainstate';
import { buildFixture, type NetworkFixture } from './testing/network-fixture';

let f: NetworkFixture;
beforeAll(() => {
  f = buildFixture();
});

const bytesOf = (write: (w: BinWriter) => void) => {
  const w = new BinWriter();
  write(w);
  return [...w.finish()];
};

describe('varints, hashes and outpoints', () => {
  it('writes unsigned LEB128 and reads it back, up to 2^53 - 1', () => {
    expect(bytesOf((w) => w.varint(0))).toEqual([0]);
    expect(bytesOf((w) => w.varint(127))).toEqual([0x7f]);
    expect(bytesOf((w) => w.varint(128))).toEqual([0x80, 0x01]);
    expect(bytesOf((w) => w.varint(300))).toEqual([0xac, 0x02]);
    for (const n of [0, 1, 127, 128, 16383, 16384, 1e9, 2.1e15, Number.MAX_SAFE_INTEGER]) {
      const w = new BinWriter();
      w.varint(n);
      expect(new BinReader(w.finish()).varint()).toBe(n);
    }
  });

  it('refuses what is not a safe non-negative integer, and non-canonical or endless varints', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => new BinWriter().varint(bad)).toThrow(RangeError);
    expect(() => new BinReader(Uint8Array.of(0x80, 0x00)).varint()).toThrow(/non-canonical/);
    expect(() => new BinReader(new Uint8Array(9).fill(0xff)).varint()).toThrow(DecodeError);
    expect(() => new BinReader(Uint8Array.of(0x80)).varint()).toThrow(/unexpected end/);
  });

  it('stores a hash as the 32 bytes its hex spells, and an outpoint as txid bytes and a varint vout', () => {
    const hash = '00ff'.repeat(16);
    expect(bytesOf((w) => w.hash(hash))).toEqual(Array.from({ length: 32 }, (_, i) => (i % 2 ? 0xff : 0)));
    expect(new BinReader(Uint8Array.from(bytesOf((w) => w.hash(hash)))).hash()).toBe(hash);
    const key = `${'ab'.repeat(32)}:300`;
    const enc = bytesOf((w) => w.outpoint(key));
    expect(enc).toHaveLength(34);
    expect(new BinReader(Uint8Array.from(enc)).outpoint()).toBe(key);
    for (const bad of ['AB'.repeat(32), 'ab'.repeat(31), 'xy'.repeat(32)]) expect(() => new BinWriter().hash(bad)).toThrow(/not 64 lower-case hex/);
    for (const bad of [`${'ab'.repeat(32)}:`, `${'ab'.repeat(32)}:01`, `${'ab'.repeat(32)}:-1`, 'ab'.repeat(33)]) expect(() => new BinWriter().outpoint(bad)).toThrow(TypeError);
  });
});

/** The fixture's active blocks with their undo data (the tip of node-a holds payments). */
function connected(): { block: Block; undo: BlockUndo }[] {
  const c = f.a.chain;
  return c.activeEntries().map((e) => ({ block: c.getBlock(e.hash)!, undo: c.getUndo(e.hash)! }));
}

describe('undo records', () => {
  it('round-trip every block of the fixture, in about 8 bytes a spent coin', () => {
    let coins = 0;
    let bytes = 0;
    for (const { block, undo } of connected()) {
      const enc = encodeUndo(undo, block);
      expect(decodeUndo(enc, block)).toEqual(undo);
      coins += undo.spent.length;
      bytes += enc.length - 2; // format and count
    }
    expect(coins).toBeGreaterThanOrEqual(2);
    expect(bytes / coins).toBeLessThanOrEqual(10);
  });

  it('writes the address out when the coin was not locked to the spending key', () => {
    const { block, undo } = connected().find((x) => x.undo.spent.length > 0)!;
    const other = { ...undo.spent[0]![1], address: f.wallets[3]!.address };
    const odd: BlockUndo = { spent: [[undo.spent[0]![0], other], ...undo.spent.slice(1)] };
    const enc = encodeUndo(odd, block);
    expect(enc.length).toBeGreaterThan(encodeUndo(undo, block).length + 30);
    expect(decodeUndo(enc, block)).toEqual(odd);
  });

  it('refuses undo data that does not fit the block, on the way in and on the way out', () => {
    const { block, undo } = connected().find((x) => x.undo.spent.length > 0)!;
    expect(() => encodeUndo({ spent: [] }, block)).toThrow(/lists 0 coins for a block with/);
    const swapped: BlockUndo = { spent: [[`${'00'.repeat(32)}:0`, undo.spent[0]![1]], ...undo.spent.slice(1)] };
    expect(() => encodeUndo(swapped, block)).toThrow(/but the block's input 0 spends/);
    const enc = encodeUndo(undo, block);
    const genesis = f.a.chain.getBlock(f.a.chain.genesis.hash)!;
    expect(() => decodeUndo(enc, genesis)).toThrow(/the block has 0 inputs/);
    expect(() => decodeUndo(enc.slice(0, enc.length - 1), block)).toThrow(DecodeError);
    expect(() => decodeUndo(Uint8Array.of(9, 0), block)).toThrow(/unknown undo record format 9/);
    expect(block.txs.some((tx) => !isCoinbase(tx))).toBe(true);
  });
});

function chainstateOf(id: string, coins: [string, Coin][], index: IndexEntry[], pool: NodeChainstate['pool'] = new Map()): NodeChainstate {
  const s = new NodeChainstate(id, index.at(-1)?.hash ?? '00'.repeat(32), 7);
  for (const e of index) s.index.set(e.hash, e);
  for (const [k, c] of coins) s.coins.add(k, c);
  for (const [k, e] of pool) s.pool.set(k, e);
  return s;
}

function entriesOf(chain = f.a.chain): IndexEntry[] {
  return [...chain.tree.all()].map((e) => ({ hash: e.hash, header: e.header, txCount: e.txCount, orphan: false, minedBy: e.minedBy }));
}

function sameState(a: NodeChainstate, b: NodeChainstate): void {
  expect([a.tip, a.through]).toEqual([b.tip, b.through]);
  expect([...a.index.values()]).toEqual([...b.index.values()]);
  expect(a.coins.toSortedArray()).toEqual(b.coins.toSortedArray());
  expect([...a.pool.values()]).toEqual([...b.pool.values()]);
}

describe('checkpoints', () => {
  it('round-trip a node: index in first-seen order, coins, pool', () => {
    const chain = f.b.chain;
    const pool = new Map(chain.mempool.entries().map((e) => [e.txid, { txid: e.txid, bytes: Uint8Array.of(1, 2, 3), time: e.time }] as const));
    const s = chainstateOf('node-b', [...chain.utxos.entries()], entriesOf(chain), pool);
    const records = encodeCheckpoint({ tip: s.tip, through: s.through, index: s.index.values(), coins: s.coins.entries(), pool: s.pool.values() });
    expect(records).toHaveLength(3);
    sameState(decodeCheckpoint('node-b', records), s);
    expect(decodeIndexHashes(decodeHead(records[0]), records.slice(1, 2))).toEqual([...s.index.keys()]);
  });

  it('cuts large streams into parts of PART_BYTES and joins them again', () => {
    const coins: [string, Coin][] = Array.from({ length: 30_000 }, (_, i) => [`${i.toString(16).padStart(64, '0')}:${i % 3}`, { amount: i * 1000, address: f.wallets[i % 4]!.address, height: i, coinbase: i % 2 === 0 }]);
    const s = chainstateOf('big', coins, entriesOf());
    const records = encodeCheckpoint({ tip: s.tip, through: s.through, index: s.index.values(), coins: s.coins.entries(), pool: [] });
    const head = decodeHead(records[0]);
    expect(head.coinParts).toBeGreaterThan(1);
    expect(records.slice(1).every((r) => r.length <= PART_BYTES)).toBe(true);
    // ~40 bytes a coin: txid, vout, amount, height and an index into the address table.
    expect(head.coinBytes / coins.length).toBeLessThan(45);
    sameState(decodeCheckpoint('big', records), s);
  });

  it('names what is wrong with damaged records', () => {
    const s = chainstateOf('n', [...f.a.chain.utxos.entries()], entriesOf());
    const records = encodeCheckpoint({ tip: s.tip, through: s.through, index: s.index.values(), coins: s.coins.entries(), pool: [] });
    expect(() => decodeCheckpoint('n', [])).toThrow(/no head/);
    expect(() => decodeCheckpoint('n', records.slice(0, 2))).toThrow(/has 1 parts, its head says 2/);
    expect(() => decodeCheckpoint('n', [records[0], records[1]!.slice(1), records[2]])).toThrow(/index parts hold \d+ bytes, the head says/);
    expect(() => decodeCheckpoint('n', [records[0], records[1], { bytes: records[2] }])).toThrow(/not a byte array/);
    expect(() => decodeCheckpoint('n', [Uint8Array.of(2)])).toThrow(/unknown checkpoint format 2/);
    const twice = encodeCheckpoint({ tip: s.tip, through: 0, index: [...s.index.values(), [...s.index.values()][0]!], coins: [], pool: [] });
    expect(() => decodeCheckpoint('n', twice)).toThrow(/is in the index twice/);
    const [key, coin] = s.coins.entries().next().value!;
    const repeated = encodeCheckpoint({ tip: s.tip, through: 0, index: [], coins: [[key, coin], [key, coin]], pool: [] });
    expect(() => decodeCheckpoint('n', repeated)).toThrow(/repeats an outpoint/);
  });
});

describe('journal entries', () => {
  it('hold the deltas of one commit, and applying them gives the live node', () => {
    const s = new NodeChainstate('node-a', f.a.chain.genesis.hash, 0, new UtxoSet());
    const init = f.initial.find((n) => n.id === 'node-a')!;
    for (const b of init.blocks) s.index.set(blockHash(b.header), { hash: blockHash(b.header), header: b.header, txCount: b.txs.length, orphan: false, minedBy: minedByOf(b) });
    for (const [k, c] of init.utxos) s.coins.add(k, c);
    const deltas = f.deltas.filter((d) => d.nodeId === 'node-a').map((d) => d.delta);
    const entry = decodeJournalEntry(encodeJournalEntry(5, deltas));
    expect(entry.seq).toBe(5);
    expect(entry.steps).toHaveLength(deltas.length);
    for (const step of entry.steps) s.apply(step);
    expect(s.tip).toBe(f.a.chain.tip.hash);
    expect(s.coins.toSortedArray()).toEqual(f.a.chain.utxos.toSortedArray());
    expect([...s.index.keys()].sort()).toEqual([...f.a.chain.tree.all()].map((e) => e.hash).sort());
    expect([...s.pool.keys()]).toEqual(f.a.chain.mempool.entries().map((e) => e.txid));
  });

  it("a transaction that leaves and comes back in one step keeps its place only if it was in the pool ('refresh')", () => {
    const e = f.deltas.find((d) => d.delta.mempoolAdded.length > 0)!.delta.mempoolAdded[0]!;
    const delta = { ...f.deltas[0]!.delta, blocksAdded: [], connected: [], utxoAdded: [], utxoRemoved: [], mempoolAdded: [e], mempoolRemoved: [{ txid: e.txid, reason: 'conflict' as const }] };
    const [step] = decodeJournalEntry(encodeJournalEntry(1, [delta])).steps;
    expect(step!.poolAdded.map((p) => [p.txid, p.kind])).toEqual([[e.txid, 'refresh']]);
    const absent = new NodeChainstate('n', delta.tip);
    absent.apply(step!);
    expect(absent.pool.size).toBe(0);
    const present = new NodeChainstate('n', delta.tip);
    present.pool.set(e.txid, { txid: e.txid, bytes: Uint8Array.of(0), time: 1 });
    present.pool.set('ff'.repeat(32), { txid: 'ff'.repeat(32), bytes: Uint8Array.of(0), time: 2 });
    present.apply(step!);
    expect([...present.pool.values()].map((p) => [p.txid, p.time])).toEqual([
      ['ff'.repeat(32), 2],
      [e.txid, e.time],
    ]);
  });

  it('refuses damaged entries', () => {
    const bytes = encodeJournalEntry(3, [f.deltas[1]!.delta]);
    expect(() => decodeJournalEntry(bytes.slice(0, bytes.length - 2))).toThrow(DecodeError);
    expect(() => decodeJournalEntry([...bytes])).toThrow(/not a byte array/);
    expect(() => decodeJournalEntry(Uint8Array.of(7))).toThrow(/unknown journal entry format 7/);
  });
});

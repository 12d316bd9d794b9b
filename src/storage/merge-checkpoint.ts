/**
 * Compaction by merging bytes: a node's new checkpoint made from its old one
 * and the journal steps since, without decoding the old checkpoint's coins
 * and index entries into objects and encoding them again.
 *
 * Between two compactions a journal touches a small share of a large UTXO
 * set, so the old streams are scanned (varints only, no strings), the records
 * the journal touched are found by a numeric probe of their key's first bytes
 * (confirmed on the full key), and every untouched run is copied as it is.
 * The old address tables stay as they are, with new addresses appended, so the
 * copied records' address indexes still hold.
 *
 * The result decodes to exactly the state, in exactly the order, that
 * decoding the old checkpoint and applying the steps (NodeChainstate.apply)
 * gives: coins and index entries keep their place unless a step removed or
 * re-stored them, and come after the old ones in the order the steps put them.
 * Returns null when the address tables hold many addresses no record uses any
 * more (or the same address twice): the caller then rewrites the checkpoint
 * whole, which builds the tables afresh.
 */
import { DecodeError, type Coin } from '../core/index';
import { BinReader, BinWriter } from './byte-codec';
import { checkpointRecords, join, type CheckpointHead } from './checkpoint-codec';
import { AddressTable, writeCoin, writeIndexEntry, writePoolEntry } from './entry-codec';
import { readAddressTable, readPoolEntry } from './entry-decode';
import type { IndexEntry, JournalStep, PoolEntry } from './chainstate';

const TAG_BYTES = 200;
const ORPHAN = 1;
/** A table may hold this many more entries than the addresses in use before it is rebuilt. */
const SLACK = 16;

// A number from a hash's first bytes (uniformly random) and a vout: where to look a key up.
// Kept to 30 bits so that it stays a small integer in the engine (no allocation per record).
function probeOfBytes(buf: Uint8Array, at: number, vout: number): number {
  return (((buf[at]! << 22) | (buf[at + 1]! << 14) | (buf[at + 2]! << 6) | (buf[at + 3]! >> 2)) ^ Math.imul(vout, 0x9e3779b1)) & 0x3fffffff;
}

const firstBytes = new Uint8Array(4);

function probeOfKey(hex: string, vout: number): number {
  for (let i = 0; i < 4; i++) firstBytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return probeOfBytes(firstBytes, 0, vout);
}

/** Keys (block hashes or "txid:vout") looked up by probe, so a record's full key is built only on a probe hit. */
class Probe {
  private readonly byProbe = new Map<number, string[]>();

  constructor(keys: Iterable<string>, outpoints: boolean) {
    for (const key of keys) {
      const p = probeOfKey(key, outpoints ? Number(key.slice(65)) : 0);
      const list = this.byProbe.get(p);
      if (list) list.push(key);
      else this.byProbe.set(p, [key]);
    }
  }

  mayHold(probe: number): boolean {
    return this.byProbe.has(probe);
  }
}

interface Span {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** An old table's addresses, ready to take new ones after them; null if it repeats one. */
function tableFrom(addresses: readonly string[]): AddressTable | null {
  const table = new AddressTable();
  for (const a of addresses) table.add(a);
  return table.indexes.size === addresses.length ? table : null;
}

function tooLoose(table: AddressTable, used: Uint8Array, added: number): boolean {
  let live = added;
  for (const u of used) live += u;
  return table.indexes.size > 2 * live + SLACK;
}

/** Copies `stream[from, to)` skipping the spans (in order), writing `inPlace(span)` where a span is kept. */
function copyAround(out: BinWriter, stream: Uint8Array, from: number, to: number, spans: readonly Span[], inPlace: (s: Span) => boolean): number {
  let at = from;
  let kept = 0;
  for (const s of spans) {
    out.bytes(stream.subarray(at, s.start));
    if (inPlace(s)) kept++;
    at = s.end;
  }
  out.bytes(stream.subarray(at, to));
  return kept;
}

function mergeIndex(stream: Uint8Array, steps: readonly JournalStep[]): Uint8Array | null {
  // The steps' net effect, as NodeChainstate.apply has it: a re-stored entry moves to the end.
  const final = new Map<string, IndexEntry>();
  for (const step of steps) {
    for (const e of step.indexAdded) {
      final.delete(e.hash);
      final.set(e.hash, e);
    }
    for (const h of step.indexRemoved) final.delete(h);
  }
  const touchedKeys = new Set<string>();
  for (const step of steps) {
    for (const e of step.indexAdded) touchedKeys.add(e.hash);
    for (const h of step.indexRemoved) touchedKeys.add(h);
  }
  const probe = new Probe(touchedKeys, false);

  const r = new BinReader(stream);
  const oldMiners = readAddressTable(r);
  const miners = tableFrom(oldMiners);
  if (!miners) return null;
  const used = new Uint8Array(oldMiners.length);
  const count = r.count('index entry count');
  const first = r.position;
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    const start = r.position;
    r.skip(32 + 80, 'index entry');
    r.varint('txCount');
    const flags = r.u8('flags');
    if ((flags & ~ORPHAN) !== 0) throw new DecodeError(`unknown index entry flags ${flags}`);
    const miner = r.varint('miner address index');
    if (miner >= oldMiners.length) throw new DecodeError(`address index ${miner} is outside the table of ${oldMiners.length}`);
    used[miner] = 1;
    r.varBytes('coinbase tag', TAG_BYTES);
    if (probe.mayHold(probeOfBytes(stream, start, 0))) {
      const key = new BinReader(stream.subarray(start, start + 32)).hash();
      if (touchedKeys.has(key)) spans.push({ key, start, end: r.position });
    }
  }
  r.end('block index');
  const before = miners.indexes.size;
  for (const e of final.values()) miners.add(e.minedBy.address);
  if (tooLoose(miners, used, miners.indexes.size - before)) return null;

  const out = new BinWriter(stream.length + final.size * 160 + 64);
  miners.write(out);
  // Every touched old entry was removed or moved to the end.
  out.varint(count - spans.length + final.size);
  copyAround(out, stream, first, stream.length, spans, () => false);
  for (const e of final.values()) writeIndexEntry(out, e, miners.indexes);
  return out.finish();
}

function mergeCoins(stream: Uint8Array, steps: readonly JournalStep[]): Uint8Array | null {
  const touchedKeys = new Set<string>();
  for (const step of steps) {
    for (const k of step.coinsRemoved) touchedKeys.add(k);
    for (const [k] of step.coinsAdded) touchedKeys.add(k);
  }
  const probe = new Probe(touchedKeys, true);

  const r = new BinReader(stream);
  const oldAddresses = readAddressTable(r);
  const table = tableFrom(oldAddresses);
  if (!table) return null;
  const used = new Uint8Array(oldAddresses.length);
  const count = r.count('coin count');
  const first = r.position;
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    const start = r.position;
    r.skip(32, 'outpoint txid');
    const vout = r.varint('vout');
    r.varint('amount');
    r.varint('coin code');
    const address = r.varint('address index');
    if (address >= oldAddresses.length) throw new DecodeError(`address index ${address} is outside the table of ${oldAddresses.length}`);
    used[address] = 1;
    if (probe.mayHold(probeOfBytes(stream, start, vout))) {
      const key = new BinReader(stream.subarray(start, r.position)).outpoint();
      if (touchedKeys.has(key)) spans.push({ key, start, end: r.position });
    }
  }
  const last = r.position;

  // The steps replayed on the touched keys alone, with Map order as UtxoSet keeps it: a coin
  // added over one that is there keeps its place, one added while absent goes to the end.
  const state = new Map<string, Coin | null>(spans.map((s) => [s.key, null])); // null: the old coin, unchanged
  const leftItsPlace = new Set<string>();
  for (const step of steps) {
    for (const k of step.coinsRemoved) {
      if (state.delete(k)) leftItsPlace.add(k);
    }
    for (const [k, coin] of step.coinsAdded) {
      if (!state.has(k)) leftItsPlace.add(k);
      state.set(k, coin);
    }
  }
  const oldKeys = new Set(spans.map((s) => s.key));
  const appended = [...state].filter(([k]) => leftItsPlace.has(k) || !oldKeys.has(k)) as [string, Coin][];
  const before = table.indexes.size;
  for (const coin of state.values()) if (coin) table.add(coin.address);
  if (tooLoose(table, used, table.indexes.size - before)) return null;

  const coins = new BinWriter(last - first + appended.length * 48 + 64);
  const kept = copyAround(coins, stream, first, last, spans, (s) => {
    if (leftItsPlace.has(s.key) || !state.has(s.key)) return false;
    const coin = state.get(s.key);
    if (coin) writeCoin(coins, s.key, coin, table.indexes);
    else coins.bytes(stream.subarray(s.start, s.end));
    return true;
  });
  for (const [k, coin] of appended) writeCoin(coins, k, coin, table.indexes);

  // The pool is small: decoded and replayed as NodeChainstate.apply does.
  const pool = new Map<string, PoolEntry>();
  const poolCount = r.count('pool count');
  for (let i = 0; i < poolCount; i++) {
    const e = readPoolEntry(r);
    pool.set(e.txid, e);
  }
  r.end('coin stream');
  for (const step of steps) {
    for (const txid of step.poolRemoved) pool.delete(txid);
    for (const e of step.poolAdded) {
      if (e.kind === 'refresh' && !pool.has(e.txid)) continue;
      pool.delete(e.txid);
      pool.set(e.txid, { txid: e.txid, bytes: e.bytes, time: e.time });
    }
  }

  const out = new BinWriter(coins.length + table.indexes.size * 40 + 1024);
  table.write(out);
  out.varint(count - spans.length + kept + appended.length);
  out.bytes(coins.finish());
  out.varint(pool.size);
  for (const e of pool.values()) writePoolEntry(out, e);
  return out.finish();
}

/**
 * The checkpoint records (head first) of `parts` (the old checkpoint's parts,
 * in key order) with `steps` applied, folded through journal sequence
 * `through`; null if it should be rewritten whole instead. Throws a
 * DecodeError for parts that do not fit their head.
 */
export function mergeCheckpoint(head: CheckpointHead, parts: readonly unknown[], steps: readonly JournalStep[], through: number): Uint8Array[] | null {
  if (parts.length !== head.indexParts + head.coinParts) throw new DecodeError(`the checkpoint has ${parts.length} parts, its head says ${head.indexParts + head.coinParts}`);
  const index = mergeIndex(join(parts.slice(0, head.indexParts) as Uint8Array[], head.indexBytes, 'index'), steps);
  if (!index) return null;
  const coins = mergeCoins(join(parts.slice(head.indexParts) as Uint8Array[], head.coinBytes, 'coin'), steps);
  if (!coins) return null;
  const tip = steps.length > 0 ? steps[steps.length - 1]!.tip : head.tip;
  return checkpointRecords(tip, through, index, coins);
}

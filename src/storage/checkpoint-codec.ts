/**
 * A node's checkpoint (schema 3): its whole chainstate in a few large binary
 * records, so that loading it is a few bulk reads (`getAll` of one key range)
 * instead of one read per coin and block.
 *
 *   [nodeId, 0]            head: format, journal sequence folded in, tip, part counts and lengths
 *   [nodeId, 1 .. a]       the block index stream (miners' address table, entries), cut
 *                          into parts of at most PART_BYTES
 *   [nodeId, a+1 .. a+b]   the coin stream: address table, coins, then the pool
 *
 * The index comes first and apart so that garbage collection can read which
 * blocks a node holds without the coins.
 *
 * This file writes checkpoints and reads their head (every commit learns where
 * a node's journal stands from it); checkpoint-decode.ts reads the rest.
 */
import { DecodeError, type Coin } from '../core/index';
import { BinReader, BinWriter } from './byte-codec';
import type { IndexEntry, PoolEntry } from './chainstate';
import { AddressTable, writeCoin, writeIndexEntry, writePoolEntry } from './entry-codec';

const FORMAT = 1;
/** Part size: large enough for few reads, small enough that no single record copy is huge. */
export const PART_BYTES = 512 * 1024;

export interface CheckpointSource {
  readonly tip: string;
  readonly through: number;
  /** First-seen order, orphans flagged. */
  readonly index: Iterable<IndexEntry>;
  readonly coins: Iterable<readonly [string, Coin]>;
  /** Arrival order. */
  readonly pool: Iterable<PoolEntry>;
}

export interface CheckpointHead {
  readonly through: number;
  readonly tip: string;
  readonly indexParts: number;
  readonly coinParts: number;
  readonly indexBytes: number;
  readonly coinBytes: number;
}

function cut(bytes: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += PART_BYTES) parts.push(bytes.slice(at, at + PART_BYTES));
  return parts;
}

/** The parts of one stream joined, checked against the length the head gives. */
export function join(parts: readonly Uint8Array[], length: number, what: string): Uint8Array {
  let total = 0;
  for (const p of parts) {
    if (!(p instanceof Uint8Array)) throw new DecodeError(`a ${what} part is not a byte array`);
    total += p.length;
  }
  if (total !== length) throw new DecodeError(`the ${what} parts hold ${total} bytes, the head says ${length}`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The records of a checkpoint: the head first, then the parts, keyed 0, 1, 2, ... */
export function encodeCheckpoint(s: CheckpointSource): Uint8Array[] {
  const entries = [...s.index];
  const miners = new AddressTable();
  for (const e of entries) miners.add(e.minedBy.address);
  const index = new BinWriter(64 * 1024);
  miners.write(index);
  index.varint(entries.length);
  for (const e of entries) writeIndexEntry(index, e, miners.indexes);

  const table = new AddressTable();
  const coins = new BinWriter(64 * 1024);
  let coinCount = 0;
  for (const [key, coin] of s.coins) {
    table.add(coin.address);
    writeCoin(coins, key, coin, table.indexes);
    coinCount++;
  }
  const stream = new BinWriter(coins.length + table.indexes.size * 40 + 1024);
  table.write(stream);
  stream.varint(coinCount);
  stream.bytes(coins.finish());
  const pool = [...s.pool];
  stream.varint(pool.length);
  for (const e of pool) writePoolEntry(stream, e);

  return checkpointRecords(s.tip, s.through, index.finish(), stream.finish());
}

/** The head and parts of a checkpoint whose index and coin streams are encoded. */
export function checkpointRecords(tip: string, through: number, indexStream: Uint8Array, coinStream: Uint8Array): Uint8Array[] {
  const indexParts = cut(indexStream);
  const coinParts = cut(coinStream);
  const head = new BinWriter(64);
  head.u8(FORMAT);
  head.varint(through);
  head.hash(tip, 'tip');
  head.varint(indexParts.length);
  head.varint(coinParts.length);
  head.varint(indexParts.reduce((n, p) => n + p.length, 0));
  head.varint(coinParts.reduce((n, p) => n + p.length, 0));
  return [head.finish(), ...indexParts, ...coinParts];
}

export function decodeHead(bytes: unknown): CheckpointHead {
  if (!(bytes instanceof Uint8Array)) throw new DecodeError('the checkpoint head is not a byte array');
  const r = new BinReader(bytes);
  const format = r.u8('format');
  if (format !== FORMAT) throw new DecodeError(`unknown checkpoint format ${format}`);
  const head: CheckpointHead = {
    through: r.varint('through'),
    tip: r.hash('tip'),
    indexParts: r.count('index part count', 100_000),
    coinParts: r.count('coin part count', 100_000),
    indexBytes: r.varint('index bytes'),
    coinBytes: r.varint('coin bytes'),
  };
  r.end('checkpoint head');
  return head;
}

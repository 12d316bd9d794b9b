/**
 * Encodings of the pieces checkpoints and journal entries are made of: block
 * index entries, coins and pool entries. Coins name their address by its
 * index in the record's address table, and so do index entries their
 * miner's: a set has many coins and few addresses, and a block pays few.
 * This file writes them; entry-decode.ts reads them (only loads, compaction
 * and garbage collection do, which a first visit never runs).
 */
import type { Coin } from '../core/index';
import type { BinWriter } from './byte-codec';
import type { IndexEntry, PoolEntry } from './chainstate';

/** Index entry flag: the block is an orphan (entry-decode.ts reads it). */
export const ORPHAN = 1;

/** The longest coinbase tag stored, in bytes. */
export const TAG_BYTES = 200;
const utf8 = new TextEncoder();

/**
 * hash | header (version, prevHash, merkleRoot, time, bits, nonce: 80 bytes) | txCount | flags
 * | the coinbase payee's index in the record's address table | the coinbase tag (UTF-8).
 */
export function writeIndexEntry(w: BinWriter, e: IndexEntry, addresses: ReadonlyMap<string, number>): void {
  w.hash(e.hash, 'block hash');
  const h = e.header;
  w.i32(h.version);
  w.hash(h.prevHash, 'prevHash');
  w.hash(h.merkleRoot, 'merkleRoot');
  w.u32(h.time);
  w.u32(h.bits);
  w.u32(h.nonce);
  w.varint(e.txCount);
  w.u8(e.orphan ? ORPHAN : 0);
  w.varint(addressIndex(addresses, e.minedBy.address, e.hash));
  w.varBytes(utf8.encode(e.minedBy.tag));
}

function addressIndex(addresses: ReadonlyMap<string, number>, address: string, what: string): number {
  const i = addresses.get(address);
  if (i === undefined) throw new TypeError(`${what}: address ${String(address).slice(0, 80)} is not in the record's table`);
  return i;
}

function coinCode(coin: Coin): number {
  if (!Number.isSafeInteger(coin.height) || coin.height < 0) throw new TypeError(`coin height ${coin.height} is not a non-negative integer`);
  return coin.height * 2 + (coin.coinbase ? 1 : 0);
}

/** outpoint | amount | code (height * 2 + coinbase) | the address's index in the record's table. */
export function writeCoin(w: BinWriter, key: string, coin: Coin, addresses: ReadonlyMap<string, number>): void {
  w.outpoint(key);
  w.varint(coin.amount);
  w.varint(coinCode(coin));
  w.varint(addressIndex(addresses, coin.address, `coin ${key}`));
}

export function writePoolEntry(w: BinWriter, e: PoolEntry): void {
  w.hash(e.txid, 'txid');
  w.varBytes(e.bytes);
  w.varint(e.time);
}

/** A record's address table: each address once, in first-use order. */
export class AddressTable {
  readonly indexes = new Map<string, number>();
  add(address: string): void {
    if (!this.indexes.has(address)) this.indexes.set(address, this.indexes.size);
  }
  write(w: BinWriter): void {
    w.varint(this.indexes.size);
    for (const a of this.indexes.keys()) w.ascii(a, 'address');
  }
}

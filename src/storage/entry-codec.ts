/**
 * Encodings of the pieces checkpoints and journal entries are made of: block
 * index entries, coins and pool entries. Coins name their address by its
 * index in the record's address table, and so do index entries their
 * miner's: a set has many coins and few addresses, and a block pays few.
 */
import { DecodeError, type BlockHeader, type Coin } from '../core/index';
import type { BinReader, BinWriter } from './byte-codec';
import type { IndexEntry, PoolEntry } from './chainstate';

const ORPHAN = 1;

const TAG_BYTES = 200;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

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

function tableAddress(addresses: readonly string[], i: number): string {
  if (i >= addresses.length) throw new DecodeError(`address index ${i} is outside the table of ${addresses.length}`);
  return addresses[i]!;
}

export function readIndexEntry(r: BinReader, addresses: readonly string[]): IndexEntry {
  const hash = r.hash('block hash');
  const header: BlockHeader = {
    version: r.i32('version'),
    prevHash: r.hash('prevHash'),
    merkleRoot: r.hash('merkleRoot'),
    time: r.u32('time'),
    bits: r.u32('bits'),
    nonce: r.u32('nonce'),
  };
  const txCount = r.varint('txCount');
  const flags = r.u8('flags');
  if ((flags & ~ORPHAN) !== 0) throw new DecodeError(`unknown index entry flags ${flags}`);
  const address = tableAddress(addresses, r.varint('miner address index'));
  const tag = fromUtf8.decode(r.varBytes('coinbase tag', TAG_BYTES));
  return { hash, header, txCount, orphan: (flags & ORPHAN) !== 0, minedBy: { address, tag } };
}

/** Skips an index entry, returning only its hash (garbage collection reads nothing else). */
export function readIndexHash(r: BinReader): string {
  const hash = r.hash('block hash');
  r.skip(80, 'header');
  r.varint('txCount');
  r.u8('flags');
  r.varint('miner address index');
  r.varBytes('coinbase tag', TAG_BYTES);
  return hash;
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

export function readCoin(r: BinReader, addresses: readonly string[]): [string, Coin] {
  const key = r.outpoint();
  const amount = r.varint('amount');
  const code = r.varint('coin code');
  const address = tableAddress(addresses, r.varint('address index'));
  return [key, { amount, address, height: Math.floor(code / 2), coinbase: code % 2 === 1 }];
}

export function writePoolEntry(w: BinWriter, e: PoolEntry): void {
  w.hash(e.txid, 'txid');
  w.varBytes(e.bytes);
  w.varint(e.time);
}

export function readPoolEntry(r: BinReader): PoolEntry {
  const txid = r.hash('txid');
  const bytes = r.varBytes('transaction');
  const time = r.varint('time');
  return { txid, bytes, time };
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

export function readAddressTable(r: BinReader): string[] {
  return Array.from({ length: r.count('address count') }, () => r.ascii('address'));
}

/**
 * Reading the pieces entry-codec.ts writes: block index entries, coins, pool
 * entries and address tables. Apart from the writers because only a load,
 * compaction or garbage collection reads them, and a first visit runs none.
 */
import { DecodeError, type BlockHeader, type Coin } from '../core/index';
import type { BinReader } from './byte-codec';
import type { IndexEntry, PoolEntry } from './chainstate';
import { ORPHAN, TAG_BYTES } from './entry-codec';

const fromUtf8 = new TextDecoder();

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

export function readCoin(r: BinReader, addresses: readonly string[]): [string, Coin] {
  const key = r.outpoint();
  const amount = r.varint('amount');
  const code = r.varint('coin code');
  const address = tableAddress(addresses, r.varint('address index'));
  return [key, { amount, address, height: Math.floor(code / 2), coinbase: code % 2 === 1 }];
}

export function readPoolEntry(r: BinReader): PoolEntry {
  const txid = r.hash('txid');
  const bytes = r.varBytes('transaction');
  const time = r.varint('time');
  return { txid, bytes, time };
}

export function readAddressTable(r: BinReader): string[] {
  return Array.from({ length: r.count('address count') }, () => r.ascii('address'));
}

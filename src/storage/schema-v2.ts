/**
 * Schema 2 as the migrations meet it: its stores (schema.ts's version history
 * describes them), how to create them (1 -> 2 writes into them) and strict
 * parsers of its records (2 -> 3 reads them). Nothing else uses schema 2.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { type Coin } from '../core/index';
import { RecordError } from './records';

export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export const V2 = {
  meta: 'meta',
  blocks: 'blocks',
  nodes: 'nodes',
  nodeBlocks: 'nodeBlocks',
  utxos: 'utxos',
  undo: 'undo',
  mempool: 'mempool',
  wallets: 'wallets',
  quarantine: 'quarantine',
} as const;

const KEY_PATHS: Record<string, string | string[]> = {
  meta: 'key',
  blocks: 'hash',
  nodes: 'nodeId',
  nodeBlocks: ['nodeId', 'hash'],
  utxos: ['nodeId', 'outpoint'],
  undo: ['nodeId', 'hash'],
  mempool: ['nodeId', 'txid'],
  wallets: 'address',
  quarantine: 'id',
};

/** Creates every schema-2 store that does not exist yet. */
export function createV2Stores(db: IDBPDatabase): void {
  for (const name of Object.values(V2)) {
    if (db.objectStoreNames.contains(name)) continue;
    const s = db.createObjectStore(name, { keyPath: KEY_PATHS[name], autoIncrement: name === V2.quarantine });
    if (name === V2.quarantine) s.createIndex('byNode', 'nodeId');
    if (name === V2.nodeBlocks) s.createIndex('byHash', 'hash');
  }
}

export interface V2Node {
  readonly nodeId: string;
  readonly tip: string;
}

export interface V2IndexRecord {
  readonly hash: string;
  readonly seq: number;
  readonly orphan: boolean;
}

export interface V2PoolRecord {
  readonly txid: string;
  readonly bytes: Uint8Array;
  readonly seq: number;
  readonly time: number;
}

function fail(message: string): never {
  throw new RecordError(message);
}

function object(x: unknown, what: string): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`the ${what} record is not an object`);
  return x as Record<string, unknown>;
}

function int(x: unknown, field: string): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) fail(`${field} is not an integer >= 0`);
  return x;
}

const HASH_RE = /^[0-9a-f]{64}$/;
const OUTPOINT_RE = /^[0-9a-f]{64}:\d{1,10}$/;

function hash(x: unknown, field: string): string {
  if (typeof x !== 'string' || !HASH_RE.test(x)) fail(`${field} is not a 64-digit lower-case hex hash`);
  return x;
}

export function parseV2Node(rec: unknown): V2Node {
  const r = object(rec, 'node');
  if (typeof r.nodeId !== 'string' || r.nodeId === '') fail('nodeId is not a string');
  return { nodeId: r.nodeId, tip: hash(r.tip, 'tip') };
}

export function parseV2Index(rec: unknown): V2IndexRecord {
  const r = object(rec, 'block index');
  hash(r.prevHash, 'prevHash');
  if (typeof r.orphan !== 'boolean') fail('orphan is not a boolean');
  return { hash: hash(r.hash, 'hash'), seq: int(r.seq, 'seq'), orphan: r.orphan };
}

export function parseV2Coin(x: unknown, field = 'coin'): Coin {
  const r = object(x, field);
  if (typeof r.address !== 'string') fail(`${field}.address is not a string`);
  if (typeof r.coinbase !== 'boolean') fail(`${field}.coinbase is not a boolean`);
  return { amount: int(r.amount, `${field}.amount`), address: r.address, height: int(r.height, `${field}.height`), coinbase: r.coinbase };
}

export function parseV2Utxo(rec: unknown): [string, Coin] {
  const r = object(rec, 'coin');
  if (typeof r.outpoint !== 'string' || !OUTPOINT_RE.test(r.outpoint)) fail('outpoint is not "txid:vout"');
  return [r.outpoint, parseV2Coin(r)];
}

export function parseV2Undo(rec: unknown): { hash: string; spent: (readonly [string, Coin])[] } {
  const r = object(rec, 'undo');
  if (!Array.isArray(r.spent)) fail('spent is not an array');
  const spent = r.spent.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !OUTPOINT_RE.test(pair[0])) fail(`spent[${i}] is not [outpoint, coin]`);
    return [pair[0] as string, parseV2Coin(pair[1], `spent[${i}]`)] as const;
  });
  return { hash: hash(r.hash, 'hash'), spent };
}

export function parseV2Pool(rec: unknown): V2PoolRecord {
  const r = object(rec, 'pool');
  if (!(r.bytes instanceof Uint8Array)) fail('bytes is not a byte array');
  return { txid: hash(r.txid, 'txid'), bytes: r.bytes, seq: int(r.seq, 'seq'), time: int(r.time, 'time') };
}

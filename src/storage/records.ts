/**
 * Conversions between core objects and stored records, and strict parsing of
 * records read back: anything that does not have exactly the expected shape
 * throws a RecordError naming the field, so load can report it as damage
 * instead of restoring a half-valid node.
 */
import {
  blockHash,
  bytesToHex,
  parseBlock,
  parseTx,
  serializeBlock,
  serializeTx,
  txid as txidOf,
  walletFromPrivateKey,
  type Block,
  type BlockUndo,
  type Coin,
  type Transaction,
  type Wallet,
} from '../core/index';
import type { BlockRecord, MempoolRecord, NodeBlockRecord, NodeRecord, UndoRecord, UtxoRecord, WalletRecord } from './schema';

export class RecordError extends Error {
  override name = 'RecordError';
}

/** A stored block whose bytes hash to another hash than its key. */
export class BlockHashMismatchError extends RecordError {
  override name = 'BlockHashMismatchError';
}

function fail(message: string): never {
  throw new RecordError(message);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown, field: string): string {
  if (typeof x !== 'string') fail(`${field} is not a string`);
  return x;
}

function int(x: unknown, field: string, min = 0): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min) fail(`${field} is not an integer >= ${min}`);
  return x;
}

function bool(x: unknown, field: string): boolean {
  if (typeof x !== 'boolean') fail(`${field} is not a boolean`);
  return x;
}

function bytes(x: unknown, field: string): Uint8Array {
  if (!(x instanceof Uint8Array)) fail(`${field} is not a byte array`);
  return x;
}

const HASH_RE = /^[0-9a-f]{64}$/;

export function isHash(x: unknown): x is string {
  return typeof x === 'string' && HASH_RE.test(x);
}

function hash(x: unknown, field: string): string {
  if (!isHash(x)) fail(`${field} is not a 64-digit lower-case hex hash`);
  return x;
}

// ---- blocks ------------------------------------------------------------------------

export function blockRecord(block: Block, hashHex = blockHash(block.header)): BlockRecord {
  return { hash: hashHex, bytes: serializeBlock(block) };
}

/** Parses a stored block and checks it hashes to the key it is stored under. */
export function parseBlockRecord(rec: unknown, expectedHash: string): Block {
  if (!isObject(rec)) fail('the block record is not an object');
  const block = parseBlock(bytes(rec.bytes, 'bytes'));
  const actual = blockHash(block.header);
  if (actual !== expectedHash) throw new BlockHashMismatchError(`the stored bytes hash to ${actual}, not ${expectedHash}`);
  return block;
}

export function parseNodeRecord(rec: unknown): NodeRecord {
  if (!isObject(rec)) fail('the node record is not an object');
  return { nodeId: str(rec.nodeId, 'nodeId'), tip: hash(rec.tip, 'tip'), nextSeq: int(rec.nextSeq, 'nextSeq') };
}

export function parseNodeBlockRecord(rec: unknown): NodeBlockRecord {
  if (!isObject(rec)) fail('the block index record is not an object');
  return {
    nodeId: str(rec.nodeId, 'nodeId'),
    hash: hash(rec.hash, 'hash'),
    prevHash: hash(rec.prevHash, 'prevHash'),
    seq: int(rec.seq, 'seq'),
    orphan: bool(rec.orphan, 'orphan'),
  };
}

// ---- coins and undo ---------------------------------------------------------------

export function utxoRecord(nodeId: string, outpoint: string, coin: Coin): UtxoRecord {
  return { nodeId, outpoint, amount: coin.amount, address: coin.address, height: coin.height, coinbase: coin.coinbase };
}

const OUTPOINT_RE = /^[0-9a-f]{64}:\d{1,10}$/;

export function isOutpoint(x: unknown): x is string {
  return typeof x === 'string' && OUTPOINT_RE.test(x);
}

export function parseCoin(x: unknown, field = 'coin'): Coin {
  if (!isObject(x)) fail(`${field} is not an object`);
  return {
    amount: int(x.amount, `${field}.amount`),
    address: str(x.address, `${field}.address`),
    height: int(x.height, `${field}.height`),
    coinbase: bool(x.coinbase, `${field}.coinbase`),
  };
}

export function parseUtxoRecord(rec: unknown): [string, Coin] {
  if (!isObject(rec)) fail('the coin record is not an object');
  if (!isOutpoint(rec.outpoint)) fail('outpoint is not "txid:vout"');
  return [rec.outpoint, parseCoin(rec)];
}

export function undoRecord(nodeId: string, hashHex: string, undo: BlockUndo): UndoRecord {
  return { nodeId, hash: hashHex, spent: undo.spent.map(([k, c]) => [k, { amount: c.amount, address: c.address, height: c.height, coinbase: c.coinbase }] as const) };
}

export function parseUndoRecord(rec: unknown): BlockUndo {
  if (!isObject(rec)) fail('the undo record is not an object');
  if (!Array.isArray(rec.spent)) fail('spent is not an array');
  const spent = rec.spent.map((pair: unknown, i) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !isOutpoint(pair[0])) fail(`spent[${i}] is not [outpoint, coin]`);
    return [pair[0] as string, parseCoin(pair[1], `spent[${i}]`)] as const;
  });
  return { spent };
}

// ---- mempool ---------------------------------------------------------------------------

export function mempoolRecord(nodeId: string, tx: Transaction, seq: number, time: number): MempoolRecord {
  return { nodeId, txid: txidOf(tx), bytes: serializeTx(tx, true), seq, time };
}

export function parseMempoolRecord(rec: unknown): { tx: Transaction; txid: string; seq: number; time: number } {
  if (!isObject(rec)) fail('the pool record is not an object');
  const tx = parseTx(bytes(rec.bytes, 'bytes'));
  const id = txidOf(tx);
  if (id !== rec.txid) fail(`the stored bytes give txid ${id}, not ${String(rec.txid)}`);
  return { tx, txid: id, seq: int(rec.seq, 'seq'), time: int(rec.time, 'time') };
}

// ---- wallets ------------------------------------------------------------------------------

export function walletRecord(w: Wallet, order: number): WalletRecord {
  return {
    address: w.address,
    label: w.label,
    publicKey: w.publicKey,
    privateKey: w.privateKey,
    ...(w.seed !== undefined ? { seed: w.seed, seedIndex: w.seedIndex ?? 0 } : {}),
    order,
  };
}

/** A wallet from a record: the private key must give the stored public key and address. */
export function parseWallet(rec: unknown, addressVersion: number): Wallet {
  if (!isObject(rec)) fail('the wallet record is not an object');
  const privateKey = str(rec.privateKey, 'privateKey');
  const label = str(rec.label, 'label');
  let derived: Wallet;
  try {
    derived = walletFromPrivateKey(privateKey, { label, addressVersion });
  } catch (e) {
    fail(`privateKey: ${(e as Error).message}`);
  }
  if (derived.publicKey !== rec.publicKey) fail('publicKey does not belong to privateKey');
  if (derived.address !== rec.address) fail(`address ${String(rec.address)} does not belong to privateKey (expected ${derived.address})`);
  if (rec.seed !== undefined) {
    return { ...derived, seed: str(rec.seed, 'seed'), seedIndex: int(rec.seedIndex, 'seedIndex') };
  }
  return derived;
}

export function walletOrder(rec: unknown): number {
  return isObject(rec) && typeof rec.order === 'number' ? rec.order : Number.MAX_SAFE_INTEGER;
}

/** A short printable form of a record key for messages. */
export function keyText(key: unknown): string {
  if (Array.isArray(key)) return key.map(keyText).join(' / ');
  if (key instanceof Uint8Array) return bytesToHex(key);
  return String(key);
}

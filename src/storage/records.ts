/**
 * Conversions between core objects and the stored records that are not
 * binary (blocks are { hash, bytes }, wallets plain objects), and strict
 * parsing of them read back: anything that does not have exactly the expected
 * shape throws a RecordError naming the field, so load can report it as
 * damage instead of restoring a half-valid node.
 */
import { blockHash, bytesToHex, parseBlock, serializeBlock, walletFromPrivateKey, type Block, type Wallet } from '../core/index';
import type { BlockRecord, WalletRecord } from './schema';

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

function bytes(x: unknown, field: string): Uint8Array {
  if (!(x instanceof Uint8Array)) fail(`${field} is not a byte array`);
  return x;
}

const HASH_RE = /^[0-9a-f]{64}$/;

export function isHash(x: unknown): x is string {
  return typeof x === 'string' && HASH_RE.test(x);
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

/**
 * UTXO transactions: their shape, canonical encoding and identifiers.
 *
 * Encoding (all integers little-endian, counts as compact sizes):
 *   version u32 | nIn | inputs | nOut | outputs | lockTime u32 | witnesses
 *   input   = prevTxid 32 (internal order) | vout u32 | varBytes script | sequence u32
 *   output  = amount u64 | address version u8 | pubkey hash 20
 *   witness = per input: varBytes signature | varBytes publicKey
 * Like segwit (BIP 141/144), the txid is SHA-256d of the encoding WITHOUT the
 * witnesses, so no signature change can alter a txid (no malleability); the wtxid
 * covers everything and the coinbase commits to the block's wtxids.
 */
import { ByteReader, ByteWriter, bytesToHex, hashToHex, hexToBytes, hexToHash, DecodeError, type Bytes } from './bytes';
import { sha256d } from './hash';
import { addressFromPubKeyHash, base58checkDecode } from './address';
import { ValidationError } from './errors';

export const TX_VERSION = 1;
export const NULL_TXID = '0'.repeat(64);
export const COINBASE_VOUT = 0xffffffff;
export const SEQUENCE_FINAL = 0xffffffff;

export interface TxInput {
  /** Display-order hex of the transaction whose output is spent (zeros for a coinbase). */
  readonly prevTxid: string;
  /** Index of the spent output (0xffffffff for a coinbase). */
  readonly vout: number;
  /** Hex; empty for spends, the coinbase data (height, extra nonce, witness root) for a coinbase. */
  readonly script: string;
  readonly sequence: number;
  /** Hex of the 64-byte compact low-S ECDSA signature; empty for a coinbase. */
  readonly signature: string;
  /** Hex of the 33-byte compressed public key that owns the spent coin; empty for a coinbase. */
  readonly publicKey: string;
}

export interface TxOutput {
  /** Integer base units (1 coin = 100,000,000). */
  readonly amount: number;
  /** Base58Check P2PKH address the coins are locked to. */
  readonly address: string;
}

export interface Transaction {
  readonly version: number;
  readonly inputs: readonly TxInput[];
  readonly outputs: readonly TxOutput[];
  readonly lockTime: number;
}

export interface OutPoint {
  readonly txid: string;
  readonly vout: number;
}

/** "txid:vout", the key of a coin in the UTXO set and the mempool's spend index. */
export function outpointKey(txid: string, vout: number): string {
  return `${txid}:${vout}`;
}

export function isCoinbase(tx: Transaction): boolean {
  return tx.inputs.length === 1 && tx.inputs[0]!.prevTxid === NULL_TXID && tx.inputs[0]!.vout === COINBASE_VOUT;
}

function writeOutputLock(w: ByteWriter, address: string): void {
  let payload: Bytes;
  try {
    payload = base58checkDecode(address);
  } catch (e) {
    throw new ValidationError('bad-encoding', `output address "${address}": ${(e as Error).message}`);
  }
  if (payload.length !== 21) throw new ValidationError('bad-encoding', `output address "${address}" is not a 21-byte payload`);
  w.bytes(payload);
}

/** Canonical bytes; `withWitness: false` gives the form the txid hashes. */
export function serializeTx(tx: Transaction, withWitness = true): Bytes {
  const w = new ByteWriter(64 + tx.inputs.length * 150 + tx.outputs.length * 30);
  w.u32(tx.version);
  w.compactSize(tx.inputs.length);
  for (const input of tx.inputs) {
    w.bytes(hexToHash(input.prevTxid, 'prevTxid'));
    w.u32(input.vout);
    w.varBytes(hexToBytes(input.script, 'script'));
    w.u32(input.sequence);
  }
  w.compactSize(tx.outputs.length);
  for (const output of tx.outputs) {
    w.u64(output.amount);
    writeOutputLock(w, output.address);
  }
  w.u32(tx.lockTime);
  if (withWitness) {
    for (const input of tx.inputs) {
      w.varBytes(hexToBytes(input.signature, 'signature'));
      w.varBytes(hexToBytes(input.publicKey, 'publicKey'));
    }
  }
  return w.finish();
}

/** Reads one transaction (with witnesses) from a reader positioned at its start. */
export function readTx(r: ByteReader): Transaction {
  const version = r.u32('tx version');
  const nIn = r.compactSize('input count');
  if (nIn > 100_000) throw new DecodeError(`input count ${nIn} is implausible`);
  const partial: Omit<TxInput, 'signature' | 'publicKey'>[] = [];
  for (let i = 0; i < nIn; i++) {
    const prevTxid = hashToHex(r.bytes(32, 'prevTxid'));
    const vout = r.u32('vout');
    const script = bytesToHex(r.varBytes('script', 10_000));
    const sequence = r.u32('sequence');
    partial.push({ prevTxid, vout, script, sequence });
  }
  const nOut = r.compactSize('output count');
  if (nOut > 100_000) throw new DecodeError(`output count ${nOut} is implausible`);
  const outputs: TxOutput[] = [];
  for (let i = 0; i < nOut; i++) {
    const amount = r.u64('amount');
    const version = r.u8('address version');
    const hash = r.bytes(20, 'pubkey hash');
    outputs.push({ amount, address: addressFromPubKeyHash(hash, version) });
  }
  const lockTime = r.u32('lockTime');
  const inputs: TxInput[] = partial.map((p) => ({
    ...p,
    signature: bytesToHex(r.varBytes('signature', 1_000)),
    publicKey: bytesToHex(r.varBytes('publicKey', 1_000)),
  }));
  return { version, inputs, outputs, lockTime };
}

export function parseTx(bytes: Bytes): Transaction {
  try {
    const r = new ByteReader(bytes);
    const tx = readTx(r);
    r.end('transaction');
    return tx;
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('bad-encoding', (e as Error).message);
  }
}

// Transactions are immutable values, so their ids are computed once per object.
const txidCache = new WeakMap<Transaction, string>();
const wtxidCache = new WeakMap<Transaction, string>();
const sizeCache = new WeakMap<Transaction, number>();

/** Display-order hex of SHA-256d of the encoding without witnesses. */
export function txid(tx: Transaction): string {
  let id = txidCache.get(tx);
  if (id === undefined) {
    id = hashToHex(sha256d(serializeTx(tx, false)));
    txidCache.set(tx, id);
  }
  return id;
}

/** Display-order hex of SHA-256d of the full encoding (signatures included). */
export function wtxid(tx: Transaction): string {
  let id = wtxidCache.get(tx);
  if (id === undefined) {
    id = hashToHex(sha256d(serializeTx(tx, true)));
    wtxidCache.set(tx, id);
  }
  return id;
}

/** Size in bytes of the full encoding: what counts against the block size limit. */
export function txSize(tx: Transaction): number {
  let size = sizeCache.get(tx);
  if (size === undefined) {
    size = serializeTx(tx, true).length;
    sizeCache.set(tx, size);
  }
  return size;
}

export function totalOutput(tx: Transaction): number {
  let sum = 0;
  for (const o of tx.outputs) sum += o.amount;
  return sum;
}

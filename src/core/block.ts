/**
 * A block: the 80-byte header and its transactions, the first one a coinbase.
 * Encoding = header | compact size tx count | transactions (with witnesses),
 * as Bitcoin's block serialization.
 */
import { ByteReader, ByteWriter, hexToBytes, bytesToHex, type Bytes } from './bytes';
import { readHeader, serializeHeader, blockHash, type BlockHeader } from './header';
import { readTx, serializeTx, txid, wtxid, type Transaction } from './transaction';
import { computeMerkleRoot } from './merkle';
import { hexToHash, hashToHex } from './bytes';
import { ValidationError } from './errors';

export interface Block {
  readonly header: BlockHeader;
  readonly txs: readonly Transaction[];
}

// Blocks are immutable values (like transactions, whose ids are cached the same way): a block
// is encoded once, when validation first measures its size, and the node that stores it, the
// body shelf and every peer the same object reaches reuse those bytes. Held as long as the
// block object is, and never handed out: callers get a copy they may change.
const encodingCache = new WeakMap<Block, Bytes>();

function encodeBlock(block: Block): Bytes {
  let bytes = encodingCache.get(block);
  if (bytes === undefined) {
    const w = new ByteWriter(1024);
    w.bytes(serializeHeader(block.header));
    w.compactSize(block.txs.length);
    for (const tx of block.txs) w.bytes(serializeTx(tx, true));
    bytes = w.finish();
    encodingCache.set(block, bytes);
  }
  return bytes;
}

/** The canonical encoding (a fresh copy each call). */
export function serializeBlock(block: Block): Bytes {
  return encodeBlock(block).slice();
}

export function parseBlock(bytes: Bytes): Block {
  try {
    const r = new ByteReader(bytes);
    const header = readHeader(r);
    const n = r.compactSize('transaction count');
    if (n > 1_000_000) throw new Error(`transaction count ${n} is implausible`);
    const txs: Transaction[] = [];
    for (let i = 0; i < n; i++) txs.push(readTx(r));
    r.end('block');
    return { header, txs };
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    throw new ValidationError('bad-encoding', (e as Error).message);
  }
}

export function blockToHex(block: Block): string {
  return bytesToHex(serializeBlock(block));
}

export function blockFromHex(hex: string): Block {
  let bytes: Bytes;
  try {
    bytes = hexToBytes(hex, 'blockHex');
  } catch (e) {
    throw new ValidationError('bad-encoding', (e as Error).message);
  }
  return parseBlock(bytes);
}

/** Encoded size in bytes (what the block size limit counts). */
export function blockSize(block: Block): number {
  return encodeBlock(block).length;
}

export function hashOfBlock(block: Block): string {
  return blockHash(block.header);
}

/** The merkle root of the block's txids and whether the tree is mutated (CVE-2012-2459). */
export function blockMerkleRoot(txs: readonly Transaction[]): { root: string; mutated: boolean } {
  const { root, mutated } = computeMerkleRoot(txs.map((tx) => hexToHash(txid(tx))));
  return { root: hashToHex(root), mutated };
}

/**
 * BIP 141's witness root: the merkle root of the wtxids, the coinbase's taken as
 * zero (it cannot commit to itself). The coinbase carries it, so signatures are
 * committed to by the header through the coinbase's txid.
 */
export function witnessMerkleRoot(txs: readonly Transaction[]): string {
  const leaves = txs.map((tx, i) => (i === 0 ? new Uint8Array(32) : hexToHash(wtxid(tx))));
  return hashToHex(computeMerkleRoot(leaves).root);
}

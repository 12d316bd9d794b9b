/**
 * The block header in Bitcoin's exact 80-byte layout:
 *   version i32 | prevHash 32 | merkleRoot 32 | time u32 | bits u32 | nonce u32
 * little-endian, hashes in internal byte order. The block hash is SHA-256d of
 * these 80 bytes, shown byte-reversed (display order) as Bitcoin shows it.
 */
import { ByteReader, ByteWriter, hashToHex, hexToHash, type Bytes } from './bytes';
import { sha256d } from './hash';
import { ValidationError } from './errors';

export const HEADER_BYTES = 80;
/** Offsets inside the 80 bytes; the miner patches the nonce (and time) in place. */
export const TIME_OFFSET = 68;
export const BITS_OFFSET = 72;
export const NONCE_OFFSET = 76;

export interface BlockHeader {
  readonly version: number;
  /** Display-order hex of the parent block's hash (zeros for genesis). */
  readonly prevHash: string;
  /** Display-order hex of the merkle root of the block's txids. */
  readonly merkleRoot: string;
  /** Unix time in seconds. */
  readonly time: number;
  /** Compact target. */
  readonly bits: number;
  readonly nonce: number;
}

export function serializeHeader(h: BlockHeader): Bytes {
  const w = new ByteWriter(HEADER_BYTES);
  w.i32(h.version);
  w.bytes(hexToHash(h.prevHash, 'prevHash'));
  w.bytes(hexToHash(h.merkleRoot, 'merkleRoot'));
  w.u32(h.time);
  w.u32(h.bits);
  w.u32(h.nonce);
  return w.finish();
}

export function parseHeader(bytes: Bytes): BlockHeader {
  if (bytes.length !== HEADER_BYTES) {
    throw new ValidationError('bad-encoding', `a block header is exactly 80 bytes, got ${bytes.length}`);
  }
  return readHeader(new ByteReader(bytes));
}

export function readHeader(r: ByteReader): BlockHeader {
  return {
    version: r.i32('version'),
    prevHash: hashToHex(r.bytes(32, 'prevHash')),
    merkleRoot: hashToHex(r.bytes(32, 'merkleRoot')),
    time: r.u32('time'),
    bits: r.u32('bits'),
    nonce: r.u32('nonce'),
  };
}

/** SHA-256d of the 80 bytes, internal byte order. */
export function headerHashBytes(h: BlockHeader): Bytes {
  return sha256d(serializeHeader(h));
}

const hashCache = new WeakMap<BlockHeader, string>();

/** The block hash in display order (what explorers show). Cached per header object. */
export function blockHash(h: BlockHeader): string {
  let id = hashCache.get(h);
  if (id === undefined) {
    id = hashToHex(headerHashBytes(h));
    hashCache.set(h, id);
  }
  return id;
}

/**
 * Proof-of-work search as small pure functions (after bcoin's mining/mine.js):
 * `mineRange` scans a nonce range of an 80-byte header with @noble/hashes (the
 * reference the fast kernel is proven against); `mineTemplate` drives the fast
 * kernel (sha256d-kernel.ts) over the whole 32-bit space and rolls the coinbase
 * extra nonce when the space runs out. Workers wrap these; the main thread can
 * run them too.
 */
import { sha256d } from './hash';
import { serializeHeader, NONCE_OFFSET } from './header';
import { rollExtraNonce, type BlockTemplate } from './block-template';
import { createKernel } from './sha256d-kernel';
import { NONCE_SPACE, checkNonceRange, type RangeResult } from './nonce-range';
import type { Block } from './block';
import type { Bytes } from './bytes';

export { NONCE_SPACE, type RangeResult } from './nonce-range';

/** The target as 32 little-endian bytes, the order SHA-256d outputs a hash in. */
export function targetToLE(target: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let t = target;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  return out;
}

/** hash <= target, both little-endian 256-bit numbers: compare from the most significant byte. */
export function hashMeetsTarget(hash: Bytes, targetLE: Bytes): boolean {
  for (let i = 31; i >= 0; i--) {
    if (hash[i]! < targetLE[i]!) return true;
    if (hash[i]! > targetLE[i]!) return false;
  }
  return true;
}

/** Tries nonces from `from` (inclusive) to `to` (exclusive) on a copy of the header. */
export function mineRange(header: Bytes, target: bigint, from: number, to: number): RangeResult {
  if (header.length !== 80) throw new TypeError('header must be 80 bytes');
  checkNonceRange(from, to);
  const work = Uint8Array.from(header);
  const view = new DataView(work.buffer);
  const targetLE = targetToLE(target);
  for (let nonce = from; nonce < to; nonce++) {
    view.setUint32(NONCE_OFFSET, nonce, true);
    if (hashMeetsTarget(sha256d(work), targetLE)) return { nonce, hashes: nonce - from + 1 };
  }
  return { nonce: null, hashes: to - from };
}

export interface MineOptions {
  /** Size of the nonce space before the extra nonce rolls (2^32; smaller in tests). */
  readonly nonceSpace?: number;
  /** Give up after this many hashes (returns null). */
  readonly maxHashes?: number;
  /** Hashes per call to mineRange: the granularity of progress and cancellation. */
  readonly chunk?: number;
  readonly shouldStop?: () => boolean;
  readonly onProgress?: (hashes: number) => void;
}

export interface MinedBlock {
  readonly block: Block;
  readonly template: BlockTemplate;
  readonly hashes: number;
}

/** Searches until a block is found; rolls the extra nonce each time the nonce space is exhausted. */
export function mineTemplate(start: BlockTemplate, o: MineOptions = {}): MinedBlock | null {
  const space = o.nonceSpace ?? NONCE_SPACE;
  const chunk = o.chunk ?? 65_536;
  let template = start;
  let hashes = 0;
  for (;;) {
    const kernel = createKernel(serializeHeader(template.block.header), template.target);
    for (let from = 0; from < space; from += chunk) {
      if (o.shouldStop?.() || (o.maxHashes !== undefined && hashes >= o.maxHashes)) return null;
      const r = kernel.scan(from, Math.min(space, from + chunk));
      hashes += r.hashes;
      o.onProgress?.(hashes);
      if (r.nonce !== null) {
        const block = { header: { ...template.block.header, nonce: r.nonce }, txs: template.block.txs };
        return { block, template, hashes };
      }
    }
    template = rollExtraNonce(template);
  }
}

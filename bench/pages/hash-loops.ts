/**
 * The proof-of-work loops the mining benchmark compares, each written as a
 * scanner: "the first nonce in [from, to) whose SHA-256d meets the target",
 * so that the very loop that is timed (with a target no hash meets) is also
 * the one checked against the reference (with an easy target) before timing.
 * They run inside a worker (mining-variants.worker.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import CryptoJS from 'crypto-js/core';
import SHA256 from 'crypto-js/sha256';
import { createKernel } from '../../src/core/sha256d-kernel';
import { instantiateSimdKernels } from '../../src/core/sha256d-simd';
import kernelWasm from '../../src/core/assembly/sha256d-simd.ts?wasm';

export type Variant = 'naive' | 'noble-midstate' | 'crypto-js-header' | 'js-kernel' | 'wasm-simd' | 'savjee-demo';
export const VARIANTS: readonly Variant[] = ['naive', 'noble-midstate', 'crypto-js-header', 'js-kernel', 'wasm-simd', 'savjee-demo'];
/** The loops that hash the 80-byte header, so must agree nonce for nonce with the reference. */
export const HEADER_VARIANTS: readonly Variant[] = ['naive', 'noble-midstate', 'crypto-js-header', 'js-kernel', 'wasm-simd'];

/** Returns the first winning nonce in [from, to), or null. */
export type Scanner = (from: number, to: number) => number | null;

const simd = instantiateSimdKernels(kernelWasm);

/** The block hash's top 32 bits from a SHA-256 digest given as big-endian words: digest word 7 byte-swapped. */
function topWord(word7: number): number {
  return (((word7 & 0xff) << 24) | ((word7 & 0xff00) << 8) | ((word7 >>> 8) & 0xff00) | (word7 >>> 24)) >>> 0;
}

/** hash <= target with the hash as 32 bytes in SHA-256 output order (a little-endian number). */
function bytesMeet(hash: Uint8Array, target: bigint): boolean {
  let value = 0n;
  for (let i = 31; i >= 0; i--) value = (value << 8n) | BigInt(hash[i]!);
  return value <= target;
}

/** hash <= target for digest words (big-endian): the top word decides unless it ties the target's. */
function wordsMeet(words: ArrayLike<number>, target: bigint, targetTop: number): boolean {
  const top = topWord(words[7]!);
  if (top !== targetTop) return top < targetTop;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 8; i++) new DataView(bytes.buffer).setUint32(4 * i, words[i]! >>> 0, false);
  return bytesMeet(bytes, target);
}

/** (a) What most code does: sha256(sha256(header)) from scratch per nonce, the whole hash compared. */
function naive(header: Uint8Array, target: bigint): Scanner {
  const work = Uint8Array.from(header);
  const view = new DataView(work.buffer);
  return (from, to) => {
    for (let n = from; n < to; n++) {
      view.setUint32(76, n, true);
      if (bytesMeet(sha256(sha256(work)), target)) return n;
    }
    return null;
  };
}

/** (b) The strongest library baseline: noble with a midstate (first 64 bytes hashed once), hashers reused. */
function nobleMidstate(header: Uint8Array, target: bigint): Scanner {
  const work = Uint8Array.from(header);
  const view = new DataView(work.buffer);
  const mid = sha256.create().update(work.subarray(0, 64));
  const empty = sha256.create();
  let inner = mid.clone();
  let outer = empty.clone();
  const first = new Uint8Array(32);
  const second = new Uint8Array(32);
  const tail = work.subarray(64);
  const targetTop = Number(target >> 224n);
  return (from, to) => {
    for (let n = from; n < to; n++) {
      view.setUint32(76, n, true);
      inner = mid._cloneInto(inner);
      inner.update(tail).digestInto(first);
      outer = empty._cloneInto(outer);
      outer.update(first).digestInto(second);
      const top = ((second[31]! << 24) | (second[30]! << 16) | (second[29]! << 8) | second[28]!) >>> 0;
      if (top < targetTop || (top === targetTop && bytesMeet(second, target))) return n;
    }
    return null;
  };
}

/** (c) crypto-js, fairly: SHA-256d over the 80-byte header as a WordArray, the nonce word set in place. */
function cryptoJsHeader(header: Uint8Array, target: bigint): Scanner {
  const words: number[] = [];
  for (let i = 0; i < 80; i += 4) words.push(new DataView(header.buffer, header.byteOffset).getInt32(i, false));
  const message = CryptoJS.lib.WordArray.create(words, 80);
  const targetTop = Number(target >> 224n);
  return (from, to) => {
    for (let n = from; n < to; n++) {
      message.words[19] = topWord(n) | 0; // the little-endian nonce as a big-endian word
      const digest = SHA256(SHA256(message));
      if (wordsMeet(digest.words, target, targetTop)) return n;
    }
    return null;
  };
}

/** (d) The project's JavaScript kernel (src/core/sha256d-kernel.ts), its scan as the pool runs it. */
function jsKernel(header: Uint8Array, target: bigint): Scanner {
  const k = createKernel(header, target);
  return (from, to) => k.scan(from, to).nonce;
}

/** (e) The project's WebAssembly SIMD kernel (src/core/sha256d-simd.ts), its scan as the pool runs it. */
function wasmSimd(header: Uint8Array, target: bigint): Scanner {
  const k = simd.createKernel(header, target);
  return (from, to) => k.scan(from, to).nonce;
}

/**
 * (f) The best-known browser demo (SavjeeCoin / Simply Explained), for what it
 * is: ONE SHA-256 of a string (index + previous hash + timestamp +
 * JSON.stringify(data) + nonce) in hex, with leading zero characters as the
 * difficulty. It hashes no block header, so it only competes on speed; the
 * target here is the number of leading zero hex digits a 256-bit target has.
 */
function savjeeDemo(_header: Uint8Array, target: bigint): Scanner {
  const block = { index: 1, previousHash: '0000c0ffee'.padEnd(64, '7'), timestamp: '01/01/2017', data: { sender: 'alice', recipient: 'bob', amount: 4 } };
  const difficulty = target === 0n ? 64 : 64 - target.toString(16).length;
  const zeros = '0'.repeat(difficulty);
  return (from, to) => {
    for (let nonce = from; nonce < to; nonce++) {
      const hash = SHA256(block.index + block.previousHash + block.timestamp + JSON.stringify(block.data) + nonce).toString();
      if (hash.substring(0, difficulty) === zeros) return nonce;
    }
    return null;
  };
}

const FACTORIES: Record<Variant, (header: Uint8Array, target: bigint) => Scanner> = {
  naive,
  'noble-midstate': nobleMidstate,
  'crypto-js-header': cryptoJsHeader,
  'js-kernel': jsKernel,
  'wasm-simd': wasmSimd,
  'savjee-demo': savjeeDemo,
};

export function makeScanner(variant: Variant, header: Uint8Array, target: bigint): Scanner {
  return FACTORIES[variant](header, target);
}

/** A realistic header; with target 0 no loop ever finds a nonce, so every timed nonce is a full attempt. */
export function benchHeader(seed = 0): Uint8Array {
  const header = new Uint8Array(80);
  for (let i = 0; i < 80; i++) header[i] = (i * 131 + 7 + seed * 29) & 0xff;
  return header;
}

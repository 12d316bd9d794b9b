/**
 * The WebAssembly SIMD SHA-256d kernel (compiled from assembly/sha256d-simd.ts)
 * behind the same scan contract as the JavaScript kernel (sha256d-kernel.ts):
 * `scan(from, to)` returns the first nonce in [from, to) whose SHA-256d is at
 * or below the target, and how many hashes that took.
 *
 * The WebAssembly code hashes eight nonces at a time and stops each one at the
 * early reject: it reports a group as soon as a lane's top 32 bits are at or
 * below the target's. This file then walks that group's lanes in nonce order:
 * a top word strictly below the target's wins, an equal one is settled by the
 * full hash (core's SHA-256d), and the scan resumes after the group.
 *
 * Pure: the caller supplies the compiled module (its bytes come from the
 * build), so this runs in Node, workers and the page alike.
 */
import { checkNonceRange, type RangeResult } from './nonce-range';
import { sha256d } from './hash';
import { hashToBigInt } from './pow';
import { NONCE_OFFSET } from './header';

/** What scans a template's nonces: the JavaScript and the SIMD kernels both are one. */
export interface NonceScanner {
  scan(from: number, to: number): RangeResult;
}

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  header(): number;
  tops(): number;
  setJob(targetTop: number): void;
  scan(from: number, count: number): number;
}

/** Nonces per call into WebAssembly: keeps `count + 7` within 32 bits. */
const MAX_CALL = 1 << 30;
const GROUP = 8;
const TWO_256 = 1n << 256n;
const TOP_ALL = 0xffffffff;

export interface SimdKernels {
  /** A scanner for one header and target; several may exist, they share the module (and take turns). */
  createKernel(header80: Uint8Array, target: bigint): NonceScanner;
  /**
   * The eight top words (the block hash's most significant 32 bits) that the
   * scan computes for nonces from..from+7, read from the early-reject stage:
   * what the tests compare with a reference SHA-256d.
   */
  topWords(header80: Uint8Array, from: number): number[];
}

function checkHeader(header: Uint8Array): void {
  if (!(header instanceof Uint8Array)) throw new TypeError('header must be a Uint8Array');
  if (header.length !== 80) throw new TypeError(`header must be 80 bytes, got ${header.length}`);
}

function checkTarget(target: bigint): void {
  if (typeof target !== 'bigint') throw new TypeError('target must be a bigint');
  if (target < 0n || target >= TWO_256) throw new RangeError('target must lie within [0, 2^256)');
}

/** Exact hash <= target for one nonce: the tie of the top words is rare, the reference hash is fine. */
function meetsTarget(header: Uint8Array, nonce: number, target: bigint): boolean {
  const copy = Uint8Array.from(header);
  new DataView(copy.buffer).setUint32(NONCE_OFFSET, nonce, true);
  return hashToBigInt(sha256d(copy)) <= target;
}

/**
 * Instantiates the compiled kernel. Synchronous (the module is a few
 * kilobytes, and compiling it once per worker is cheap); pass a
 * WebAssembly.Module to share one compilation between instances.
 */
export function instantiateSimdKernels(wasm: Uint8Array | WebAssembly.Module): SimdKernels {
  const module = wasm instanceof WebAssembly.Module ? wasm : new WebAssembly.Module(wasm as Uint8Array<ArrayBuffer>);
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
  let activeHeader: Uint8Array | null = null;
  let activeTop = -1;

  /** Loads a header and target top word into the module unless they are already there. */
  function activate(header: Uint8Array, top: number): void {
    if (activeHeader === header && activeTop === top) return;
    new Uint8Array(exports.memory.buffer, exports.header(), 80).set(header);
    exports.setJob(top);
    activeHeader = header;
    activeTop = top;
  }

  function tops(): Uint32Array {
    return new Uint32Array(exports.memory.buffer, exports.tops(), GROUP);
  }

  function createKernel(header80: Uint8Array, target: bigint): NonceScanner {
    checkHeader(header80);
    checkTarget(target);
    const header = Uint8Array.from(header80);
    const top = Number(target >> 224n);
    return {
      scan(from, to) {
        checkNonceRange(from, to);
        activate(header, top);
        let start = from;
        while (start < to) {
          const count = Math.min(to - start, MAX_CALL);
          const offset = exports.scan(start, count) >>> 0;
          if (offset >= count) {
            start += count;
            continue;
          }
          const group = start + offset;
          const words = tops();
          for (let lane = 0; lane < GROUP && group + lane < to; lane++) {
            const nonce = group + lane;
            if (words[lane]! < top || (words[lane] === top && meetsTarget(header, nonce, target))) {
              return { nonce, hashes: nonce - from + 1 };
            }
          }
          start = group + GROUP;
        }
        return { nonce: null, hashes: to - from };
      },
    };
  }

  function topWords(header80: Uint8Array, from: number): number[] {
    checkHeader(header80);
    checkNonceRange(from, from);
    activate(Uint8Array.from(header80), TOP_ALL);
    if (exports.scan(from, GROUP) !== 0) throw new Error('the kernel did not report a group at the easiest target');
    return [...tops()];
  }

  return { createKernel, topWords };
}

/**
 * What a mining worker does, as a plain object: scan one chunk of nonces with
 * the SHA-256d kernel (src/core/sha256d-kernel.ts). miner.worker.ts exposes it
 * through Comlink; the main-thread fallback and the Node tests call it directly.
 */
import { createKernel, type Sha256dKernel } from '../core/sha256d-kernel';

export interface ScanResult {
  /** The first nonce in [from, to) whose SHA-256d meets the target, or null. */
  readonly nonce: number | null;
  /** Hashes computed (up to and including the winning nonce). */
  readonly hashes: number;
  /** Milliseconds spent hashing (without messaging): the worker's raw speed, used to size chunks. */
  readonly ms: number;
}

export interface MinerApi {
  /** Answers 'pong': proves the worker script loaded and runs. */
  ping(): 'pong';
  /** Scans [from, to) of this 80-byte header against the target. */
  scan(header: Uint8Array, target: bigint, from: number, to: number): ScanResult;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A miner that keeps the kernel of the last header it saw: consecutive chunks
 * of one template reuse its midstate, a new header or target builds a new one.
 */
export function createMinerApi(now: () => number = () => performance.now()): MinerApi {
  let header: Uint8Array | null = null;
  let target = -1n;
  let kernel: Sha256dKernel | null = null;
  return {
    ping: () => 'pong',
    scan(h, t, from, to) {
      if (kernel === null || t !== target || !sameBytes(h, header!)) {
        kernel = createKernel(h, t);
        header = Uint8Array.from(h);
        target = t;
      }
      const start = now();
      const r = kernel.scan(from, to);
      return { nonce: r.nonce, hashes: r.hashes, ms: now() - start };
    },
  };
}

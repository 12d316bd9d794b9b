/**
 * Benchmark worker: checks the timed proof-of-work loops (hash-loops.ts)
 * against core's reference miner, then times one loop alone in this worker,
 * after a warm-up, in windows of ~100 ms so that a loop left in V8's
 * interpreter or deoptimised mid-run shows up as slow or uneven windows.
 */
import * as Comlink from 'comlink';
import { HEADER_VARIANTS, benchHeader, makeScanner, type Variant } from './hash-loops';
import { mineRange } from '../../src/core/miner';
import { sha256d } from '../../src/core/hash';
import { hashToBigInt } from '../../src/core/pow';

export interface VariantResult {
  readonly variant: Variant;
  /** Hashes per second over the measured time (after warm-up). */
  readonly rate: number;
  /** Hashes per second in each ~100 ms window. */
  readonly windows: number[];
  readonly hashes: number;
  readonly ms: number;
}

function measure(variant: Variant, warmupMs: number, measureMs: number): VariantResult {
  // Target 0: no hash meets it, so the scan runs its whole range (the work of a real search).
  const scan = makeScanner(variant, benchHeader(), 0n);
  const batch = (start: number, count: number) => {
    if (scan(start, start + count) !== null) throw new Error(`${variant} reported a nonce at target 0`);
    return count;
  };
  let nonce = 0;
  let size = 64;
  // Warm-up: lets V8 optimise the loop (and tier up WebAssembly), and sizes a batch to about 5 ms.
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) {
    const t = performance.now();
    nonce += batch(nonce, size);
    if (performance.now() - t < 5) size *= 2;
  }
  const windows: number[] = [];
  let hashes = 0;
  const start = performance.now();
  let windowStart = start;
  let windowHashes = 0;
  for (;;) {
    if (nonce + size > 0xffff_ffff) nonce = 0;
    const done = batch(nonce, size);
    nonce += done;
    hashes += done;
    windowHashes += done;
    const now = performance.now();
    if (now - windowStart >= 100) {
      windows.push((windowHashes * 1000) / (now - windowStart));
      windowStart = now;
      windowHashes = 0;
    }
    if (now - start >= measureMs) return { variant, rate: (hashes * 1000) / (now - start), windows, hashes, ms: now - start };
  }
}

/**
 * The timed loops must find exactly the nonces the reference (noble, core's
 * mineRange) finds: several headers at 1 in 256, and a target equal to one
 * nonce's own hash (the top words tie). Returns the disagreements.
 */
function verify(): string[] {
  const problems: string[] = [];
  for (let seed = 1; seed <= 6; seed++) {
    const header = benchHeader(seed);
    const from = seed * 1000;
    const tied = Uint8Array.from(header);
    new DataView(tied.buffer).setUint32(76, from + 700, true);
    for (const target of [(1n << 256n) / 256n, hashToBigInt(sha256d(tied))]) {
      const expected = mineRange(header, target, from, from + 3000).nonce;
      for (const v of HEADER_VARIANTS) {
        const got = makeScanner(v, header, target)(from, from + 3000);
        if (got !== expected) problems.push(`${v}, header ${seed}, target ${target.toString(16)}: ${got} instead of ${expected}`);
      }
    }
  }
  return problems;
}

const api = { measure, verify };
export type VariantsApi = typeof api;
Comlink.expose(api);

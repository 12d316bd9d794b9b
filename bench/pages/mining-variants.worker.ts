/**
 * Benchmark worker: times one proof-of-work loop (hash-loops.ts) alone in a
 * worker, after a warm-up, in windows of ~100 ms so that a loop left in V8's
 * interpreter or deoptimised mid-run shows up as slow or uneven windows.
 */
import * as Comlink from 'comlink';
import { makeBatch, referenceHashes, type Variant } from './hash-loops';

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
  const batch = makeBatch(variant);
  let nonce = 0;
  let size = 256;
  // Warm-up: lets V8 optimise the loop, and sizes a batch to about 5 ms.
  const warmEnd = performance.now() + warmupMs;
  while (performance.now() < warmEnd) {
    const t = performance.now();
    nonce += batch(nonce, size);
    const dt = performance.now() - t;
    if (dt < 5) size *= 2;
  }
  const windows: number[] = [];
  let hashes = 0;
  const start = performance.now();
  let windowStart = start;
  let windowHashes = 0;
  for (;;) {
    const done = batch(nonce, size);
    nonce = (nonce + done) % 0x1_0000_0000;
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

const api = { measure, referenceHashes };
export type VariantsApi = typeof api;
Comlink.expose(api);

/**
 * Helpers for the Node tests of the mining pool: "workers" that run the kernel
 * in-process (asynchronously, one macrotask per chunk), a backend whose chunks
 * finish only when the test says so, and block templates at chosen targets.
 * Not used by the app.
 */
import { assembleBlock, type BlockTemplate } from '../core/block-template';
import { targetToBits } from '../core/pow';
import { createWallet } from '../core/wallet';
import { createMainThreadBackend } from './main-thread-backend';
import type { BackendFactory, MinerBackend } from './miner-backend';
import type { ScanResult } from './miner-api';
import type { MiningEngine } from './mining-engine';

/**
 * A lane that behaves like a worker but hashes in this process (the real
 * Worker exists only in browsers), with the CPU engine asked for: the
 * WebAssembly SIMD kernel runs in Node too. The GPU is not there: asking for
 * it fails as a browser without an adapter does.
 */
export async function inProcessWorker(engine: MiningEngine = 'js'): Promise<MinerBackend> {
  if (engine === 'webgpu') throw new Error('no WebGPU adapter in this process');
  const inner = await createMainThreadBackend(engine);
  return { kind: 'worker', status: inner.status, scan: inner.scan, measure: inner.measure, dropQueued: inner.dropQueued, dispose: inner.dispose };
}

export const inProcessWorkers: BackendFactory = (_index, engine) => inProcessWorker(engine);

export interface PendingScan {
  readonly header: Uint8Array;
  readonly from: number;
  readonly to: number;
  finish(result: Omit<ScanResult, 'ms'>): void;
}

/** A backend whose scans wait until the test finishes them: for late results and cancel timing. */
export function manualBackend(): MinerBackend & { readonly pending: PendingScan[]; readonly dropped: number[] } {
  const pending: PendingScan[] = [];
  const dropped: number[] = [];
  return {
    kind: 'worker',
    status: { engine: 'js', notice: null, device: null },
    pending,
    dropped,
    scan(header, _target, from, to) {
      return new Promise<ScanResult>((resolve) => {
        pending.push({ header, from, to, finish: (r) => resolve({ ...r, ms: 1 }) });
      });
    },
    measure: () => Promise.resolve(1e6),
    dropQueued: (ids) => dropped.push(...ids),
    dispose() {},
  };
}

const miner = createWallet({ label: 'miner', seed: 'workers-test', index: 0 }).address;

/** A template whose compact target is (about) 2^256 / oneIn: one hash in `oneIn` wins. */
export function templateOneIn(oneIn: number, o: { message?: string; prevHash?: string; height?: number } = {}): BlockTemplate {
  const target = (1n << 256n) / BigInt(oneIn);
  return assembleBlock({
    prevHash: o.prevHash ?? 'ab'.repeat(32),
    height: o.height ?? 7,
    bits: targetToBits(target),
    time: 1_700_000_000,
    txs: [],
    minerAddress: miner,
    subsidy: 1000,
    fees: 0,
    message: o.message,
  });
}

/** A target no hash will meet in a test's lifetime (compact bits 0x03000001: target 1). */
export function hopelessTemplate(o: { message?: string; prevHash?: string; height?: number } = {}): BlockTemplate {
  return assembleBlock({
    prevHash: o.prevHash ?? 'cd'.repeat(32),
    height: o.height ?? 7,
    bits: 0x03000001,
    time: 1_700_000_000,
    txs: [],
    minerAddress: miner,
    subsidy: 1000,
    fees: 0,
    message: o.message,
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds (polling), failing after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

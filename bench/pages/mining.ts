/**
 * Mining benchmark page: exposes `window.miningBench` for bench/mining.bench.ts.
 * Everything runs in this page's workers in headless Chromium: the four hash
 * loops one at a time, the real MiningPool (src/workers) with 1 and 2
 * workers, its cancel latency, and its main-thread fallback.
 */
import * as Comlink from 'comlink';
import { MiningPool } from '../../src/workers/mining-pool';
import { assembleBlock, type BlockTemplate } from '../../src/core/block-template';
import { VARIANTS, type Variant } from './hash-loops';
import type { VariantResult, VariantsApi } from './mining-variants.worker';

const ADDRESS = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT'; // any valid P2PKH address: the coinbase pays it

/** A template whose target (1) is never met, so the pool mines until told to stop. */
function endlessTemplate(message: string): BlockTemplate {
  return assembleBlock({
    prevHash: 'ab'.repeat(32),
    height: 1,
    bits: 0x03000001,
    time: 1_700_000_000,
    txs: [],
    minerAddress: ADDRESS,
    subsidy: 1000,
    fees: 0,
    message,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function variant(name: Variant, warmupMs: number, measureMs: number): Promise<VariantResult> {
  const worker = new Worker(new URL('./mining-variants.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<VariantsApi>(worker);
  try {
    return await api.measure(name, warmupMs, measureMs);
  } finally {
    worker.terminate();
  }
}

/** The three noble-based loops must compute the same SHA-256d before their speeds mean anything. */
async function agree(): Promise<boolean> {
  const worker = new Worker(new URL('./mining-variants.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<VariantsApi>(worker);
  try {
    for (const nonce of [0, 1, 123456, 0xffffffff]) {
      const h = await api.referenceHashes(nonce);
      if (h.naive !== h.midstate || h.naive !== h.kernel) return false;
    }
    return true;
  } finally {
    worker.terminate();
  }
}

interface LongTasks {
  count: number;
  maxMs: number;
}

/** Long tasks (> 50 ms) on this page while `run` runs (Long Tasks API). */
async function watchLongTasks<T>(run: () => Promise<T>): Promise<[T, LongTasks]> {
  const seen: LongTasks = { count: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      seen.count++;
      seen.maxMs = Math.max(seen.maxMs, e.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    return [await run(), seen];
  } finally {
    observer.disconnect();
  }
}

export interface PoolRate {
  readonly workers: number;
  readonly mode: string;
  /** Hashes per second counted by the pool over the window. */
  readonly rate: number;
  /** The pool's own smoothed per-worker rates at the end. */
  readonly perWorker: number[];
  readonly longTasks: LongTasks;
}

/** The real pool with `workers` workers: hashes counted over `measureMs` after `warmupMs`. */
async function poolRate(workers: number, warmupMs: number, measureMs: number, mainThread = false): Promise<PoolRate> {
  const pool = new MiningPool({
    workers,
    ...(mainThread
      ? {
          backendFactory: () => {
            throw new Error('workers disabled for this measurement');
          },
        }
      : {}),
  });
  try {
    await pool.ready;
    void pool.mine(endlessTemplate(`rate ${workers}`));
    await sleep(warmupMs);
    const [rate, longTasks] = await watchLongTasks(async () => {
      const h0 = pool.stats.hashes;
      const t0 = performance.now();
      await sleep(measureMs);
      return ((pool.stats.hashes - h0) * 1000) / (performance.now() - t0);
    });
    const stats = pool.stats;
    await pool.cancel();
    return { workers: stats.workers, mode: stats.mode, rate, perWorker: stats.perWorker.map((w) => w.hashRate), longTasks };
  } finally {
    pool.dispose();
  }
}

export interface CancelResult {
  /** cancel(): request to all workers idle, as the pool measured it. */
  readonly cancelMs: number[];
  /** mine(new template) while mining: request to no worker left on the old template. */
  readonly restartMs: number[];
}

/** `count` cancels and `count` restarts of a pool mining on `workers` workers, at random moments. */
async function cancelLatency(workers: number, count: number): Promise<CancelResult> {
  const pool = new MiningPool({ workers });
  const cancelMs: number[] = [];
  const restartMs: number[] = [];
  try {
    await pool.ready;
    void pool.mine(endlessTemplate('warm-up'));
    await sleep(500);
    for (let i = 0; i < count; i++) {
      void pool.mine(endlessTemplate(`cancel ${i}`));
      await sleep(100 + Math.random() * 150);
      const t0 = performance.now();
      const report = await pool.cancel();
      const outside = performance.now() - t0;
      if (pool.stats.perWorker.some((w) => w.busy)) throw new Error('a worker is still busy after cancel()');
      cancelMs.push(Math.max(report.latencyMs, outside));
    }
    for (let i = 0; i < count; i++) {
      void pool.mine(endlessTemplate(`restart ${i}`));
      await sleep(100 + Math.random() * 150);
      const before = pool.stats.lastCancelLatencyMs;
      void pool.mine(endlessTemplate(`restart ${i} new tip`));
      while (pool.stats.lastCancelLatencyMs === before) await sleep(1);
      restartMs.push(pool.stats.lastCancelLatencyMs!);
    }
    await pool.cancel();
    return { cancelMs, restartMs };
  } finally {
    pool.dispose();
  }
}

const miningBench = { variants: VARIANTS, variant, agree, poolRate, cancelLatency, cores: navigator.hardwareConcurrency };
export type MiningBench = typeof miningBench;
Object.assign(window, { miningBench, benchReady: true });

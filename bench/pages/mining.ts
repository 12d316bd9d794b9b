/**
 * Mining benchmark page: exposes `window.miningBench` for bench/mining.bench.ts.
 * Everything runs in this page's workers in headless Chromium: the hash loops
 * one at a time (after checking them against the reference), the real
 * MiningPool (src/workers) on each engine with 1 and 2 workers, its cancel
 * and restart latency, the GPU where an adapter exists, and the main-thread
 * fallback.
 */
import * as Comlink from 'comlink';
import { MiningPool } from '../../src/workers/mining-pool';
import type { MiningEngine } from '../../src/workers/mining-engine';
import { assembleBlock, type BlockTemplate } from '../../src/core/block-template';
import { VARIANTS, type Variant } from './hash-loops';
import type { VariantResult, VariantsApi } from './mining-variants.worker';

const ADDRESS = '1BoatSLRHtKNngkdXEeobR76b53LETtpyT'; // any valid P2PKH address: the coinbase pays it

/** A template whose target (1) is never met, so the pool mines until told to stop. */
function endlessTemplate(message: string): BlockTemplate {
  return assembleBlock({ prevHash: 'ab'.repeat(32), height: 1, bits: 0x03000001, time: 1_700_000_000, txs: [], minerAddress: ADDRESS, subsidy: 1000, fees: 0, message });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withVariantsWorker<T>(run: (api: Comlink.Remote<VariantsApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('./mining-variants.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<VariantsApi>(worker);
  try {
    return await run(api);
  } finally {
    worker.terminate();
  }
}

/** One loop timed alone in a fresh worker. */
function variant(name: Variant, warmupMs: number, measureMs: number): Promise<VariantResult> {
  return withVariantsWorker((api) => api.measure(name, warmupMs, measureMs));
}

/** The disagreements of the timed loops with the reference; the speeds mean nothing unless empty. */
function verify(): Promise<string[]> {
  return withVariantsWorker((api) => api.verify());
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
  readonly engine: MiningEngine | null;
  readonly device: string | null;
  readonly workers: number;
  readonly mode: string;
  readonly notice: string | null;
  /** Hashes per second counted by the pool over the window. */
  readonly rate: number;
  /** The pool's own smoothed per-worker rates at the end. */
  readonly perWorker: number[];
  readonly longTasks: LongTasks;
}

/** The real pool on `engine` with `workers` workers: hashes counted over `measureMs` after `warmupMs`. */
async function poolRate(engine: MiningEngine, workers: number, warmupMs: number, measureMs: number, mainThread = false): Promise<PoolRate> {
  const pool = new MiningPool({
    engine,
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
    void pool.mine(endlessTemplate(`rate ${engine} ${workers}`));
    await sleep(warmupMs);
    const [rate, longTasks] = await watchLongTasks(async () => {
      const h0 = pool.stats.hashes;
      const t0 = performance.now();
      await sleep(measureMs);
      return ((pool.stats.hashes - h0) * 1000) / (performance.now() - t0);
    });
    const s = pool.stats;
    await pool.cancel();
    return { engine: s.engine, device: s.device, workers: s.workers, mode: s.mode, notice: s.notice, rate, perWorker: s.perWorker.map((w) => w.hashRate), longTasks };
  } finally {
    pool.dispose();
  }
}

export interface CancelResult {
  readonly engine: MiningEngine | null;
  /** cancel(): request to all workers idle, as the pool measured it (or as seen from here, if longer). */
  readonly cancelMs: number[];
  /** mine(new template) while mining: request to no worker left on the old template. */
  readonly restartMs: number[];
  readonly longTasks: LongTasks;
}

/** `count` cancels and `count` restarts of a pool mining on `engine` with `workers` workers, at random moments. */
async function cancelLatency(engine: MiningEngine, workers: number, count: number): Promise<CancelResult> {
  const pool = new MiningPool({ engine, workers });
  const cancelMs: number[] = [];
  const restartMs: number[] = [];
  try {
    await pool.ready;
    const [, longTasks] = await watchLongTasks(async () => {
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
      // A restart as mine() does it: the new template's job first, then the old one removed.
      let current = pool.addJob(endlessTemplate('restart'));
      for (let i = 0; i < count; i++) {
        await sleep(100 + Math.random() * 150);
        const next = pool.addJob(endlessTemplate(`restart ${i} new tip`));
        restartMs.push((await pool.removeJob(current)).latencyMs);
        current = next;
      }
      await pool.cancel();
    });
    return { engine: pool.stats.engine, cancelMs, restartMs, longTasks };
  } finally {
    pool.dispose();
  }
}

/** The WebGPU adapter this page sees (Chromium needs --enable-unsafe-webgpu headless), or null. */
async function gpuAdapter(): Promise<string | null> {
  const gpu = (navigator as Navigator & { gpu?: GPU }).gpu;
  const adapter = await gpu?.requestAdapter();
  if (!adapter) return null;
  const i = adapter.info;
  return `${[i.vendor, i.architecture, i.device, i.description].filter(Boolean).join(' ')}${i.isFallbackAdapter ? ' (software fallback adapter)' : ''}`;
}

const miningBench = { variants: VARIANTS, variant, verify, poolRate, cancelLatency, gpuAdapter, cores: navigator.hardwareConcurrency };
export type MiningBench = typeof miningBench;
Object.assign(window, { miningBench, benchReady: true });

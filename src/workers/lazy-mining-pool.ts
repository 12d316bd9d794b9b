/**
 * The page's mining pool, whose code (the pool, its lanes and the worker
 * backends: mining-pool.ts) loads with the first job or with start(), not with
 * the first screen. Until then it answers as a pool whose lanes are starting:
 * jobs are made at once (MiningJob, so callers keep their synchronous
 * addJob/whenDone/removeJob) and wait here, the engine and the number of
 * workers asked for are remembered, and the stats say 'starting'. Once the
 * code is here every call goes to the real pool, which adopts the waiting jobs.
 */
import type { BlockTemplate } from '../core/block-template';
import type { MinedBlock } from '../core/miner';
import { MiningJob } from './mining-job';
import type { AddJobOptions, CancelReport, MiningPool, PoolOptions, ProgressListener } from './mining-pool';
import type { BackendFactory } from './miner-backend';
import { checkEngine, type MiningEngine } from './mining-engine';
import type { PagePool } from './page-pool';
import { buildPoolStats, type PoolStats } from './pool-stats';
import { checkWeight, positiveInteger } from './pool-checks';
import { defaultWorkerCount } from './worker-count';

/** A job made before the pool's code arrived. */
interface Waiting {
  weight: number;
  resolve: (mined: MinedBlock | null) => void;
  readonly done: Promise<MinedBlock | null>;
}

export interface LazyPoolOptions extends PoolOptions {
  /** Loads the pool's code (default: import('./mining-pool')); tests count or delay it. */
  readonly load?: () => Promise<{ MiningPool: typeof MiningPool }>;
}

export class LazyMiningPool implements PagePool {
  private pool: MiningPool | null = null;
  private loading: Promise<MiningPool> | null = null;
  private engine: MiningEngine;
  private workers: number;
  private readonly waiting = new Map<MiningJob, Waiting>();
  private readonly progressListeners = new Set<ProgressListener>();
  private readonly now: () => number;

  constructor(private readonly o: LazyPoolOptions = {}) {
    this.engine = checkEngine('engine', o.engine ?? 'js');
    this.workers = positiveInteger('workers', o.workers ?? defaultWorkerCount());
    this.now = o.now ?? (() => performance.now());
  }

  /** Whether the pool's code is here (the real pool runs). */
  get loaded(): boolean {
    return this.pool !== null;
  }

  /** Loads the pool's code once and starts the real pool with the engine and workers asked for meanwhile. */
  private load(): Promise<MiningPool> {
    this.loading ??= (this.o.load ?? (() => import('./mining-pool')))().then(({ MiningPool }) => {
      const pool = new MiningPool({ ...this.o, engine: this.engine, workers: this.workers });
      pool.onProgress((stats) => {
        for (const listener of this.progressListeners) listener(stats);
      });
      this.pool = pool;
      // Listeners saw a starting pool: they hear it once its lanes are up (the real pool reports at its next change only).
      void pool.start().then(() => this.emitProgress());
      for (const [job, w] of this.waiting) {
        pool.adopt(job, w.weight);
        void pool.whenDone(job).then(w.resolve);
      }
      this.waiting.clear();
      return pool;
    });
    return this.loading;
  }

  start(): Promise<void> {
    return this.load().then((pool) => pool.start());
  }

  backends(): Promise<BackendFactory> {
    return this.load().then((pool) => pool.backendFactory);
  }

  addJob(template: BlockTemplate, o: AddJobOptions = {}): MiningJob {
    if (this.pool) return this.pool.addJob(template, o);
    const weight = checkWeight(o.weight ?? 1);
    const job = new MiningJob(template, { nonceSpace: this.o.nonceSpace, label: o.label, now: this.now });
    let resolve!: (mined: MinedBlock | null) => void;
    const done = new Promise<MinedBlock | null>((r) => (resolve = r));
    this.waiting.set(job, { weight, resolve, done });
    void this.load();
    return job;
  }

  whenDone(job: MiningJob): Promise<MinedBlock | null> {
    if (this.pool) return this.pool.whenDone(job);
    return this.waiting.get(job)?.done ?? Promise.resolve(job.result);
  }

  setWeight(job: MiningJob, weight: number): void {
    if (this.pool) return this.pool.setWeight(job, weight);
    checkWeight(weight);
    const w = this.waiting.get(job);
    if (w) w.weight = weight;
  }

  removeJob(job: MiningJob): Promise<CancelReport> {
    if (this.pool) return this.pool.removeJob(job);
    this.drop([job]);
    return Promise.resolve({ latencyMs: 0 });
  }

  cancel(): Promise<CancelReport> {
    if (this.pool) return this.pool.cancel();
    this.drop([...this.waiting.keys()]);
    return Promise.resolve({ latencyMs: 0 });
  }

  /** Jobs cancelled before any lane saw them: nothing hashes for them, so they end at once. */
  private drop(jobs: MiningJob[]): void {
    for (const job of jobs) {
      const w = this.waiting.get(job);
      if (!w) continue;
      this.waiting.delete(job);
      job.cancel();
      w.resolve(null);
    }
    this.emitProgress();
  }

  async setWorkerCount(n: number): Promise<void> {
    positiveInteger('workers', n);
    if (this.pool) return this.pool.setWorkerCount(n);
    this.workers = n;
    // Asked while the code loads: the pool may already be made with the old count.
    if (this.loading) await (await this.loading).setWorkerCount(n);
  }

  async setEngine(engine: MiningEngine): Promise<void> {
    checkEngine('engine', engine);
    if (this.pool) return this.pool.setEngine(engine);
    this.engine = engine;
    if (this.loading) await (await this.loading).setEngine(engine);
  }

  get stats(): PoolStats {
    if (this.pool) return this.pool.stats;
    return buildPoolStats({
      mode: 'starting',
      notice: null,
      requestedEngine: this.engine,
      requestedWorkers: this.workers,
      device: null,
      lanes: [],
      jobs: [...this.waiting].map(([job, w]) => ({ job, weight: w.weight })),
      hashes: 0,
      lastCancelLatencyMs: null,
      now: this.now(),
    });
  }

  onProgress(listener: ProgressListener): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  private emitProgress(): void {
    if (this.progressListeners.size === 0) return;
    const stats = this.stats;
    for (const listener of this.progressListeners) listener(stats);
  }
}

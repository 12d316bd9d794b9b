/**
 * The mining pool of the page (UI-free): lanes mining one or several jobs
 * (block templates). A lane is a backend running one engine (mining-engine.ts):
 * N CPU workers with the WebAssembly SIMD or JavaScript kernel, or one GPU
 * worker (WebGPU), or the main thread when workers cannot be created. The
 * engine can change at run time (setEngine); a GPU that cannot start falls
 * back to SIMD workers, workers that cannot start to the main thread.
 *
 * Lanes hash short chunks (about 5 ms in a CPU worker, 10 ms on the GPU, a
 * few ms on the main thread) and report back; a lane only takes its next
 * chunk from a job that is still current. A worker lane keeps two chunks in
 * flight, so it starts the next one while the page handles the result of the
 * last (on a busy machine the main thread may take milliseconds to get a
 * turn, which would otherwise leave the worker idle). So cancelling or
 * restarting costs about two chunks, and a found block stops the other lanes
 * within two chunks. On a loaded machine a worker may not get a core for tens
 * of milliseconds: a worker still hashing for a cancelled job after
 * cancelDeadlineMs is terminated and replaced, so cancel never waits for it.
 * No SharedArrayBuffer (which needs cross-origin isolation, unavailable on
 * static hosting) is used.
 *
 * Several jobs (one per mining node of the simulation, see mining-scheduler.ts)
 * share the lanes in proportion to their weights by stride scheduling: each
 * job's "pass" advances by hashes / weight, and a free lane serves the job
 * with the lowest pass.
 *
 *   const pool = new MiningPool();              // max(1, cores - 1) workers
 *   pool.onProgress((s) => show(s.hashRate));   // a few times a second
 *   const mined = await pool.mine(template);    // null if cancelled/replaced
 *   await pool.cancel();                         // -> { latencyMs }
 */
import type { BlockTemplate } from '../core/block-template';
import type { MinedBlock } from '../core/miner';
import { MiningJob } from './mining-job';
import type { BackendFactory } from './miner-backend';
import { createWorkerBackend } from './worker-backend';
import { tuneChunk, type Lane } from './pool-lane';
import { PoolLanes } from './pool-lanes';
import { buildPoolStats, type PoolMode, type PoolStats } from './pool-stats';
import { checkEngine, type MiningEngine } from './mining-engine';
import type { PagePool } from './page-pool';
import { defaultWorkerCount } from './worker-count';
import { checkWeight, positiveInteger } from './pool-checks';

export interface PoolOptions {
  /** Workers to start for a CPU engine; default max(1, navigator.hardwareConcurrency - 1). The GPU engine uses one lane. */
  readonly workers?: number;
  /** The engine the lanes run; default the JavaScript kernel. */
  readonly engine?: MiningEngine;
  /** Creates lane `index` for an engine; default: a Web Worker (worker-backend.ts). Tests inject in-process backends. */
  readonly backendFactory?: BackendFactory;
  /** Wanted chunk duration in a CPU worker (ms); the cancel latency is about two chunks. Default 5. */
  readonly chunkMs?: number;
  /** A worker still hashing for a cancelled job this long after the cancel is replaced by a new one (ms). Default 20. */
  readonly cancelDeadlineMs?: number;
  /** Chunks queued per worker (1 = strict request/response). Default 2. */
  readonly pipeline?: number;
  /** Wanted slice duration on the main thread (ms), kept well below a 50 ms long task. Default 6. */
  readonly mainThreadChunkMs?: number;
  /** Fixed chunk size in hashes instead of tuning to chunkMs (tests). */
  readonly chunkHashes?: number;
  /** Minimum interval between progress reports (ms). Default 250. */
  readonly progressIntervalMs?: number;
  /** Nonces per extra nonce (2^32; tests use a few to force roll-over). */
  readonly nonceSpace?: number;
  /** Time a worker may take to start before the pool falls back to the main thread (ms). */
  readonly startTimeoutMs?: number;
  readonly now?: () => number;
}

export interface AddJobOptions {
  /** Share of the hash power relative to the other jobs (default 1). */
  readonly weight?: number;
  readonly label?: string;
}

export interface CancelReport {
  /** Time from the request until no lane was hashing for the cancelled job(s). */
  readonly latencyMs: number;
}

export type FoundListener = (mined: MinedBlock, job: MiningJob) => void;
export type ProgressListener = (stats: PoolStats) => void;

interface Entry {
  readonly job: MiningJob;
  weight: number;
  pass: number;
  resolve: (mined: MinedBlock | null) => void;
  readonly done: Promise<MinedBlock | null>;
}

export { defaultWorkerCount } from './worker-count';

export class MiningPool implements PagePool {
  /** Creates the lanes' backends (Web Workers by default): the engine self-benchmark starts its own with it. */
  readonly backendFactory: BackendFactory;
  private readonly lanes: PoolLanes;
  private readonly entries = new Map<MiningJob, Entry>();
  private readonly foundListeners = new Set<FoundListener>();
  private readonly progressListeners = new Set<ProgressListener>();
  private readonly idleWaiters: Array<{ idle: () => boolean; resolve: () => void }> = [];
  private readonly now: () => number;
  private readonly o: PoolOptions;
  private virtualTime = 0;
  private lastProgress = -Infinity;
  private lastCancelLatency: number | null = null;
  private disposed = false;

  constructor(o: PoolOptions = {}) {
    this.o = o;
    const workers = positiveInteger('workers', o.workers ?? defaultWorkerCount());
    if (o.chunkHashes !== undefined) positiveInteger('chunkHashes', o.chunkHashes);
    if (o.pipeline !== undefined) positiveInteger('pipeline', o.pipeline);
    this.now = o.now ?? (() => performance.now());
    const factory: BackendFactory = (this.backendFactory =
      o.backendFactory ??
      ((_index, engine) => {
        if (typeof Worker !== 'function') throw new Error('this browser has no Web Workers');
        return createWorkerBackend({ engine, startTimeoutMs: o.startTimeoutMs });
      }));
    this.lanes = new PoolLanes({
      factory,
      engine: checkEngine('engine', o.engine ?? 'js'),
      workers,
      chunkHashes: o.chunkHashes,
      now: this.now,
      onChange: () => {
        this.flushIdleWaiters();
        this.kick();
      },
    });
  }

  get mode(): PoolMode {
    return this.lanes.mode;
  }

  /** A sentence for the UI when mining is degraded or an engine fell back, else null. */
  get notice(): string | null {
    return this.lanes.notice;
  }

  /** Settles once the lanes are up (or the pool fell back). Never rejects. */
  get ready(): Promise<void> {
    return this.lanes.ready;
  }

  // ---- jobs -------------------------------------------------------------

  /**
   * Mines `template` on every lane, replacing all current jobs (a restart:
   * new tip or changed template). Resolves with the block, or null if the job
   * was cancelled or replaced first.
   */
  mine(template: BlockTemplate, o: Omit<AddJobOptions, 'weight'> = {}): Promise<MinedBlock | null> {
    const old = [...this.entries.keys()];
    const job = this.addJob(template, o);
    if (old.length > 0) void this.removeJobs(old);
    return this.entries.get(job)!.done;
  }

  /** Adds a job next to the others; lanes share their time between jobs by weight. */
  addJob(template: BlockTemplate, o: AddJobOptions = {}): MiningJob {
    if (this.disposed) throw new Error('the mining pool was disposed');
    const weight = checkWeight(o.weight ?? 1);
    const job = new MiningJob(template, { nonceSpace: this.o.nonceSpace, lanes: Math.max(1, this.lanes.active.length), label: o.label, now: this.now });
    this.adopt(job, weight);
    return job;
  }

  /**
   * Mines a job made before this pool existed (the page's LazyMiningPool makes
   * its first jobs while this code loads), as if addJob had made it now.
   */
  adopt(job: MiningJob, weight = 1): void {
    if (this.disposed) throw new Error('the mining pool was disposed');
    checkWeight(weight);
    if (this.entries.has(job) || job.state !== 'mining') throw new Error(`job ${job.id} is not a new running job`);
    let resolve!: (mined: MinedBlock | null) => void;
    const done = new Promise<MinedBlock | null>((r) => (resolve = r));
    // A new job starts at the current virtual time: no burst to "catch up", no starvation.
    this.entries.set(job, { job, weight, pass: this.virtualTime, resolve, done });
    this.kick();
  }

  /** The promise of a job added with addJob: its block, or null once cancelled. */
  whenDone(job: MiningJob): Promise<MinedBlock | null> {
    return this.entries.get(job)?.done ?? Promise.resolve(job.result);
  }

  setWeight(job: MiningJob, weight: number): void {
    checkWeight(weight);
    const entry = this.entries.get(job);
    if (entry) entry.weight = weight;
  }

  /** Cancels one job; resolves when no lane is hashing for it any more. */
  removeJob(job: MiningJob): Promise<CancelReport> {
    return this.removeJobs([job]);
  }

  /** Cancels every job; resolves when all lanes are idle. */
  cancel(): Promise<CancelReport> {
    return this.removeJobs([...this.entries.keys()]);
  }

  /** Same as cancel(): stop mining (the workers stay up for the next job). */
  stop(): Promise<CancelReport> {
    return this.cancel();
  }

  private removeJobs(jobs: MiningJob[]): Promise<CancelReport> {
    const requested = this.now();
    for (const job of jobs) {
      job.cancel();
      const entry = this.entries.get(job);
      this.entries.delete(job);
      entry?.resolve(null);
    }
    this.emitProgress(true);
    const ids = jobs.map((j) => j.id);
    for (const lane of this.lanes.all) lane.backend.dropQueued(ids);
    // Idle for the removed jobs (and any job that ended before): every chunk in flight is of a running job.
    const stale = (l: Lane) => [...l.inFlight].some((c) => !this.entries.has(c.job));
    const idle = () => !this.lanes.all.some(stale);
    const deadline = idle() ? undefined : setTimeout(() => this.replaceStragglers(), this.o.cancelDeadlineMs ?? 20);
    return this.whenIdle(idle).then(() => {
      clearTimeout(deadline);
      const latencyMs = this.now() - requested;
      this.lastCancelLatency = latencyMs;
      return { latencyMs };
    });
  }

  /**
   * Terminates and replaces the CPU workers still hashing only for cancelled
   * jobs. A worker that also holds a chunk of a running job is left to finish
   * it (that chunk's nonces would otherwise never be scanned), and so is the
   * GPU: a new one would compile its shader again, and its dispatches are short.
   */
  private replaceStragglers(): void {
    for (const lane of [...this.lanes.all]) {
      const chunks = [...lane.inFlight];
      const cpuWorker = lane.backend.kind === 'worker' && lane.backend.status.engine !== 'webgpu';
      if (cpuWorker && chunks.length > 0 && chunks.every((c) => !this.entries.has(c.job))) this.lanes.replace(lane);
    }
  }

  // ---- workers ----------------------------------------------------------

  /** Changes the number of CPU workers at run time (one lane only on the main thread or the GPU). */
  async setWorkerCount(n: number): Promise<void> {
    await this.lanes.setWorkerCount(positiveInteger('workers', n));
    this.emitProgress(true);
  }

  /**
   * Switches every lane to another engine at run time: the old lanes finish
   * the chunk in hand (its hashes count), the new ones take over the jobs.
   * Resolves once the new lanes are up (or the pool fell back).
   */
  async setEngine(engine: MiningEngine): Promise<void> {
    await this.lanes.setEngine(checkEngine('engine', engine));
    this.emitProgress(true);
  }

  /** The lanes start with the pool: this settles once they are up. */
  start(): Promise<void> {
    return this.ready;
  }

  backends(): Promise<BackendFactory> {
    return Promise.resolve(this.backendFactory);
  }

  /** Stops mining and terminates the workers. The pool cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    for (const job of [...this.entries.keys()]) void this.removeJob(job);
    this.disposed = true;
    this.lanes.dispose();
    this.flushIdleWaiters();
  }

  // ---- dispatch ----------------------------------------------------------

  private kick(): void {
    if (this.mode === 'starting' || this.disposed) return;
    for (const lane of this.lanes.all) {
      const depth = lane.backend.kind === 'worker' ? (this.o.pipeline ?? 2) : 1;
      while (lane.loops < depth && !lane.retired && this.entries.size > 0) void this.runLane(lane);
    }
  }

  /** The job with the lowest pass (stride scheduling), charged up front for the chunk it gets. */
  private pick(): Entry | null {
    let best: Entry | null = null;
    for (const e of this.entries.values()) if (best === null || e.pass < best.pass) best = e;
    return best;
  }

  private async runLane(lane: Lane): Promise<void> {
    if (lane.loops++ === 0) lane.meter.resume(this.now());
    try {
      while (!lane.retired && !this.disposed) {
        const entry = this.pick();
        if (entry === null) break;
        const chunk = entry.job.nextChunk(lane.index, lane.chunkHashes)!;
        const size = chunk.to - chunk.from;
        this.virtualTime = entry.pass;
        entry.pass += size / entry.weight;
        lane.inFlight.add(chunk);
        let result;
        try {
          result = await lane.backend.scan(chunk.header, chunk.target, chunk.from, chunk.to, chunk.job.id);
        } catch (err) {
          lane.inFlight.delete(chunk);
          this.laneFailed(lane, err);
          return;
        }
        lane.inFlight.delete(chunk);
        const now = this.now();
        lane.meter.record(result.hashes, now);
        this.tune(lane, result.hashes, result.ms);
        if (this.entries.get(entry.job) === entry) {
          entry.pass -= (size - result.hashes) / entry.weight; // a win ends the chunk early
          let mined: MinedBlock | null;
          try {
            mined = entry.job.complete(chunk, result.nonce, result.hashes, now);
          } catch (err) {
            this.laneFailed(lane, err);
            return;
          }
          if (mined) this.announce(entry, mined);
        } // else: a late result of a cancelled or replaced job, ignored
        this.flushIdleWaiters();
        this.emitProgress(false);
      }
    } finally {
      lane.loops--;
      this.lanes.settle(lane);
      this.flushIdleWaiters();
      this.emitProgress(this.entries.size === 0);
    }
  }

  private tune(lane: Lane, hashes: number, ms: number): void {
    if (this.o.chunkHashes !== undefined) return;
    const { kind, chunkMs } = lane.backend;
    tuneChunk(lane, hashes, ms, chunkMs ?? (kind === 'worker' ? (this.o.chunkMs ?? 5) : (this.o.mainThreadChunkMs ?? 6)));
  }

  private announce(entry: Entry, mined: MinedBlock): void {
    this.entries.delete(entry.job);
    entry.resolve(mined);
    for (const listener of this.foundListeners) listener(mined, entry.job);
    this.emitProgress(true);
  }

  private laneFailed(lane: Lane, err: unknown): void {
    if (this.lanes.failed(lane, err instanceof Error ? err.message : String(err))) this.emitProgress(true);
  }

  // ---- waiting and reporting ----------------------------------------------

  private whenIdle(idle: () => boolean): Promise<void> {
    if (idle() || this.disposed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push({ idle, resolve }));
  }

  private flushIdleWaiters(): void {
    for (let i = this.idleWaiters.length - 1; i >= 0; i--) {
      const w = this.idleWaiters[i]!;
      if (this.disposed || w.idle()) {
        this.idleWaiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  onFound(listener: FoundListener): () => void {
    this.foundListeners.add(listener);
    return () => this.foundListeners.delete(listener);
  }

  /** Progress reports, at most one per progressIntervalMs, plus one at each start, stop and find. */
  onProgress(listener: ProgressListener): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  private emitProgress(force: boolean): void {
    if (this.progressListeners.size === 0) return;
    const now = this.now();
    if (!force && now - this.lastProgress < (this.o.progressIntervalMs ?? 250)) return;
    this.lastProgress = now;
    const stats = this.stats;
    for (const listener of this.progressListeners) listener(stats);
  }

  /** A snapshot of the pool's state, readable at any time. */
  get stats(): PoolStats {
    return buildPoolStats({
      mode: this.mode,
      notice: this.notice,
      requestedEngine: this.lanes.requestedEngine,
      requestedWorkers: this.lanes.requested,
      device: this.lanes.device,
      lanes: this.lanes.active,
      jobs: [...this.entries.values()],
      hashes: this.lanes.hashes,
      lastCancelLatencyMs: this.lastCancelLatency,
      now: this.now(),
    });
  }

  /** The jobs being mined, oldest first. */
  get jobs(): MiningJob[] {
    return [...this.entries.keys()];
  }
}

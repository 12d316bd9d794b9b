/**
 * The lanes of the mining pool and the engine they run: starting backends (N
 * CPU workers, or one GPU worker), falling back when they cannot start (the
 * GPU to WebAssembly SIMD workers, workers to the main thread), retiring lanes
 * when the worker count or the engine changes, and dropping a lane whose
 * backend failed. The pool (mining-pool.ts) dispatches chunks to whatever
 * lanes are here; a retired lane finishes the chunk in hand first.
 */
import type { BackendFactory, MinerBackend } from './miner-backend';
import { createLane, freeLaneIndex, type Lane } from './pool-lane';
import type { CpuEngine, MiningEngine } from './mining-engine';
import { poolNotice } from './pool-notices';
import type { PoolMode } from './pool-stats';

export interface PoolLanesOptions {
  readonly factory: BackendFactory;
  readonly engine: MiningEngine;
  readonly workers: number;
  /** Fixed chunk size in hashes instead of tuning (tests). */
  readonly chunkHashes?: number;
  readonly now: () => number;
  /** Lanes came or went: the pool dispatches to new lanes and re-checks who is idle. */
  readonly onChange: () => void;
}

/** Lanes an engine runs on: one GPU, or the requested number of CPU workers. */
function laneCount(engine: MiningEngine, workers: number): number {
  return engine === 'webgpu' ? 1 : workers;
}

/** The main-thread miner, loaded when first needed: a page whose workers start never downloads its kernels. */
async function mainThreadBackend(engine: CpuEngine): Promise<MinerBackend> {
  const { createMainThreadBackend } = await import('./main-thread-backend');
  return createMainThreadBackend(engine);
}

/** The main thread cannot reach the GPU worker's engine; SIMD is the best it can try. */
function cpuEngine(engine: MiningEngine): CpuEngine {
  return engine === 'webgpu' ? 'wasm-simd' : engine;
}

export class PoolLanes {
  mode: PoolMode = 'starting';
  notice: string | null = null;
  /** Settles once the lanes asked for last are up (or a fallback took over). Never rejects. */
  ready: Promise<void>;
  /** The engine asked for; the lanes may run another after a fallback (see `running`). */
  requestedEngine: MiningEngine;
  /** CPU workers asked for. */
  requested: number;
  /** Every lane, retired ones included until their last chunk is back. */
  all: Lane[] = [];
  /** Hashes of lanes already dropped, so the pool's total never goes down. */
  private droppedHashes = 0;
  private disposed = false;
  /** Worker-count and engine changes, one after another (two at once would both start lanes). */
  private changes: Promise<void> = Promise.resolve();

  constructor(private readonly o: PoolLanesOptions) {
    this.requestedEngine = o.engine;
    this.requested = o.workers;
    this.ready = this.add(o.engine);
  }

  get active(): Lane[] {
    return this.all.filter((l) => !l.retired);
  }

  /** The engine the active lanes run (the first lane's: they all start alike). */
  get running(): MiningEngine | null {
    return this.active[0]?.backend.status.engine ?? null;
  }

  /** The GPU's name when the GPU mines, else null. */
  get device(): string | null {
    return this.active[0]?.backend.status.device ?? null;
  }

  /** Every hash any lane ever computed. */
  get hashes(): number {
    return this.all.reduce((s, l) => s + l.meter.total, this.droppedHashes);
  }

  setWorkerCount(n: number): Promise<void> {
    this.requested = n;
    return this.serial(async () => {
      await this.ready;
      if (this.mode !== 'workers' || this.disposed || this.running === 'webgpu') return;
      const active = this.active;
      if (n > active.length) await this.add(this.running ?? this.requestedEngine, n - active.length);
      for (const lane of active.slice(n)) this.retire(lane);
    });
  }

  setEngine(engine: MiningEngine): Promise<void> {
    return this.serial(async () => {
      await this.ready;
      if (this.disposed || (engine === this.requestedEngine && engine === this.running)) return;
      this.requestedEngine = engine;
      for (const lane of this.active) this.retire(lane);
      this.notice = null;
      if (this.mode === 'main-thread') {
        const backend = await mainThreadBackend(cpuEngine(engine));
        if (this.disposed) return backend.dispose();
        this.all.push(this.newLane(backend));
        this.o.onChange();
      } else {
        this.ready = this.add(engine);
        await this.ready;
      }
    });
  }

  private serial(change: () => Promise<void>): Promise<void> {
    const run = this.changes.then(change);
    this.changes = run.catch(() => {});
    return run;
  }

  /** A lane's backend failed: drops it; the main thread takes over when no lane is left. False if it was already gone. */
  failed(lane: Lane, reason: string): boolean {
    if (this.disposed || !this.all.includes(lane)) return false; // its other pipelined chunk already reported it
    lane.retired = true;
    this.drop(lane);
    if (this.all.length > 0) {
      this.notice = poolNotice('workerStopped', { reason, left: this.all.length });
    } else if (lane.backend.status.engine === 'webgpu' && this.mode === 'workers') {
      this.notice = poolNotice('gpuStopped', { reason });
      this.ready = this.add('wasm-simd');
    } else {
      this.ready = this.fallBack(reason, this.requestedEngine);
    }
    this.o.onChange();
    return true;
  }

  /** Terminates a worker lane at once (its chunks in flight are abandoned) and starts a new one of the same engine. */
  replace(lane: Lane): void {
    if (this.disposed || !this.all.includes(lane)) return;
    lane.retired = true;
    this.drop(lane);
    this.ready = this.add(lane.backend.status.engine, 1);
  }

  /** Called when a lane's dispatch loops end: a retired lane is dropped once its last chunk is back. */
  settle(lane: Lane): void {
    if (lane.retired && lane.loops === 0 && this.all.includes(lane)) this.drop(lane);
  }

  dispose(): void {
    this.disposed = true;
    for (const lane of this.all) lane.backend.dispose();
    this.all = [];
  }

  /** Starts `count` lanes of `engine` (by default as many as the engine runs on). */
  private async add(engine: MiningEngine, count = laneCount(engine, this.requested)): Promise<void> {
    const attempts = await Promise.allSettled(Array.from({ length: count }, async (_, i) => this.o.factory(freeLaneIndex(this.all, i), engine)));
    const failures: string[] = [];
    let added = 0;
    for (const a of attempts) {
      if (a.status === 'rejected') failures.push(a.reason instanceof Error ? a.reason.message : String(a.reason));
      else if (this.disposed) a.value.dispose();
      else {
        this.all.push(this.newLane(a.value));
        added++;
      }
    }
    if (this.disposed) return;
    const reason = failures[0] ?? 'no worker could be started';
    if (added === 0 && engine === 'webgpu') {
      // No GPU after all (lost, refused, or no adapter): SIMD workers take over.
      await this.add('wasm-simd');
      this.notice = poolNotice('gpuNotStarted', { reason });
      return;
    }
    if (this.active.length === 0) {
      await this.fallBack(reason, engine);
    } else {
      if (this.mode === 'starting') this.mode = this.active[0]!.backend.kind === 'worker' ? 'workers' : 'main-thread';
      if (failures.length > 0) this.notice = poolNotice('workersNotStarted', { failed: failures.length, count, reason });
      else this.notice ??= this.active.find((l) => l.backend.status.notice)?.backend.status.notice ?? null;
    }
    this.o.onChange();
  }

  /** Mining moves to the main thread; its lane joins once its code has loaded (`ready` waits for it). */
  private async fallBack(reason: string, engine: MiningEngine): Promise<void> {
    this.mode = 'main-thread';
    this.notice = poolNotice('mainThread', { reason });
    const backend = await mainThreadBackend(cpuEngine(engine));
    if (this.disposed) return backend.dispose();
    this.all.push(this.newLane(backend));
    this.o.onChange();
  }

  private newLane(backend: MinerBackend): Lane {
    return createLane(backend, freeLaneIndex(this.all, 0), this.o.now(), this.o.chunkHashes);
  }

  private retire(lane: Lane): void {
    lane.retired = true;
    if (lane.loops === 0) this.drop(lane);
  }

  private drop(lane: Lane): void {
    lane.backend.dispose();
    this.droppedHashes += lane.meter.total;
    this.all = this.all.filter((l) => l !== lane);
    this.o.onChange();
  }
}

/**
 * What the mining pool reports: per worker, per job and in total. Plain data
 * (numbers and strings), safe to copy into UI state or send to a worker.
 */
import type { MiningJob, JobState } from './mining-job';
import type { Lane } from './pool-lane';
import type { MiningEngine } from './mining-engine';

export type PoolMode = 'starting' | 'workers' | 'main-thread';

export interface WorkerStats {
  readonly index: number;
  readonly kind: 'worker' | 'main-thread';
  /** The engine this lane runs. */
  readonly engine: MiningEngine;
  /** Hashing a chunk right now. */
  readonly busy: boolean;
  /** Hashes this lane computed since it started. */
  readonly hashes: number;
  /** Smoothed hashes per second (0 while the lane has nothing to mine). */
  readonly hashRate: number;
  /** Current chunk size in hashes (tuned to the pool's chunk duration). */
  readonly chunkHashes: number;
}

export interface JobStats {
  readonly id: number;
  readonly label: string;
  readonly state: JobState;
  readonly height: number;
  readonly extraNonce: number;
  /** Extra-nonce roll-overs so far (each after a whole nonce space). */
  readonly rolls: number;
  /** Share of the pool's hash power (scheduler weight). */
  readonly weight: number;
  readonly hashes: number;
  readonly hashRate: number;
  /** Expected hashes per block at this target, 2^256 / (target + 1), as a float for display. */
  readonly expectedHashes: number;
  /** Expected seconds to a block at this target and this job's hash rate; null before any rate is known. */
  readonly expectedSecondsToBlock: number | null;
  readonly elapsedMs: number;
}

export interface PoolStats {
  readonly mode: PoolMode;
  /** The engine the lanes run (after any fallback); null while none is up. */
  readonly engine: MiningEngine | null;
  /** The engine asked for (setEngine, or the pool's option). */
  readonly requestedEngine: MiningEngine;
  /** The GPU's name when the GPU mines, else null. */
  readonly device: string | null;
  /** A sentence for the UI when mining is degraded (main-thread fallback, a worker lost), else null. */
  readonly notice: string | null;
  /** Lanes mining (workers, or 1 on the main thread). */
  readonly workers: number;
  /** Workers asked for (setWorkerCount / the default). */
  readonly requestedWorkers: number;
  /** At least one job is being mined. */
  readonly mining: boolean;
  /** Hashes computed by the pool since it was created. */
  readonly hashes: number;
  /** Smoothed total hashes per second. */
  readonly hashRate: number;
  readonly perWorker: readonly WorkerStats[];
  readonly jobs: readonly JobStats[];
  /** Expected seconds until any running job finds a block: 1 / sum(rate_j / work_j); null if unknown. */
  readonly expectedSecondsToBlock: number | null;
  /** Time from the last cancel or restart request until no worker was hashing for the old job(s). */
  readonly lastCancelLatencyMs: number | null;
}

export function laneStats(lane: Lane, mining: boolean): WorkerStats {
  return {
    index: lane.index,
    kind: lane.backend.kind,
    engine: lane.backend.status.engine,
    busy: lane.inFlight.size > 0,
    hashes: lane.meter.total,
    hashRate: mining ? lane.meter.rate : 0,
    chunkHashes: lane.chunkHashes,
  };
}

export function jobStats(job: MiningJob, weight: number, now: number): JobStats {
  const expectedHashes = Number(job.work);
  const hashRate = job.state === 'mining' ? job.meter.rate : 0;
  return {
    id: job.id,
    label: job.label,
    state: job.state,
    height: job.template.height,
    extraNonce: job.template.extraNonce,
    rolls: job.rolls,
    weight,
    hashes: job.hashes,
    hashRate,
    expectedHashes,
    expectedSecondsToBlock: hashRate > 0 ? expectedHashes / hashRate : null,
    elapsedMs: now - job.started,
  };
}

/** Seconds until the first block from any of the jobs: the block rates add up. */
export function combinedExpectedSeconds(jobs: readonly JobStats[]): number | null {
  let blocksPerSecond = 0;
  for (const j of jobs) if (j.state === 'mining' && j.hashRate > 0) blocksPerSecond += j.hashRate / j.expectedHashes;
  return blocksPerSecond > 0 ? 1 / blocksPerSecond : null;
}

export interface PoolStatsInput {
  readonly mode: PoolMode;
  readonly notice: string | null;
  readonly requestedEngine: MiningEngine;
  readonly requestedWorkers: number;
  readonly device: string | null;
  /** The lanes mining (retired ones left out). */
  readonly lanes: readonly Lane[];
  readonly jobs: readonly { readonly job: MiningJob; readonly weight: number }[];
  readonly hashes: number;
  readonly lastCancelLatencyMs: number | null;
  readonly now: number;
}

export function buildPoolStats(p: PoolStatsInput): PoolStats {
  const mining = p.jobs.length > 0;
  const perWorker = p.lanes.map((l) => laneStats(l, mining));
  const jobs = p.jobs.map((e) => jobStats(e.job, e.weight, p.now));
  return {
    mode: p.mode,
    engine: perWorker[0]?.engine ?? null,
    requestedEngine: p.requestedEngine,
    device: p.device,
    notice: p.notice,
    workers: perWorker.length,
    requestedWorkers: p.requestedWorkers,
    mining,
    hashes: p.hashes,
    hashRate: perWorker.reduce((s, w) => s + w.hashRate, 0),
    perWorker,
    jobs,
    expectedSecondsToBlock: combinedExpectedSeconds(jobs),
    lastCancelLatencyMs: p.lastCancelLatencyMs,
  };
}

/**
 * What the app asks of a mining pool: MiningPool (mining-pool.ts) and the
 * page's LazyMiningPool (lazy-mining-pool.ts, which loads MiningPool with its
 * first job) both provide it, so the app's services and the tests take either.
 */
import type { BlockTemplate } from '../core/block-template';
import type { MinedBlock } from '../core/miner';
import type { MiningJob } from './mining-job';
import type { AddJobOptions, CancelReport, ProgressListener } from './mining-pool';
import type { BackendFactory } from './miner-backend';
import type { MiningEngine } from './mining-engine';
import type { PoolStats } from './pool-stats';

export interface PagePool {
  /** Adds a job next to the others; lanes share their time between jobs by weight. */
  addJob(template: BlockTemplate, o?: AddJobOptions): MiningJob;
  /** The job's block, or null once it is cancelled. */
  whenDone(job: MiningJob): Promise<MinedBlock | null>;
  setWeight(job: MiningJob, weight: number): void;
  /** Cancels one job; resolves when no lane is hashing for it any more. */
  removeJob(job: MiningJob): Promise<CancelReport>;
  /** Cancels every job; resolves when all lanes are idle. */
  cancel(): Promise<CancelReport>;
  setWorkerCount(n: number): Promise<void>;
  setEngine(engine: MiningEngine): Promise<void>;
  /** A snapshot of the pool's state, readable at any time. */
  readonly stats: PoolStats;
  /** Progress reports, a few a second while anything mines. */
  onProgress(listener: ProgressListener): () => void;
  /** Starts the lanes now rather than with the first job; settles once they are up (or fell back). */
  start(): Promise<void>;
  /** The lanes' backend factory (the engine self-benchmark starts its own backends with it). */
  backends(): Promise<BackendFactory>;
}

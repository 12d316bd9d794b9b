/**
 * How a lesson mines: it hands a block template to the page's mining pool (the
 * same Web Workers the Explore panels use, as one more job beside theirs) and
 * gets the block back with the tries it took. Tests use inlineMiner, which
 * runs core's reference search on the calling thread.
 */
import { mineTemplate, type BlockTemplate, type MinedBlock } from '../core/index';
import type { PagePool } from '../workers/page-pool';

export interface MiningProgress {
  /** Hashes tried so far for this block. */
  readonly hashes: number;
  /** Hashes per second of the lanes working on it (0 until measured). */
  readonly hashRate: number;
  readonly elapsedMs: number;
}

export interface LessonMining {
  /** The block with its proof of work, or null when cancelled. */
  readonly done: Promise<MinedBlock | null>;
  progress(): MiningProgress;
  cancel(): void;
}

export interface LessonMiner {
  mine(template: BlockTemplate, label: string): LessonMining;
  /** Progress reports from the pool (a few a second while anything mines). */
  onProgress(listener: () => void): () => void;
}

/** A lesson miner on the page's pool: each block is one job, sharing the workers with the others. */
export function poolMiner(pool: PagePool): LessonMiner {
  return {
    mine(template, label) {
      const job = pool.addJob(template, { label });
      return {
        done: pool.whenDone(job),
        progress: () => ({ hashes: job.hashes, hashRate: job.state === 'mining' ? job.meter.rate : 0, elapsedMs: performance.now() - job.started }),
        cancel: () => void pool.removeJob(job),
      };
    },
    onProgress: (listener) => pool.onProgress(() => listener()),
  };
}

/** Mines on the calling thread with core's reference search (Node tests; easy targets only). */
export function inlineMiner(): LessonMiner {
  return {
    mine(template) {
      const mined = mineTemplate(template);
      const hashes = mined?.hashes ?? 0;
      return { done: Promise.resolve(mined), progress: () => ({ hashes, hashRate: 0, elapsedMs: 0 }), cancel: () => {} };
    },
    onProgress: () => () => {},
  };
}

/**
 * Runs a hashcash search (core/hashcash.ts) off the main thread: a Web Worker
 * scans chunks of counters; between chunks the search reports its tries and
 * can be cancelled. If the worker cannot start, the search runs on the page in
 * slices of a few milliseconds (nextMacrotask between them), slower but never
 * a long task.
 *
 *   const searcher = createHashcashSearcher();
 *   const run = searcher.search('hello', 16, (tries) => show(tries));
 *   const found = await run.done;          // { counter, tries, ms } or null if cancelled
 *   run.cancel();
 */
import * as Comlink from 'comlink';
import { HASHCASH_MAX_COUNTER, hashcashSearch, type HashcashResult } from '../core/hashcash';
import { nextMacrotask } from './miner-backend';
import type { HashcashWorkerApi } from './hashcash.worker';
import hashcashWorkerUrl from './hashcash.worker.ts?worker-chunk';

export interface HashcashFound {
  readonly counter: number;
  readonly tries: number;
  readonly ms: number;
}

export interface HashcashRun {
  /** The first winning counter from 0 up, or null when cancelled (or, absurdly, none below 2^32). */
  readonly done: Promise<HashcashFound | null>;
  cancel(): void;
}

export interface HashcashSearcher {
  /** Where the hashing happens; 'starting' until the first search decided. */
  readonly mode: 'starting' | 'worker' | 'main-thread';
  search(prefix: string, zeroBits: number, onProgress?: (tries: number) => void): HashcashRun;
  dispose(): void;
}

/** Scans one chunk of counters somewhere (a worker, or this thread). */
export type HashcashScan = (prefix: string, zeroBits: number, from: number, to: number) => Promise<HashcashResult>;

export interface HashcashSearcherOptions {
  /** Counters per chunk in a worker (about 40 ms at 450,000 hashes a second). */
  readonly workerChunk?: number;
  /** Counters per slice on the main thread (a few ms). */
  readonly mainThreadChunk?: number;
  /** Starts the worker scan; tests inject one. Default: a Web Worker running hashcash.worker.ts. */
  readonly startWorker?: () => Promise<{ scan: HashcashScan; dispose(): void }>;
  readonly now?: () => number;
}

const START_TIMEOUT_MS = 8000;

async function startWebWorker(): Promise<{ scan: HashcashScan; dispose(): void }> {
  if (typeof Worker !== 'function') throw new Error('this browser has no Web Workers');
  const worker = new Worker(hashcashWorkerUrl, { type: 'module' });
  const api = Comlink.wrap<HashcashWorkerApi>(worker);
  const dispose = () => {
    api[Comlink.releaseProxy]();
    worker.terminate();
  };
  const failed = new Promise<never>((_, reject) => worker.addEventListener('error', () => reject(new Error('the hashcash worker could not start'))));
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the hashcash worker did not answer')), START_TIMEOUT_MS));
  try {
    await Promise.race([api.ping(), failed, timeout]);
  } catch (e) {
    dispose();
    throw e;
  }
  return { scan: (prefix, zeroBits, from, to) => api.search(prefix, zeroBits, from, to), dispose };
}

const mainThreadScan: HashcashScan = async (prefix, zeroBits, from, to) => {
  await nextMacrotask();
  return hashcashSearch(prefix, zeroBits, from, to);
};

export function createHashcashSearcher(o: HashcashSearcherOptions = {}): HashcashSearcher {
  const now = o.now ?? (() => performance.now());
  let mode: HashcashSearcher['mode'] = 'starting';
  let backend: Promise<{ scan: HashcashScan; dispose(): void } | null> | null = null;
  let disposed = false;

  const backendReady = () => {
    backend ??= (o.startWorker ?? startWebWorker)().then(
      (b) => {
        mode = 'worker';
        if (disposed) b.dispose();
        return b;
      },
      () => {
        mode = 'main-thread';
        return null;
      },
    );
    return backend;
  };

  return {
    get mode() {
      return mode;
    },
    search(prefix, zeroBits, onProgress) {
      // Checked here, once, so a bad argument fails at the call and not inside a worker.
      hashcashSearch(prefix, zeroBits, 0, 0);
      let cancelled = false;
      const done = (async (): Promise<HashcashFound | null> => {
        const worker = await backendReady();
        const scan = worker?.scan ?? mainThreadScan;
        const chunk = worker ? (o.workerChunk ?? 20_000) : (o.mainThreadChunk ?? 1_500);
        const start = now();
        let tries = 0;
        for (let from = 0; from <= HASHCASH_MAX_COUNTER; from += chunk) {
          if (cancelled || disposed) return null;
          const r = await scan(prefix, zeroBits, from, Math.min(HASHCASH_MAX_COUNTER + 1, from + chunk));
          tries += r.tries;
          if (r.counter !== null) return cancelled ? null : { counter: r.counter, tries, ms: now() - start };
          onProgress?.(tries);
        }
        return null;
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
        },
      };
    },
    dispose() {
      disposed = true;
      void backend?.then((b) => b?.dispose());
    },
  };
}

/**
 * A pool lane backed by a real Web Worker running miner.worker.ts through
 * Comlink. Creation proves the worker works (a ping answered within a
 * timeout) so that a blocked or broken worker script is detected up front and
 * the pool can fall back to the main thread.
 */
import * as Comlink from 'comlink';
import type { MinerApi } from './miner-api';
import type { MinerBackend } from './miner-backend';

export interface WorkerBackendOptions {
  /** How long the worker may take to load and answer a ping (ms). */
  readonly startTimeoutMs?: number;
  /** Creates the Worker (tests and benchmarks may point elsewhere). */
  readonly createWorker?: () => Worker;
}

export const DEFAULT_START_TIMEOUT_MS = 8000;

function defaultWorker(): Worker {
  // Written out in full so Vite finds and bundles the worker (worker.format 'es' in vite.config.ts).
  return new Worker(new URL('./miner.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a mining worker and waits until it answers; rejects with the reason it could not. */
export async function createWorkerBackend(o: WorkerBackendOptions = {}): Promise<MinerBackend> {
  const timeoutMs = o.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const worker = (o.createWorker ?? defaultWorker)();
  const api = Comlink.wrap<MinerApi>(worker);
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A failed script load, an uncaught error in the worker or dispose(): every pending and later call fails.
  let fail: (reason: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => {}); // observed through the races below
  worker.addEventListener('error', (e) => fail(new Error(`the mining worker failed: ${e.message || 'its script could not be loaded or threw'}`)));
  worker.addEventListener('messageerror', () => fail(new Error('the mining worker failed: a message could not be decoded')));

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    fail(new Error('miner backend disposed'));
    api[Comlink.releaseProxy]();
    worker.terminate();
  };

  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the mining worker did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const answer = await Promise.race([api.ping(), failure, timeout]);
    if (answer !== 'pong') throw new Error('the mining worker answered something unexpected');
  } catch (err) {
    dispose();
    throw err;
  } finally {
    clearTimeout(timer);
  }

  return {
    kind: 'worker',
    scan(header, target, from, to) {
      if (disposed) return Promise.reject(new Error('miner backend disposed'));
      return Promise.race([api.scan(header, target, from, to), failure]);
    },
    dispose,
  };
}

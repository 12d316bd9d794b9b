/**
 * A lab backend runs one lab task at a time: in a Web Worker (lab.worker.ts
 * through Comlink), or on the page's own thread in slices of a few
 * milliseconds when workers cannot start (slower, and one race trial of an
 * attacker close to half the hash power can still take longer than a slice).
 * The Node tests use the main-thread kind.
 */
import * as Comlink from 'comlink';
import { taskSteps, type LabTask, type LabTaskResult } from '../lab/index';
import { nextMacrotask } from './miner-backend';
import type { LabApi } from './lab-api';

export interface LabBackend {
  readonly kind: 'worker' | 'main-thread';
  /** Runs the task; `onProgress` hears the units done. Rejects if the backend died or was disposed. */
  run(task: LabTask, onProgress: (done: number) => void): Promise<LabTaskResult>;
  /** Frees the backend (terminates a worker, stops a sliced task). Idempotent. */
  dispose(): void;
}

export type LabBackendFactory = (index: number) => LabBackend | Promise<LabBackend>;

/** Slices of main-thread work stay well under the 50 ms of a long task. */
export const MAIN_THREAD_SLICE_MS = 8;

export function createMainThreadLabBackend(
  now: () => number = () => performance.now(),
): LabBackend {
  let disposed = false;
  return {
    kind: 'main-thread',
    async run(task, onProgress) {
      const steps = taskSteps(task);
      for (;;) {
        await nextMacrotask();
        if (disposed) throw new Error('lab backend disposed');
        const start = now();
        for (;;) {
          const r = steps.next();
          if (r.done) return r.value;
          onProgress(r.value);
          if (now() - start >= MAIN_THREAD_SLICE_MS) break;
        }
      }
    },
    dispose() {
      disposed = true;
    },
  };
}

export const LAB_WORKER_START_TIMEOUT_MS = 8000;

/** Starts a lab worker and waits until it answers; rejects with the reason it could not. */
export async function createWorkerLabBackend(
  startTimeoutMs = LAB_WORKER_START_TIMEOUT_MS,
): Promise<LabBackend> {
  // Written out in full so Vite finds and bundles the worker.
  const worker = new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' });
  const api = Comlink.wrap<LabApi>(worker);
  let disposed = false;
  let fail: (reason: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => {}); // observed through the races below
  worker.addEventListener('error', (e) =>
    fail(
      new Error(`the lab worker failed: ${e.message || 'its script could not be loaded or threw'}`),
    ),
  );
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    fail(new Error('lab backend disposed'));
    api[Comlink.releaseProxy]();
    worker.terminate();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the lab worker did not answer within ${startTimeoutMs} ms`)),
        startTimeoutMs,
      );
    });
    if ((await Promise.race([api.ping(), failure, timeout])) !== 'pong')
      throw new Error('the lab worker answered something unexpected');
  } catch (err) {
    dispose();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return {
    kind: 'worker',
    run(task, onProgress) {
      if (disposed) return Promise.reject(new Error('lab backend disposed'));
      return Promise.race([
        api.runTask(task, Comlink.proxy(onProgress)) as Promise<LabTaskResult>,
        failure,
      ]);
    },
    dispose,
  };
}

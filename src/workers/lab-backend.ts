/**
 * A lab backend runs one lab task at a time: in a Web Worker (lab.worker.ts
 * through Comlink, here), or on the page's own thread in slices when workers
 * cannot start (main-thread-lab-backend.ts). The Node tests use the
 * main-thread kind.
 */
import * as Comlink from 'comlink';
import type { LabTask, LabTaskResult } from '../lab/index';
import type { LabApi } from './lab-api';
import labWorkerUrl from './lab.worker.ts?worker-chunk';

export interface LabBackend {
  readonly kind: 'worker' | 'main-thread';
  /** Runs the task; `onProgress` hears the units done. Rejects if the backend died or was disposed. */
  run(task: LabTask, onProgress: (done: number) => void): Promise<LabTaskResult>;
  /** Frees the backend (terminates a worker, stops a sliced task). Idempotent. */
  dispose(): void;
}

export type LabBackendFactory = (index: number) => LabBackend | Promise<LabBackend>;

export const LAB_WORKER_START_TIMEOUT_MS = 8000;

/** Starts a lab worker and waits until it answers; rejects with the reason it could not. */
export async function createWorkerLabBackend(
  startTimeoutMs = LAB_WORKER_START_TIMEOUT_MS,
): Promise<LabBackend> {
  const worker = new Worker(labWorkerUrl, { type: 'module' });
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

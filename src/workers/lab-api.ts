/**
 * What a lab worker does, as a plain object: run one lab task (src/lab/tasks.ts)
 * to the end, telling `onProgress` the units done at most every
 * PROGRESS_INTERVAL_MS. lab.worker.ts exposes it through Comlink; the Node
 * tests call it directly.
 */
import { runToEnd, taskSteps, type LabTask, type LabTaskResult } from '../lab/index';

export interface LabApi {
  /** Answers 'pong': proves the worker script loaded and runs. */
  ping(): 'pong';
  runTask(task: LabTask, onProgress?: (done: number) => void): LabTaskResult;
}

/** Progress messages cost little, but a page needs no more than a few per second per worker. */
export const PROGRESS_INTERVAL_MS = 100;

export function createLabApi(now: () => number = () => performance.now()): LabApi {
  return {
    ping: () => 'pong',
    runTask(task, onProgress) {
      let last = now();
      return runToEnd(taskSteps(task), (done) => {
        if (!onProgress) return;
        const t = now();
        if (t - last < PROGRESS_INTERVAL_MS) return;
        last = t;
        onProgress(done);
      });
    },
  };
}

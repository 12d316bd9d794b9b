/**
 * The page's side of workers/tasks.worker.ts: the demo builder, the import
 * validator and the full verification run in a worker, started by the first
 * task that needs it (not at boot: a start from storage needs none until the
 * page is usable). If the worker cannot start, the tasks run here (slower, the
 * page may pause) rather than not at all; that code is loaded only then.
 */
import { CLASSROOM_PARAMS, type ConsensusParams } from '../core/index';
import type { ImportResult, PersistedState, VerifyProgress, VerifyReport } from '../storage/index';
import { tasksWorkerOnFirstUse, type TasksRemote } from './tasks-worker';
import { DEFAULT_SETTINGS, settingsJson } from './settings';

/** A first visit's chain: the classroom one (blocks in seconds, 10-coin reward, retargeting). */
export const DEMO_PARAMS: ConsensusParams = CLASSROOM_PARAMS;

export interface Tasks {
  /** The seeded demo with `params` (default: the classroom chain) and the default settings. */
  buildDemoState(seed: string, params?: ConsensusParams): Promise<PersistedState>;
  validateImport(text: string): Promise<ImportResult>;
  /** The full verification of the IndexedDB database `name`, read by the worker itself; null when there is no worker. */
  verifyStored(name: string, onProgress: (p: VerifyProgress) => void): Promise<VerifyReport | null>;
}

const here = () => import('./tasks-here');

/** The tasks on this thread (tests, and where no worker starts). */
export const inProcessTasks: Tasks = {
  buildDemoState: async (seed, params = DEMO_PARAMS) => (await here()).buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS)),
  validateImport: async (text) => (await here()).validateImport(text),
  verifyStored: async () => null,
};

/**
 * The tasks, in the worker `worker` gives (started by the first task, unless
 * the page started it earlier: first-visit-start.ts); on this thread when it
 * gives null (the worker could not start).
 */
export function lazyTasks(worker: () => Promise<TasksRemote | null> = tasksWorkerOnFirstUse()): Tasks {
  return {
    buildDemoState: async (seed, params = DEMO_PARAMS) => {
      const w = await worker();
      return w ? w.buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS)) : inProcessTasks.buildDemoState(seed, params);
    },
    validateImport: async (text) => {
      const w = await worker();
      return w ? w.validateImport(text) : inProcessTasks.validateImport(text);
    },
    verifyStored: async (name, onProgress) => {
      const w = await worker();
      return w ? w.verifyStored(name, onProgress) : null;
    },
  };
}

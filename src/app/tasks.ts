/**
 * The page's side of workers/tasks.worker.ts: the demo builder and the import
 * validator run in a worker; if workers cannot start, they run here (slower,
 * the page may pause) rather than not at all.
 */
import * as Comlink from 'comlink';
import { CLASSROOM_PARAMS, type ConsensusParams } from '../core/index';
import { validateImport } from '../storage/import-validate';
import type { ImportResult, PersistedState, VerifyProgress, VerifyReport } from '../storage/index';
import { buildDemoState } from '../workers/demo-state';
import type { TasksApi } from '../workers/tasks.worker';
import { DEFAULT_SETTINGS, settingsJson } from './settings';

/** A first visit's chain: the classroom one (blocks in seconds, 10-coin reward, retargeting). */
export const DEMO_PARAMS: ConsensusParams = CLASSROOM_PARAMS;

export interface Tasks {
  /** The seeded demo with `params` (default: the classroom chain) and the default settings. */
  buildDemoState(seed: string, params?: ConsensusParams): Promise<PersistedState>;
  validateImport(text: string): Promise<ImportResult>;
  /** The full verification of the IndexedDB database `name`, read by the worker itself; null when there is no worker. */
  readonly verifyStored: ((name: string, onProgress: (p: VerifyProgress) => void) => Promise<VerifyReport>) | null;
  /** 'worker', or 'main-thread' when the worker could not start. */
  readonly mode: 'worker' | 'main-thread';
}

const inProcess: Tasks = {
  buildDemoState: async (seed, params = DEMO_PARAMS) => buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS)),
  validateImport: async (text) => validateImport(text),
  verifyStored: null,
  mode: 'main-thread',
};

export async function startTasks(timeoutMs = 8000): Promise<Tasks> {
  if (typeof Worker === 'undefined') return inProcess;
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/tasks.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inProcess;
  }
  const remote = Comlink.wrap<TasksApi>(worker);
  const failed = new Promise<'failed'>((resolve) => worker.addEventListener('error', () => resolve('failed')));
  const timeout = new Promise<'failed'>((resolve) => setTimeout(() => resolve('failed'), timeoutMs));
  const answer = await Promise.race([remote.ping(), failed, timeout]);
  if (answer !== 'pong') {
    worker.terminate();
    return inProcess;
  }
  return {
    buildDemoState: (seed, params = DEMO_PARAMS) => remote.buildDemoState(seed, params, settingsJson(DEFAULT_SETTINGS)),
    validateImport: (text) => remote.validateImport(text),
    verifyStored: (name, onProgress) => remote.verifyStored(name, Comlink.proxy(onProgress)),
    mode: 'worker',
  };
}

/** The tasks run on this thread (tests, and the fallback above). */
export const inProcessTasks: Tasks = inProcess;

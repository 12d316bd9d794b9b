/**
 * The page's side of tasks.worker.ts: the demo builder and the import
 * validator run in a worker; if workers cannot start, they run here (slower,
 * the page may pause) rather than not at all.
 */
import * as Comlink from 'comlink';
import { validateImport } from '../storage/import-validate';
import { buildDemoState } from './demo-state';
import type { ImportResult, PersistedState } from '../storage/index';
import type { ConsensusParams } from '../core/index';
import type { TasksApi } from './tasks.worker';

export interface Tasks {
  /** The seeded demo with `params` (default: the classroom chain). */
  buildDemoState(seed: string, params?: ConsensusParams): Promise<PersistedState>;
  validateImport(text: string): Promise<ImportResult>;
  /** 'worker', or 'main-thread' when the worker could not start. */
  readonly mode: 'worker' | 'main-thread';
}

const inProcess: Tasks = {
  buildDemoState: async (seed, params) => buildDemoState(seed, params),
  validateImport: async (text) => validateImport(text),
  mode: 'main-thread',
};

export async function startTasks(timeoutMs = 8000): Promise<Tasks> {
  if (typeof Worker === 'undefined') return inProcess;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./tasks.worker.ts', import.meta.url), { type: 'module' });
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
    buildDemoState: (seed, params) => remote.buildDemoState(seed, params),
    validateImport: (text) => remote.validateImport(text),
    mode: 'worker',
  };
}

/**
 * A Web Worker for the page's heavy one-off jobs, so the UI never freezes:
 * building the demo state (it mines the history), validating an import file
 * (it replays every block) and the full verification of the stored state (it
 * replays every node's chain, reading IndexedDB itself). Each only wraps a
 * pure function.
 */
import type { ConsensusParams } from '../core/index';
import type { JsonObject, VerifyProgress } from '../storage/index';
import { validateImport } from '../storage/import-validate';
import { openIdbBackend } from '../storage/idb-store';
import { serveTasks, type TaskPort } from './task-channel';

// A first visit starts this worker only to check the demo file (validateImport): the other
// tasks' code is imported when one is first asked for.
async function verifyDatabase(name: string, onProgress: (p: VerifyProgress) => void) {
  const { verifyStored } = await import('../storage/verify-stored');
  const backend = await openIdbBackend({ name });
  try {
    return await verifyStored(backend, { onProgress });
  } finally {
    backend.close();
  }
}

const tasks = {
  buildDemoState: async (seed: string, params: ConsensusParams, settings: JsonObject) => (await import('./demo-state')).buildDemoState(seed, params, settings),
  validateImport: (text: string) => validateImport(text),
  verifyStored: (name: string, onProgress: (p: VerifyProgress) => void) => verifyDatabase(name, onProgress),
  ping: () => 'pong' as const,
};

export type TasksApi = typeof tasks;

// The page's side (app/tasks.ts) calls these through task-channel.ts.
serveTasks(self as unknown as TaskPort, tasks);

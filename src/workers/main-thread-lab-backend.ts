/**
 * The page's own thread as a lab backend, where lab workers cannot start (and
 * in the Node tests): the task runs in slices of a few milliseconds (slower,
 * and one race trial of an attacker close to half the hash power can still
 * take longer than a slice). It carries every experiment's code, so the lab
 * runner imports it only when it needs it.
 */
import { taskSteps } from '../lab/index';
import type { LabBackend } from './lab-backend';
import { nextMacrotask } from './miner-backend';

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

/**
 * The lab Web Worker: only wraps the experiment runner (lab-api.ts) with Comlink.
 * Created by lab-backend.ts with
 * `new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module' })`.
 */
import * as Comlink from 'comlink';
import { createLabApi } from './lab-api';
import type { LabTask } from '../lab/index';

const api = createLabApi();

Comlink.expose({
  ping: api.ping,
  runTask(task: LabTask, onProgress?: ((done: number) => void) & Partial<Comlink.ProxyMarked>) {
    try {
      return api.runTask(task, onProgress ? (done) => void onProgress(done) : undefined);
    } finally {
      // The page's progress callback came as a proxy: free its channel when the task ends.
      (onProgress as unknown as { [Comlink.releaseProxy]?: () => void } | undefined)?.[
        Comlink.releaseProxy
      ]?.();
    }
  },
});

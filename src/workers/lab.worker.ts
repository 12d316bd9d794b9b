/**
 * The lab Web Worker: only wraps the experiment runner (lab-api.ts) with Comlink.
 * Started by lab-backend.ts from its `?worker-chunk` URL (scripts/worker-chunk.js).
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

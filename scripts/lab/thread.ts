/** One worker thread of the Node lab pool: runs the tasks it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { createLabApi } from '../../src/workers/lab-api';
import type { LabTask } from '../../src/lab/index';

const api = createLabApi();
parentPort!.on('message', ({ id, task }: { id: number; task: LabTask }) => {
  try {
    parentPort!.postMessage({ id, result: api.runTask(task) });
  } catch (err) {
    parentPort!.postMessage({
      id,
      error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err),
    });
  }
});

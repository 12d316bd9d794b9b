/**
 * The lab's tasks on Node worker threads (the page uses Web Workers through
 * src/workers/lab-runner.ts; the tasks and their results are the same plain
 * data). Results come back in task order, whichever thread ran them.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { taskUnits, type LabTask, type LabTaskResult } from '../../src/lab/index';

export async function runOnThreads(
  tasks: readonly LabTask[],
  threads = availableParallelism(),
  onProgress?: (done: number, total: number) => void,
): Promise<LabTaskResult[]> {
  const total = tasks.reduce((s, t) => s + taskUnits(t), 0);
  const results: LabTaskResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const lane = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= tasks.length) return resolve();
        const id = next++;
        worker.postMessage({ id, task: tasks[id] });
      };
      worker.on('message', (m: { id: number; result?: LabTaskResult; error?: string }) => {
        if (m.error !== undefined) return reject(new Error(`task ${m.id} failed: ${m.error}`));
        results[m.id] = m.result!;
        done += taskUnits(tasks[m.id]!);
        onProgress?.(done, total);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from(
    { length: Math.max(1, Math.min(threads, tasks.length)) },
    () => new Worker(new URL('./thread-boot.mjs', import.meta.url)),
  );
  try {
    await Promise.all(workers.map(lane));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

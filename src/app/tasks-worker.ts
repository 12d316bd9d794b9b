/**
 * Starting the tasks worker (workers/tasks.worker.ts) and waiting for its
 * first answer. Kept apart from tasks.ts, with nothing but the task channel
 * (a few lines of postMessage), so that the page's first script can start it
 * before the app's code has loaded (first-visit-start.ts).
 */
import type { TasksApi } from '../workers/tasks.worker';
import tasksWorkerUrl from '../workers/tasks.worker.ts?worker-chunk';
import { taskClient, type TaskClient } from '../workers/task-channel';

export type TasksRemote = TaskClient<TasksApi>;

/** How long a worker may take to answer its first message before the tasks run on this thread instead. */
export const TASKS_WORKER_TIMEOUT_MS = 8000;

/** Starts the worker and waits for its answer; null when it cannot start (no Worker, an error, no answer in time). */
export async function startTasksWorker(timeoutMs = TASKS_WORKER_TIMEOUT_MS): Promise<TasksRemote | null> {
  if (typeof Worker === 'undefined') return null;
  // Marks for the first-visit benchmark (bench/first-load.bench.ts): the worker's start to its first answer.
  performance.mark('pocket:tasks-worker-start');
  let worker: Worker;
  try {
    worker = new Worker(tasksWorkerUrl, { type: 'module' });
  } catch {
    return null;
  }
  const remote = taskClient<TasksApi>(worker, ['buildDemoState', 'validateImport', 'verifyStored', 'ping']);
  const failed = new Promise<'failed'>((resolve) => worker.addEventListener('error', () => resolve('failed')));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'failed'>((resolve) => {
    timer = setTimeout(() => resolve('failed'), timeoutMs);
  });
  const answer = await Promise.race([remote.ping(), failed, timeout]);
  clearTimeout(timer);
  if (answer !== 'pong') {
    worker.terminate();
    return null;
  }
  performance.mark('pocket:tasks-worker-ready');
  return remote;
}

/** The worker, started by the first call; every later call answers with the same one. */
export function tasksWorkerOnFirstUse(timeoutMs = TASKS_WORKER_TIMEOUT_MS): () => Promise<TasksRemote | null> {
  let started: Promise<TasksRemote | null> | null = null;
  return () => (started ??= startTasksWorker(timeoutMs));
}

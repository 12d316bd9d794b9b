/**
 * Calls between the page and a worker over postMessage: the tasks worker
 * (tasks.worker.ts) and the mining workers (miner.worker.ts,
 * gpu-miner.worker.ts, through worker-backend.ts). A first visit starts the
 * tasks worker before its first screen (to check the demo file) and a mining
 * worker right after it, so both sides are these few lines rather than
 * Comlink: each call posts { id, method, args }; the worker answers
 * { id, value } or { id, error }, and a call given a callback (a progress
 * listener: at most one per call) hears { id, progress } before its answer.
 * Arguments and results must be structured-cloneable.
 */

/** The two ends: a Worker and its global scope, or a MessageChannel's ports in tests. */
export interface TaskPort {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
  start?(): void;
}

/** A task as the page calls it: the same arguments, the result always a promise. */
export type TaskClient<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

interface TaskRequest {
  readonly id: number;
  readonly method: string;
  readonly args: readonly unknown[];
}

type TaskAnswer =
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } }
  | { readonly id: number; readonly progress: unknown };

/** Stands for the call's callback among the posted arguments (a function cannot be posted). */
const CALLBACK = 'pocket-task-callback';

/** The worker's side: answers every request with its handler's result or error. */
export function serveTasks(port: TaskPort, handlers: Record<string, (...args: never[]) => unknown>): void {
  port.addEventListener('message', (event) => {
    const { id, method, args } = event.data as TaskRequest;
    const callArgs = args.map((a) => (a === CALLBACK ? (progress: unknown) => port.postMessage({ id, progress }) : a));
    void (async () => {
      try {
        const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
        if (!handler) throw new Error(`the tasks worker has no task "${method}"`);
        port.postMessage({ id, value: await (handler as (...a: unknown[]) => unknown)(...callArgs) });
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        port.postMessage({ id, error: { name: error.name, message: error.message } });
      }
    })();
  });
  port.start?.();
}

/** The page's side: one function per task named in `methods`, each posting a request and awaiting its answer. */
export function taskClient<T>(port: TaskPort, methods: readonly (keyof T & string)[]): TaskClient<T> {
  let nextId = 1;
  const calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; onProgress?: (p: unknown) => void }>();
  port.addEventListener('message', (event) => {
    const answer = event.data as TaskAnswer;
    const call = calls.get(answer.id);
    if (!call) return;
    if ('progress' in answer) {
      call.onProgress?.(answer.progress);
      return;
    }
    calls.delete(answer.id);
    if ('error' in answer) {
      const error = new Error(answer.error.message);
      error.name = answer.error.name;
      call.reject(error);
    } else call.resolve(answer.value);
  });
  port.start?.();
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of methods) {
    client[method] = (...args) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        let onProgress: ((p: unknown) => void) | undefined;
        const posted = args.map((a) => {
          if (typeof a !== 'function') return a;
          onProgress = a as (p: unknown) => void;
          return CALLBACK;
        });
        calls.set(id, { resolve, reject, onProgress });
        port.postMessage({ id, method, args: posted });
      });
  }
  return client as TaskClient<T>;
}

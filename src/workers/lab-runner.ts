/**
 * Runs the tasks of a lab experiment on a few lab backends (Web Workers, or
 * the page's thread if workers cannot start), each taking the next task when
 * it finishes one, so faster lanes do more. Results come back in task order,
 * whichever lane ran them, so a seeded experiment gives the same result on any
 * machine. Progress adds up the units (trials, blocks) done in every task.
 * Cancel (an AbortSignal) terminates the workers at once; the next run starts
 * fresh ones.
 */
import type { LabTask, LabTaskResult } from '../lab/index';
import { taskUnits } from '../lab/task-units';
import { createWorkerLabBackend, type LabBackend, type LabBackendFactory } from './lab-backend';

export interface LabRunnerOptions {
  /** Lanes (default: the machine's logical cores minus one, 1 to 7). */
  readonly workers?: number;
  /** Creates lane `index` (default: a Web Worker, falling back to the page's thread). */
  readonly createBackend?: LabBackendFactory;
}

export interface LabRunOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** A run stopped by its AbortSignal. */
export class LabCancelledError extends Error {
  constructor() {
    super('the lab run was cancelled');
    this.name = 'AbortError';
  }
}

/** Logical cores minus one (1 to 7), as the mining pool: one core stays with the page, so it never stalls. */
export function defaultLabWorkers(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  return Math.min(7, Math.max(1, (cores ?? 2) - 1));
}

/** The page's thread as a lane, its code loaded only then (it carries every experiment's). */
async function mainThreadBackend(): Promise<LabBackend> {
  const { createMainThreadLabBackend } = await import('./main-thread-lab-backend');
  return createMainThreadLabBackend();
}

/** A Web Worker lane; if the first cannot start, every lane runs on the page's thread. */
async function defaultBackend(index: number): Promise<LabBackend> {
  if (typeof Worker === 'undefined') return mainThreadBackend();
  try {
    return await createWorkerLabBackend();
  } catch (err) {
    if (index > 0) throw err;
    return mainThreadBackend();
  }
}

export class LabRunner {
  private readonly size: number;
  private readonly createBackend: LabBackendFactory;
  private backends: LabBackend[] = [];
  private running = false;

  constructor(o: LabRunnerOptions = {}) {
    const n = o.workers ?? defaultLabWorkers();
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`workers must be a positive integer, got ${String(n)}`);
    this.size = n;
    this.createBackend = o.createBackend ?? defaultBackend;
  }

  get busy(): boolean {
    return this.running;
  }

  /** Where the lanes run: 'worker', 'main-thread', or 'idle' before the first run. */
  get mode(): 'worker' | 'main-thread' | 'idle' {
    return this.backends[0]?.kind ?? 'idle';
  }

  async run(tasks: readonly LabTask[], o: LabRunOptions = {}): Promise<LabTaskResult[]> {
    if (this.running)
      throw new Error('a lab experiment is already running: cancel it or wait for it');
    if (o.signal?.aborted) throw new LabCancelledError();
    this.running = true;
    let onAbort: (() => void) | undefined;
    // A worker's progress message can still arrive after a cancel has ended the run:
    // passed on, it would tell the caller a run is going that is over.
    let over = false;
    try {
      const total = tasks.reduce((s, t) => s + taskUnits(t), 0);
      const done: number[] = tasks.map(() => 0);
      const results: LabTaskResult[] = new Array(tasks.length);
      const report = () => {
        if (over || o.signal?.aborted) return;
        o.onProgress?.(
          done.reduce((s, d) => s + d, 0),
          total,
        );
      };
      const cancelled = new Promise<never>((_, reject) => {
        onAbort = () => reject(new LabCancelledError());
        o.signal?.addEventListener('abort', onAbort, { once: true });
      });
      cancelled.catch(() => {});
      await Promise.race([
        this.ensureBackends(Math.max(1, Math.min(this.size, tasks.length))),
        cancelled,
      ]);
      let next = 0;
      const lane = async (backend: LabBackend) => {
        while (next < tasks.length) {
          const i = next++;
          const task = tasks[i]!;
          results[i] = await backend.run(task, (d) => {
            done[i] = d;
            report();
          });
          done[i] = taskUnits(task);
          report();
        }
      };
      const lanes = Promise.all(this.backends.map(lane));
      lanes.catch(() => {}); // a cancelled run's lanes fail when their workers are terminated
      await Promise.race([lanes, cancelled]);
      return results;
    } catch (err) {
      this.disposeBackends();
      throw err;
    } finally {
      over = true;
      if (onAbort) o.signal?.removeEventListener('abort', onAbort);
      this.running = false;
    }
  }

  /** Starts every lane ahead of a run (a page can do it when the lab opens); says where they run. */
  async prepare(): Promise<'worker' | 'main-thread'> {
    if (!this.running) await this.ensureBackends(this.size);
    return this.backends[0]?.kind ?? 'main-thread';
  }

  /** Terminates every lane (a later run starts new ones). */
  dispose(): void {
    this.disposeBackends();
  }

  private async ensureBackends(n: number): Promise<void> {
    while (this.backends.length < n) {
      let backend: LabBackend;
      try {
        backend = await this.createBackend(this.backends.length);
      } catch (err) {
        // Fewer lanes than asked is still a run; none is not.
        if (this.backends.length === 0) throw err;
        return;
      }
      this.backends.push(backend);
      // One lane on the page's thread is as fast as several: start no more.
      if (backend.kind === 'main-thread') return;
    }
  }

  private disposeBackends(): void {
    for (const b of this.backends) b.dispose();
    this.backends = [];
  }
}

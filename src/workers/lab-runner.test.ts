import { describe, expect, it } from 'vitest';
import {
  planDoubleSpendRace,
  runToEnd,
  summariseDoubleSpendRace,
  taskSteps,
  type LabTask,
  type RaceTally,
} from '../lab/index';
import { LabCancelledError, LabRunner } from './lab-runner';
import type { LabBackend } from './lab-backend';
import { createMainThreadLabBackend } from './main-thread-lab-backend';
import { createLabApi } from './lab-api';

const plan = planDoubleSpendRace({ q: 0.3, z: 1, trials: 120, seed: 'runner' });

/** Main-thread lanes that count what they are given. */
function countingLanes(log: { created: number; disposed: number; tasks: number[] }) {
  return (index: number): LabBackend => {
    log.created++;
    const inner = createMainThreadLabBackend();
    return {
      kind: 'worker', // pretend, so the runner starts several lanes
      run: (task, onProgress) => {
        log.tasks.push(index);
        return inner.run(task, onProgress);
      },
      dispose: () => {
        log.disposed++;
        inner.dispose();
      },
    };
  };
}

describe('LabRunner', () => {
  it('gives the same result with one lane or three, in task order', async () => {
    const expected = plan.tasks.map((t) => runToEnd(taskSteps(t)));
    for (const workers of [1, 3]) {
      const log = { created: 0, disposed: 0, tasks: [] as number[] };
      const runner = new LabRunner({ workers, createBackend: countingLanes(log) });
      const results = await runner.run(plan.tasks);
      expect(results).toEqual(expected);
      expect(log.created).toBe(workers);
      if (workers === 3) expect(new Set(log.tasks).size).toBeGreaterThan(1); // the lanes shared the work
      expect(summariseDoubleSpendRace(plan, results as RaceTally[]).trials).toBe(120);
    }
  }, 60_000);

  it('reports progress that only grows and ends at the total', async () => {
    const seen: [number, number][] = [];
    const runner = new LabRunner({
      workers: 2,
      createBackend: countingLanes({ created: 0, disposed: 0, tasks: [] }),
    });
    await runner.run(plan.tasks, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(plan.tasks.length);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]![0]).toBeGreaterThanOrEqual(seen[i - 1]![0]);
    expect(seen.at(-1)).toEqual([120, 120]);
  }, 60_000);

  it('cancels: rejects with AbortError, frees its lanes, and runs again afterwards', async () => {
    const log = { created: 0, disposed: 0, tasks: [] as number[] };
    const runner = new LabRunner({ workers: 2, createBackend: countingLanes(log) });
    const controller = new AbortController();
    const run = runner.run(plan.tasks, {
      signal: controller.signal,
      onProgress: (done) => done > 5 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(LabCancelledError);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(log.disposed).toBe(2);
    expect(runner.busy).toBe(false);
    const small: LabTask[] = [plan.tasks[0]!];
    expect(await runner.run(small)).toHaveLength(1);
  }, 60_000);

  it('passes on no progress after a cancel, even when a lane reports late', async () => {
    // A worker's message already on its way when the run is cancelled arrives afterwards.
    let late: (() => void) | undefined;
    const runner = new LabRunner({
      workers: 1,
      createBackend: () => ({
        kind: 'worker',
        run: (_task, onProgress) => {
          late = () => onProgress(3);
          onProgress(1);
          return new Promise(() => {});
        },
        dispose: () => {},
      }),
    });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runner.run(plan.tasks, { signal: controller.signal, onProgress: (done) => seen.push(done) });
    await new Promise((r) => setTimeout(r, 0));
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(LabCancelledError);
    late!();
    expect(seen).toEqual([1]);
  });

  it('starts every lane ahead of a run when asked', async () => {
    const log = { created: 0, disposed: 0, tasks: [] as number[] };
    const runner = new LabRunner({ workers: 3, createBackend: countingLanes(log) });
    expect(runner.mode).toBe('idle');
    expect(await runner.prepare()).toBe('worker');
    expect(log.created).toBe(3);
    runner.dispose();
    expect(log.disposed).toBe(3);
  });

  it('refuses a second run while one is going', async () => {
    const runner = new LabRunner({ workers: 1, createBackend: () => createMainThreadLabBackend() });
    const first = runner.run([plan.tasks[0]!]);
    await expect(runner.run([plan.tasks[1]!])).rejects.toThrow(/already running/);
    await first;
  }, 60_000);

  it('fails the run when a lane fails, with the lane’s reason', async () => {
    const runner = new LabRunner({
      workers: 1,
      createBackend: () => ({
        kind: 'worker',
        run: () => Promise.reject(new Error('the lab worker failed: boom')),
        dispose: () => {},
      }),
    });
    await expect(runner.run(plan.tasks)).rejects.toThrow(/boom/);
  });
});

describe('createLabApi', () => {
  it('runs a task to the end and throttles progress by its clock', () => {
    let t = 0;
    const api = createLabApi(() => (t += 40));
    const calls: number[] = [];
    const tally = api.runTask(plan.tasks[0]!, (d) => calls.push(d)) as RaceTally;
    expect(tally.trials).toBe(50);
    // 40 ms per step, reported at most every 100 ms: about every third step.
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.length).toBeLessThan(25);
    expect(api.ping()).toBe('pong');
  }, 60_000);
});

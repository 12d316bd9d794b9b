/**
 * Lab benchmark page: exposes `window.labBench` for bench/lab.bench.ts. The
 * real LabRunner (src/workers) runs lab experiments in this page's Web Workers
 * while a PerformanceObserver records the page's long tasks.
 */
import { LabRunner } from '../../src/workers/lab-runner';
import {
  planDoubleSpendRace,
  planSelfishMining,
  summariseDoubleSpendRace,
  summariseSelfishMining,
  type RaceTally,
  type SelfishSegment,
} from '../../src/lab/index';

export interface TimedRun {
  readonly seconds: number;
  /** Trials or blocks per second. */
  readonly rate: number;
  readonly result: string;
  /** The page's tasks over 50 ms during the run (count and the longest). */
  readonly longTasks: number;
  readonly longestTaskMs: number;
}

export interface LabBench {
  race(workers: number, trials: number): Promise<TimedRun>;
  selfish(workers: number, blocks: number): Promise<TimedRun>;
  /** Milliseconds from abort() to the run's rejection, with a run of `workers` lanes under way. */
  cancelLatency(workers: number): Promise<number>;
}

async function timed(work: () => Promise<{ units: number; result: string }>): Promise<TimedRun> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const started = performance.now();
  const { units, result } = await work();
  const seconds = (performance.now() - started) / 1000;
  observer.disconnect();
  return {
    seconds,
    rate: units / seconds,
    result,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
  };
}

const percent = (x: number) => `${(100 * x).toFixed(2)}%`;

const labBench: LabBench = {
  async race(workers, trials) {
    const runner = new LabRunner({ workers });
    // Start the workers before the clock runs: their start-up is not the experiment's cost.
    await runner.prepare();
    try {
      return await timed(async () => {
        const plan = planDoubleSpendRace({ q: 0.3, z: 2, trials, seed: 'bench' });
        const r = summariseDoubleSpendRace(plan, (await runner.run(plan.tasks)) as RaceTally[]);
        return {
          units: trials,
          result: `${percent(r.successRate)} [${percent(r.ci95[0])}, ${percent(r.ci95[1])}], exact ${percent(r.theory.exact)}, ${r.blocks} blocks`,
        };
      });
    } finally {
      runner.dispose();
    }
  },
  async selfish(workers, blocks) {
    const runner = new LabRunner({ workers });
    await runner.prepare();
    try {
      return await timed(async () => {
        const plan = planSelfishMining({ alpha: 0.3, gamma: 0.5, blocks, seed: 'bench' });
        const r = summariseSelfishMining(plan, (await runner.run(plan.tasks)) as SelfishSegment[]);
        return {
          units: blocks,
          result: `${percent(r.relativeRevenue)} [${percent(r.ci95[0])}, ${percent(r.ci95[1])}], R ${percent(r.theory.revenue)}`,
        };
      });
    } finally {
      runner.dispose();
    }
  },
  async cancelLatency(workers) {
    const runner = new LabRunner({ workers });
    await runner.prepare();
    const controller = new AbortController();
    const plan = planDoubleSpendRace({ q: 0.3, z: 6, trials: 5000, seed: 'cancel' });
    const run = runner.run(plan.tasks, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 1000));
    const asked = performance.now();
    controller.abort();
    await run.catch(() => {});
    const latency = performance.now() - asked;
    runner.dispose();
    return latency;
  },
};

(window as unknown as { labBench: LabBench; benchReady: boolean }).labBench = labBench;
(window as unknown as { benchReady: boolean }).benchReady = true;

/**
 * Lab section: how long the lab's experiments take in the page's Web Workers
 * (headless Chromium, the real LabRunner, every block mined and validated):
 * the double-spend race at one point (q 0.3, z 2, 3000 trials) and selfish
 * mining (alpha 0.3, gamma 0.5, 10,000 blocks) with 1 and 2 workers, the
 * page's long tasks meanwhile, and how fast Cancel stops a run. Target: a few
 * thousand trials at one point well under a minute on a 2-core machine, and
 * no long task on the page.
 */
import type { Page } from 'playwright';
import type { BenchContext } from './context';
import type { LabBench, TimedRun } from './pages/lab';

function bench(page: Page) {
  type W = { labBench: LabBench };
  return {
    race: (workers: number, trials: number): Promise<TimedRun> =>
      page.evaluate(([w, t]) => (window as unknown as W).labBench.race(w, t), [
        workers,
        trials,
      ] as const),
    selfish: (workers: number, blocks: number): Promise<TimedRun> =>
      page.evaluate(([w, b]) => (window as unknown as W).labBench.selfish(w, b), [
        workers,
        blocks,
      ] as const),
    cancelLatency: (workers: number): Promise<number> =>
      page.evaluate((w) => (window as unknown as W).labBench.cancelLatency(w), workers),
  };
}

const TRIALS = 3000;
const BLOCKS = 10_000;

export default async function lab(ctx: BenchContext): Promise<void> {
  const page = await ctx.openPage('lab');
  const b = bench(page);
  const load = ctx.loadAverage();
  const race1 = await b.race(1, TRIALS);
  const race2 = await b.race(2, TRIALS);
  ctx.report(`Double-spend race, q 0.3, z 2, ${TRIALS} trials (${load})`, [
    {
      label: '1 worker',
      value: race1.seconds,
      unit: 's',
      note: `${race1.rate.toFixed(0)} trials/s; ${race1.result}`,
    },
    {
      label: '2 workers',
      value: race2.seconds,
      unit: 's',
      note: `${(race1.seconds / race2.seconds).toFixed(2)}x one worker (target: well under a minute on an idle 2-core machine)`,
    },
    {
      label: 'page long tasks (> 50 ms)',
      value: race1.longTasks + race2.longTasks,
      note: `longest ${Math.max(race1.longestTaskMs, race2.longestTaskMs).toFixed(0)} ms`,
    },
  ]);
  const selfish1 = await b.selfish(1, BLOCKS);
  const selfish2 = await b.selfish(2, BLOCKS);
  ctx.report(`Selfish mining, alpha 0.3, gamma 0.5, ${BLOCKS} blocks (${ctx.loadAverage()})`, [
    {
      label: '1 worker',
      value: selfish1.seconds,
      unit: 's',
      note: `${selfish1.rate.toFixed(0)} blocks/s; ${selfish1.result}`,
    },
    {
      label: '2 workers',
      value: selfish2.seconds,
      unit: 's',
      note: `${(selfish1.seconds / selfish2.seconds).toFixed(2)}x one worker`,
    },
    {
      label: 'page long tasks (> 50 ms)',
      value: selfish1.longTasks + selfish2.longTasks,
      note: `longest ${Math.max(selfish1.longestTaskMs, selfish2.longestTaskMs).toFixed(0)} ms`,
    },
  ]);
  const cancel = await b.cancelLatency(2);
  ctx.report('Cancel', [
    {
      label: 'abort() to the run rejecting, 2 workers busy',
      value: cancel,
      unit: 'ms',
      note: cancel < 100 ? 'immediate' : 'slow',
    },
  ]);
  await page.close();
}

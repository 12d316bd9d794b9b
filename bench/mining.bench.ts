/**
 * Mining section: in headless Chromium workers, the hash rate per
 * worker of (a) the naive noble loop sha256(sha256(header)), (b) noble with a
 * midstate, (c) the project's kernel and (d) a crypto-js "string + nonce,
 * leading zeros" loop as the best-known browser demo mines; the real pool's
 * total rate with 1 and 2 workers; its cancel and restart latency; and the
 * main-thread fallback. Targets on a 2-core machine: kernel >= 6x naive,
 * 2 workers >= 1.8x one, cancel latency < 50 ms.
 */
import type { Page } from 'playwright';
import type { BenchContext } from './context';
import type { MiningBench, PoolRate, CancelResult } from './pages/mining';
import type { VariantResult } from './pages/mining-variants.worker';
import type { Variant } from './pages/hash-loops';

const WARMUP_MS = 500;
const MEASURE_MS = 2500;

/** The page's API; the arrow functions below are serialised by Playwright and run in the page. */
function bench(page: Page) {
  type W = { miningBench: MiningBench };
  return {
    agree: () => page.evaluate(() => (window as unknown as W).miningBench.agree()),
    variant: (v: Variant): Promise<VariantResult> =>
      page.evaluate(([name, w, m]) => (window as unknown as W).miningBench.variant(name, w, m), [v, WARMUP_MS, MEASURE_MS] as const),
    poolRate: (workers: number, mainThread = false): Promise<PoolRate> =>
      page.evaluate(
        ([n, w, m, main]) => (window as unknown as W).miningBench.poolRate(n, w, m, main),
        [workers, WARMUP_MS, MEASURE_MS, mainThread] as const,
      ),
    cancelLatency: (workers: number, count: number): Promise<CancelResult> =>
      page.evaluate(([n, c]) => (window as unknown as W).miningBench.cancelLatency(n, c), [workers, count] as const),
  };
}

const M = (rate: number) => rate / 1e6;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

export default async function mining(ctx: BenchContext): Promise<void> {
  const page = await ctx.openPage('mining');
  const b = bench(page);
  const loadBefore = ctx.loadAverage();

  if (!(await b.agree())) throw new Error('the naive, midstate and kernel loops disagree on SHA-256d: speeds would be meaningless');

  const results = {} as Record<Variant, VariantResult>;
  for (const v of ['naive', 'midstate', 'kernel', 'crypto-js'] as const) results[v] = await b.variant(v);
  const kernel = results.kernel;
  const kNaive = kernel.rate / results.naive.rate;
  const kCrypto = kernel.rate / results['crypto-js'].rate;
  const windows = kernel.windows.map(M);
  const steadiness = Math.min(...windows) / Math.max(...windows);

  ctx.report(`Hash rate per worker, one worker at a time (${MEASURE_MS} ms each after ${WARMUP_MS} ms warm-up; ${loadBefore})`, [
    { label: '(a) naive noble sha256(sha256(header))', value: M(results.naive.rate).toFixed(3), unit: 'M hash/s' },
    { label: '(b) noble midstate, hashers reused', value: M(results.midstate.rate).toFixed(3), unit: 'M hash/s', note: `${(results.midstate.rate / results.naive.rate).toFixed(2)}x naive` },
    { label: '(c) Pocket Chain kernel', value: M(kernel.rate).toFixed(3), unit: 'M hash/s' },
    { label: '(d) crypto-js string + nonce, leading zeros', value: M(results['crypto-js'].rate).toFixed(3), unit: 'M hash/s' },
    { label: 'kernel / naive noble', value: kNaive.toFixed(2), unit: 'x', note: `target >= 6x: ${verdict(kNaive >= 6)}` },
    { label: 'kernel / crypto-js demo', value: kCrypto.toFixed(1), unit: 'x' },
    {
      label: 'kernel per 100 ms window (min/median/max)',
      value: `${Math.min(...windows).toFixed(2)} / ${median(windows).toFixed(2)} / ${Math.max(...windows).toFixed(2)}`,
      unit: 'M hash/s',
      note: `${windows.length} windows, min/max ${steadiness.toFixed(2)}: ${steadiness > 0.7 && kNaive > 3 ? 'optimised by V8 throughout (an interpreted kernel runs ~80x slower)' : 'UNEVEN: check for deoptimisation'}`,
    },
  ]);

  const one = await b.poolRate(1);
  const two = await b.poolRate(2);
  const scale = two.rate / one.rate;
  ctx.report(`Real MiningPool (src/workers, miner.worker.ts via Comlink), total over ${MEASURE_MS} ms (${ctx.loadAverage()})`, [
    { label: '1 worker', value: M(one.rate).toFixed(3), unit: 'M hash/s', note: `per worker (smoothed): ${one.perWorker.map((r) => M(r).toFixed(2)).join(', ')}` },
    { label: '2 workers', value: M(two.rate).toFixed(3), unit: 'M hash/s', note: `per worker (smoothed): ${two.perWorker.map((r) => M(r).toFixed(2)).join(', ')}` },
    { label: '2 workers / 1 worker', value: scale.toFixed(2), unit: 'x', note: `target >= 1.8x: ${verdict(scale >= 1.8)}` },
    { label: 'pool (1 worker) / bare kernel', value: (one.rate / kernel.rate).toFixed(2), unit: 'x', note: 'cost of chunking and messaging' },
    { label: 'long tasks on the page while mining (2 workers)', value: two.longTasks.count, unit: '', note: two.longTasks.count ? `longest ${two.longTasks.maxMs.toFixed(0)} ms` : '' },
  ]);

  const cancels = 20;
  const c = await b.cancelLatency(2, cancels);
  ctx.report(`Cancel and restart latency, 2 workers, ${cancels} each at random moments (${ctx.loadAverage()})`, [
    { label: 'cancel(): request -> all workers idle, median', value: median(c.cancelMs).toFixed(1), unit: 'ms' },
    { label: 'cancel(): max', value: Math.max(...c.cancelMs).toFixed(1), unit: 'ms', note: `target < 50 ms: ${verdict(Math.max(...c.cancelMs) < 50)}` },
    { label: 'restart on a new template: median', value: median(c.restartMs).toFixed(1), unit: 'ms' },
    { label: 'restart on a new template: max', value: Math.max(...c.restartMs).toFixed(1), unit: 'ms' },
  ]);

  const main = await b.poolRate(1, true);
  ctx.report(`Fallback: workers refused, mining on the main thread in short slices (${ctx.loadAverage()})`, [
    { label: `mode "${main.mode}"`, value: M(main.rate).toFixed(3), unit: 'M hash/s', note: `${(main.rate / kernel.rate).toFixed(2)}x the kernel in a worker` },
    { label: 'long tasks (> 50 ms) on the page meanwhile', value: main.longTasks.count, unit: '', note: main.longTasks.count ? `longest ${main.longTasks.maxMs.toFixed(0)} ms` : '' },
  ]);
  await page.close();
}

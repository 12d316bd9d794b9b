/**
 * App start section, on the built app in headless Chromium: the time from a
 * reload to a usable page (the 'pocket:mounted' mark) on the demo chain, then
 * on a Simulation chain fast-forwarded to 2,000 blocks with payments, in the
 * same browser and run. The start reads each node's block index and UTXO set
 * and checks its last 6 blocks; the full verification follows in a worker, so
 * the ratio should stay near 1 whatever the chain's length.
 * START_BENCH_PAYMENTS sets the payments sent before each 1,000-block round.
 */
import type { Page } from 'playwright';
import { growLongChain } from '../e2e/long-chain';
import { serveStatic } from '../e2e/static-server';
import { builtApp } from './built-app';
import type { BenchContext } from './context';

const ROUNDS = 2;
const PAYMENTS_PER_ROUND = Number(process.env.START_BENCH_PAYMENTS ?? 250);
const RELOADS = 3;
const COIN = 100_000_000;

async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.pocket.settle();
    await window.pocket.flush();
  });
}

/** Reload to the page mounted with its state loaded; best of `RELOADS` (the least disturbed by others' load). */
async function startTimes(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('pocket:mounted').length > 0, null, { timeout: 120_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName('pocket:mounted')[0]!.startTime));
  }
  // window.pocket is set after the first screen (its code loads with its first call): the next step drives the page through it.
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 120_000 });
  return times;
}

export default async function appStart(ctx: BenchContext): Promise<void> {
  const server = await serveStatic(await builtApp(), '/');
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`  [app start] ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 120_000 });
    await settle(page);
    const demoHeight = await page.evaluate(async () => (await window.pocket.getNodes())[0]!.height);
    const demo = await startTimes(page);

    const long = await growLongChain(page, { seed: 'start bench', rounds: ROUNDS, paymentsPerRound: PAYMENTS_PER_ROUND, amount: COIN / 1000 });
    const payments = long.payments;
    const chain = await startTimes(page);
    const best = (xs: number[]) => Math.min(...xs);
    const ratio = best(chain) / best(demo);
    const all = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    ctx.report(`App start: reload to a usable page, best of ${RELOADS} (${ctx.loadAverage()})`, [
      { label: `demo chain (${demoHeight} blocks)`, value: best(demo).toFixed(0), unit: 'ms', note: `each: ${all(demo)} ms` },
      {
        label: `Simulation chain (${long.height.toLocaleString('en-US')} blocks, ${payments} payments, ${long.nodes} nodes)`,
        value: best(chain).toFixed(0),
        unit: 'ms',
        note: `${ratio.toFixed(2)}x the demo's; each: ${all(chain)} ms`,
      },
    ]);
    ctx.figure('start-sim', {
      now: `${best(chain).toFixed(0)} ms vs the demo's ${best(demo).toFixed(0)} ms (${ratio.toFixed(2)}x; ${long.height.toLocaleString('en-US')} blocks, ${payments} payments, ${long.nodes} nodes)`,
    });
  } finally {
    await context.close();
    await server.close();
  }
}

/**
 * Chain tab section: how much the page works to show the Chain tab, in the
 * built app itself (demo network, tip block open in the explorer, clock
 * paused so the simulation adds nothing). Each round clicks from the Wallets
 * tab to the Chain tab inside the page and waits three frames; a CDP trace
 * aligned on a performance mark gives the main thread's CPU time of every
 * task in that window (the panel's mount, ChainView, the explorer and the
 * parts it draws one task later), and the wall time from the click to the
 * next frame.
 *
 * CHAIN_TAB_BASELINE=/path/to/another/dist compares another build in the same
 * run, round by round (A then B, B then A, ...), so both see the same machine load.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { serveStatic, type StaticServer } from '../e2e/static-server';
import { builtApp } from './built-app';
import type { BenchContext, ReportRow } from './context';
import { overlaps, tracePage } from './main-thread-trace';

/** Rounds per build; CHAIN_TAB_ROUNDS sets another count. */
const ROUNDS = Number(process.env.CHAIN_TAB_ROUNDS ?? 15);

interface Round {
  /** Main-thread CPU of the tasks from the click to three frames later. */
  readonly cpu: number;
  /** Click to the next frame (the panel on screen). */
  readonly wall: number;
}

/** The built app at `url`, booted, tour closed, clock paused, the tip block open, then on the Wallets tab. */
async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { pocket?: unknown }).pocket !== undefined, null, { timeout: 60_000 });
  const tour = page.getByRole('button', { name: 'Close the tour' });
  if (await tour.isVisible()) await tour.click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Open the tip' }).click();
  await page.getByRole('heading', { name: /Tamper with a copy/ }).waitFor();
  await page.getByRole('tab', { name: /^Wallets/ }).click();
  await page.waitForTimeout(500);
  return page;
}

/** One Wallets -> Chain click, traced. */
async function round(browser: Browser, page: Page): Promise<Round> {
  // No named functions inside: the page gets the function's source, without tsx's helpers.
  const { result: wall, trace } = await tracePage(browser, page, () =>
    page.evaluate(async () => {
      const start = performance.now();
      document.getElementById('tab-chain')!.click();
      let wall = 0;
      for (let i = 0; i < 3; i++) {
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        if (i === 0) wall = performance.now() - start;
      }
      return wall;
    }),
  );
  const cpu = trace.main.filter((t) => overlaps(t, trace.start, trace.end)).reduce((s, t) => s + t.cpuMs, 0);
  // Back to Wallets for the next round, and let the page settle.
  await page.getByRole('tab', { name: /^Wallets/ }).click();
  await page.waitForTimeout(300);
  return { cpu, wall };
}

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;

function rows(label: string, rounds: readonly Round[]): ReportRow[] {
  const cpu = rounds.map((r) => r.cpu);
  const wall = rounds.map((r) => r.wall);
  return [
    { label: `${label}: main-thread CPU, median`, value: median(cpu).toFixed(1), unit: 'ms', note: `min ${Math.min(...cpu).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)}` },
    { label: `${label}: click to next frame, median`, value: median(wall).toFixed(1), unit: 'ms', note: `min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)}` },
  ];
}

export default async function chainTab(ctx: BenchContext): Promise<void> {
  const builds: { label: string; dir: string }[] = [{ label: 'this build', dir: await builtApp() }];
  const baseline = process.env.CHAIN_TAB_BASELINE;
  if (baseline) builds.unshift({ label: `baseline (${baseline})`, dir: resolve(baseline) });

  const servers: StaticServer[] = [];
  try {
    const pages: Page[] = [];
    for (const b of builds) {
      const server = await serveStatic(b.dir, '/');
      servers.push(server);
      pages.push(await openApp(ctx.browser, server.url));
    }
    const load = ctx.loadAverage();
    const results: Round[][] = builds.map(() => []);
    for (let i = 0; i < ROUNDS; i++) {
      // Every other round the other build goes first: neither always follows the other's garbage.
      const order = builds.map((_, k) => k);
      if (i % 2 === 1) order.reverse();
      for (const k of order) results[k]!.push(await round(ctx.browser, pages[k]!));
    }
    ctx.report(
      `Chain tab: Wallets -> Chain with the tip block open, ${ROUNDS} rounds each${builds.length > 1 ? ', builds alternating' : ''} (${load} at the start, ${ctx.loadAverage()} at the end)`,
      builds.flatMap((b, k) => rows(b.label, results[k]!)),
    );
    for (const p of pages) await p.context().close();
  } finally {
    for (const s of servers) await s.close();
  }
}

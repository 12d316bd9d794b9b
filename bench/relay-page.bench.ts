/**
 * Relay section in the page: what one relayed block costs the page's main
 * thread in the built app, in headless Chromium, as the network grows to 4,
 * 16, 32 and 64 nodes. Everything the page does runs: the simulation on the
 * app's timer at x1, each node's delta saved to IndexedDB, the views redrawn.
 *
 * Each new node is linked to a node chosen in turn and to two more (a sparse
 * network, as relay.bench.ts builds in Node). The demo's simulated miners are
 * off, so the only block relayed in the window is the measured one. Per block: 10 payments are sent
 * and delivered to every pool (settle), then a trace covers the block's
 * mining (in the workers) and its relay until every node has it; the figures
 * are the main thread's busy time over that window and its longest task, in
 * wall time (what the user waits for) and in CPU time (the page's own work:
 * on a machine shared with other jobs a task's wall time also holds the time
 * the thread waited for a core).
 *
 * RELAY_PAGE_BASELINE=/path/to/another/dist runs another build in the same
 * run, block by block in turn (A then B, B then A, ...), so both see the same
 * machine load. RELAY_PAGE_SIZES=64 (comma-separated) picks the sizes.
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { serveStatic, type StaticServer } from '../e2e/static-server';
import { builtApp } from './built-app';
import type { BenchContext } from './context';
import { traceMainThread, type TracedTask } from './main-thread-trace';

const SIZES = (process.env.RELAY_PAGE_SIZES ?? '4,16,32,64').split(',').map(Number);
const BLOCKS = Number(process.env.RELAY_PAGE_BLOCKS ?? 3);
const PAYMENTS = 10;
const COIN = 100_000_000;

/** Adds nodes until there are `size`, each linked to three earlier ones. */
async function growTo(page: Page, size: number): Promise<void> {
  await page.evaluate(async (n) => {
    const p = window.pocket;
    const first = (await p.getNodes()).map((x) => x.id);
    const ids = [...first];
    for (let i = ids.length; i < n; i++) {
      await p.selectNode(ids[(i * 7) % ids.length]!);
      const { id } = await p.addNode();
      await p.registerNodes(id, [ids[(i * 13 + 1) % ids.length]!, ids[(i * 29 + 2) % ids.length]!]);
      ids.push(id);
    }
    await p.selectNode(first[0]!);
    await p.settle();
  }, size);
}

async function pay(page: Page): Promise<void> {
  await page.evaluate(
    async ({ n, coin }) => {
      const p = window.pocket;
      const wallets = await p.getWallets();
      const rich = [...wallets].sort((a, b) => b.balance.confirmed - a.balance.confirmed);
      for (let i = 0; i < n; i++) await p.send(rich[i % 3]!.address, rich[(i % 3) + 3]!.address, coin / 50, 1000);
      await p.settle();
      await p.flush();
    },
    { n: PAYMENTS, coin: COIN },
  );
}

/** Mines one block on the selected node and waits until every node has it (relayed by the app's timer). */
async function mineAndRelay(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const p = window.pocket;
    const miner = (await p.getWallets())[0]!.address;
    const { hash } = await p.mineBlock(miner);
    for (;;) {
      if ((await p.getNodes()).every((n) => n.tip === hash)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(1);

async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  [relay page] ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 120_000 });
  const tour = page.getByRole('button', { name: 'Close the tour' });
  if (await tour.isVisible()) await tour.click();
  // The demo's simulated miners off: a block of theirs could win over the measured one, whose
  // relay would then never reach every node's tip (the 64-node section waited for ever at load 12).
  await page.evaluate(() => window.pocket.setSimulatedMining(false));
  return page;
}

interface BlockFigures {
  busy: number[];
  longest: number[];
  /** CPU time of the task that used the most. */
  longestCpu: number[];
  over: number;
  overCpu: number;
}

export default async function relayPage(ctx: BenchContext): Promise<void> {
  const builds: { label: string; dir: string }[] = [{ label: 'this build', dir: await builtApp() }];
  const baseline = process.env.RELAY_PAGE_BASELINE;
  if (baseline) builds.unshift({ label: 'baseline', dir: resolve(baseline) });
  const servers: StaticServer[] = [];
  try {
    const pages: Page[] = [];
    for (const b of builds) {
      const server = await serveStatic(b.dir, '/');
      servers.push(server);
      pages.push(await openApp(ctx.browser, server.url));
    }
    for (const size of SIZES) {
      for (const page of pages) await growTo(page, size);
      const figures: BlockFigures[] = builds.map(() => ({ busy: [], longest: [], longestCpu: [], over: 0, overCpu: 0 }));
      for (let b = 0; b < BLOCKS; b++) {
        const order = builds.map((_, k) => k);
        if (b % 2 === 1) order.reverse();
        for (const k of order) {
          const page = pages[k]!;
          await pay(page);
          const tasks: TracedTask[] = await traceMainThread(ctx.browser, page, () => mineAndRelay(page));
          figures[k]!.busy.push(tasks.reduce((s, t) => s + t.wallMs, 0));
          figures[k]!.longest.push(Math.max(0, ...tasks.map((t) => t.wallMs)));
          figures[k]!.longestCpu.push(Math.max(0, ...tasks.map((t) => t.cpuMs)));
          figures[k]!.over += tasks.filter((t) => t.wallMs > 50).length;
          figures[k]!.overCpu += tasks.filter((t) => t.cpuMs > 50).length;
        }
      }
      ctx.report(
        `Relay in the page: a block with ${PAYMENTS} payments, ${size} nodes, ${BLOCKS} blocks at x1${builds.length > 1 ? ', builds in turn' : ''} (Chromium; ${ctx.loadAverage()})`,
        builds.flatMap((build, k) => {
          const f = figures[k]!;
          return [
            { label: `${build.label}: main-thread busy time per block (median)`, value: ms(median(f.busy)), unit: 'ms', note: `each: ${f.busy.map(ms).join(', ')}` },
            { label: `${build.label}: longest task per block (median / max)`, value: `${ms(median(f.longest))} / ${ms(Math.max(...f.longest))}`, unit: 'ms', note: `${f.over} tasks over 50 ms in ${BLOCKS} blocks` },
            { label: `${build.label}: most CPU in one task per block (median / max)`, value: `${ms(median(f.longestCpu))} / ${ms(Math.max(...f.longestCpu))}`, unit: 'ms', note: `${f.overCpu} tasks over 50 ms of CPU` },
          ];
        }),
      );
      const text = (f: BlockFigures) =>
        `${ms(median(f.busy))} / ${ms(median(f.longest))} ms (max ${ms(Math.max(...f.longest))}, ${f.over} tasks over 50 ms; most CPU in one task ${ms(median(f.longestCpu))}, max ${ms(Math.max(...f.longestCpu))})`;
      const now = figures[builds.length - 1]!;
      ctx.figure('relay', {
        label: `${size} nodes (Chromium, the built app), busy / longest task`,
        ...(builds.length > 1 ? { old: text(figures[0]!) } : {}),
        now: text(now),
      });
    }
    for (const p of pages) await p.context().close();
  } finally {
    for (const s of servers) await s.close();
  }
}

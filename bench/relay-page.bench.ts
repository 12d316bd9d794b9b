/**
 * Relay section in the page: what one relayed block costs the page's main
 * thread in the built app, in headless Chromium, as the network grows to 4,
 * 16, 32 and 64 nodes. Everything the page does runs: the simulation on the
 * app's timer at x1, each node's delta saved to IndexedDB, the views redrawn.
 *
 * Each new node is linked to a node chosen in turn and to two more (a sparse
 * network, as relay.bench.ts builds in Node). Per block: 10 payments are sent
 * and delivered to every pool (settle), then a trace covers the block's
 * mining (in the workers) and its relay until every node has it; the figures
 * are the main thread's busy time over that window and its longest task.
 */
import type { Page } from 'playwright';
import { serveStatic } from '../e2e/static-server';
import { builtApp } from './built-app';
import type { BenchContext } from './context';
import { traceMainThread, type MainThreadTask } from './main-thread-trace';

const SIZES = [4, 16, 32, 64];
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

export default async function relayPage(ctx: BenchContext): Promise<void> {
  const server = await serveStatic(await builtApp(), '/');
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`  [relay page] ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 120_000 });
    const tour = page.getByRole('button', { name: 'Close the tour' });
    if (await tour.isVisible()) await tour.click();
    for (const size of SIZES) {
      await growTo(page, size);
      const busy: number[] = [];
      const longest: number[] = [];
      let over = 0;
      for (let b = 0; b < BLOCKS; b++) {
        await pay(page);
        const tasks: MainThreadTask[] = await traceMainThread(ctx.browser, page, () => mineAndRelay(page));
        busy.push(tasks.reduce((s, t) => s + t.wallMs, 0));
        longest.push(Math.max(0, ...tasks.map((t) => t.wallMs)));
        over += tasks.filter((t) => t.wallMs > 50).length;
      }
      ctx.report(`Relay in the page: a block with ${PAYMENTS} payments, ${size} nodes, ${BLOCKS} blocks at x1 (Chromium; ${ctx.loadAverage()})`, [
        { label: 'main-thread busy time per block (median)', value: ms(median(busy)), unit: 'ms', note: `each: ${busy.map(ms).join(', ')}` },
        { label: 'longest task per block (median / max)', value: `${ms(median(longest))} / ${ms(Math.max(...longest))}`, unit: 'ms', note: `${over} tasks over 50 ms in ${BLOCKS} blocks` },
      ]);
      ctx.figure('relay', { label: `${size} nodes (Chromium, the built app), busy / longest task`, now: `${ms(median(busy))} / ${ms(median(longest))} ms (max ${ms(Math.max(...longest))}, ${over} tasks over 50 ms)` });
    }
  } finally {
    await context.close();
    await server.close();
  }
}

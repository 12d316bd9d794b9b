/**
 * The page stays responsive while the worker pool mines (issue 3 and issue 6
 * "Must show"): a PerformanceObserver for long tasks sees none over 50 ms
 * caused by mining, and the UI answers tab clicks at once.
 *
 * What "caused by mining" means here, and how it is told apart:
 *  - Windows of 3 s in which nobody touches the page, once with the Mining tab
 *    shown (live figures a few times a second), once with the Chain tab shown
 *    (the chain picture and the explorer of a block, redrawn as blocks arrive),
 *    are watched twice: with nothing mining (quiet) and while every worker of
 *    the pool mines for all the network's miners at a difficulty where blocks
 *    take a second or two (mining). "All miners mine" follows the chain's
 *    schedule, so the run chooses x100 (a discovery due every 0.1 s of wall
 *    time): the workers then search one proof after another, under full load. What the page does in the mining windows is
 *    its reaction to mining: progress reports, found blocks validated by every
 *    node and stored, their rendering, toasts.
 *  - A long task is 50 ms of wall time on the main thread. It is caused by
 *    mining if the page worked that long (main-thread CPU time of that task, from
 *    a CDP trace aligned on a performance mark), or if mining's own threads took
 *    the cores the main thread needed. The pool uses logical cores - 1 workers by
 *    default, so the trace must also show mining using no more than that: then
 *    a long task in which the page did little work means another process held
 *    the main thread off its core (on a shared machine, or beside a parallel
 *    Playwright worker), which is reported but is not mining's doing.
 *  - Tab clicks are the user's: measured apart from the click to the next frame,
 *    quiet and while mining. They must answer within 250 ms, and mining must not
 *    make their rendering do more work.
 *  - A second test asks for as many workers as logical cores (the machine fully
 *    busy, mining's threads may then take the main thread's core): the page's
 *    own work must still stay short; its wall-time long tasks are reported.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { tracePage, type PageTrace, type TracedTask } from '../bench/main-thread-trace';
import { longTasksSince, openApp, openTab, recordLongTasks } from './fixtures';

// The two tests one after the other, in one worker: each would load the cores the other measures.
test.describe.configure({ mode: 'default' });

const STILL_MS = 3000;
const CLICKS = ['chain', 'mining', 'chain', 'mining'] as const;

interface LongTask {
  start: number;
  duration: number;
}
/** A long task with the main-thread CPU time the trace gives it (null: not found in the trace). */
interface JudgedTask extends LongTask {
  cpu: number | null;
}
interface Click {
  tab: string;
  /** From the click to the next frame after the new panel was rendered. */
  ms: number;
  selected: boolean;
}
interface Window {
  name: string;
  start: number;
  end: number;
  longTasks: JudgedTask[];
  /** Cores used by the page's worker threads on average (mining). */
  workerCores: number;
  /** The main-thread task with the most CPU time in the window. */
  maxCpu: TracedTask | null;
}

async function figure(page: Page, testid: string): Promise<number> {
  const el = page.getByTestId(testid);
  const value = await el.getAttribute('data-value');
  return Number(value ?? (await el.textContent())!.replace(/[^\d]/g, ''));
}

/** Clicks the tabs one after the other from inside the page, each timed until the next frame. */
async function clickTabs(page: Page): Promise<Click[]> {
  const clicks: Click[] = [];
  for (const tab of CLICKS) {
    await page.waitForTimeout(400);
    clicks.push(
      await page.evaluate(async (id) => {
        const el = document.getElementById(`tab-${id}`)!;
        const start = performance.now();
        el.click();
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return {
          tab: id,
          ms: performance.now() - start,
          selected: el.getAttribute('aria-selected') === 'true',
        };
      }, tab),
    );
  }
  return clicks;
}

/** Nobody touches the page for STILL_MS. */
async function stillWindow(
  page: Page,
  name: string,
): Promise<{ name: string; start: number; end: number }> {
  const start = await page.evaluate(() => performance.now());
  await page.waitForTimeout(STILL_MS);
  const end = await page.evaluate(() => performance.now());
  return { name, start, end };
}

/** The Mining tab, then the Chain tab, each shown for a still window; long tasks judged with the trace. */
async function watch(page: Page, browser: Browser): Promise<Window[]> {
  await openTab(page, 'Mining');
  const { result, trace } = await tracePage(browser, page, async () => {
    const mining = await stillWindow(page, 'Mining tab');
    await openTab(page, 'Chain');
    await page.waitForTimeout(300);
    const chain = await stillWindow(page, 'Chain tab');
    return [mining, chain];
  });
  const windows: Window[] = [];
  for (const w of result) {
    const inside = (t: { start: number }) => t.start >= w.start && t.start < w.end;
    const main = trace.main.filter(inside);
    const longTasks = (await longTasksSince(page, w.start))
      .filter((t) => t.start < w.end)
      .map((lt) => {
        const match = main.find(
          (t) => Math.abs(t.start - lt.start) <= 3 && Math.abs(t.wallMs - lt.duration) <= 4,
        );
        return { ...lt, cpu: match ? match.cpuMs : null };
      });
    const workerCpu = trace.workers.filter(inside).reduce((s, t) => s + t.cpuMs, 0);
    const maxCpu = main.reduce<TracedTask | null>((m, t) => (!m || t.cpuMs > m.cpuMs ? t : m), null);
    windows.push({ ...w, longTasks, workerCores: workerCpu / (w.end - w.start), maxCpu });
  }
  return windows;
}

function describeWindows(windows: Window[]): string {
  return windows
    .map((w) => {
      const tasks =
        w.longTasks.length === 0
          ? 'no long task'
          : w.longTasks
              .map(
                (t) =>
                  `long task ${Math.round(t.duration)} ms (page's own work ${t.cpu === null ? '?' : t.cpu.toFixed(1)} ms CPU)`,
              )
              .join(', ');
      const max = w.maxCpu
        ? `busiest task ${w.maxCpu.cpuMs.toFixed(1)} ms CPU / ${w.maxCpu.wallMs.toFixed(1)} ms wall`
        : 'no task';
      return `${w.name}: ${tasks}; ${max}; mining threads used ${w.workerCores.toFixed(2)} cores`;
    })
    .join('\n  ');
}

const fmtClicks = (clicks: Click[]) =>
  clicks.map((c) => `${c.tab} ${Math.round(c.ms)} ms`).join(', ');
const maxClickCpu = (trace: PageTrace) => Math.max(0, ...trace.main.map((t) => t.cpuMs));

async function prepare(
  page: Page,
  workers: 'default' | 'all cores',
): Promise<{ workers: number; cores: number }> {
  await recordLongTasks(page);
  await openApp(page);
  await openTab(page, 'Chain');
  // The Chain tab then also shows a block in the explorer (its checks verify signatures) on each visit.
  await page.getByRole('button', { name: 'Open the tip' }).click();
  await expect(page.getByTestId('block-checks-summary')).toContainText('checks pass ✓');
  await openTab(page, 'Mining');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const n = workers === 'default' ? Math.max(1, cores - 1) : cores;
  await page.getByLabel('Mining workers').fill(String(n));
  await page.getByRole('button', { name: 'Set workers' }).click();
  await expect(page.getByText(new RegExp(`^${n} running`))).toBeVisible();
  // Blocks take a second or two at this difficulty (about 2 million hashes each).
  await page.getByRole('textbox', { name: 'Expected hashes per block' }).fill('2M');
  await page.getByRole('button', { name: 'Set difficulty' }).click();
  await expect(page.getByTestId('next-difficulty')).toContainText('2,0');
  return { workers: n, cores };
}

interface Run {
  windows: Window[];
  clicks: Click[];
  clickCpu: number;
  noncesTried: number;
  blocksFound: number;
}

async function quietRun(page: Page, browser: Browser, label: string): Promise<Run> {
  const windows = await watch(page, browser);
  await openTab(page, 'Mining');
  const clicks = await tracePage(browser, page, () => clickTabs(page));
  console.log(
    `${label}, nothing mining:\n  ${describeWindows(windows)}\n  tab clicks to the next frame: ${fmtClicks(clicks.result)}; costliest click task ${maxClickCpu(clicks.trace).toFixed(1)} ms CPU`,
  );
  return {
    windows,
    clicks: clicks.result,
    clickCpu: maxClickCpu(clicks.trace),
    noncesTried: 0,
    blocksFound: 0,
  };
}

async function miningRun(page: Page, browser: Browser, label: string): Promise<Run> {
  const blocksBefore = await figure(page, 'blocks-found');
  // The explicit fast path: at x100 a block is due every 0.1 s, far sooner than its proof is found.
  await page.getByLabel('Simulation speed').selectOption('100');
  await page.getByRole('button', { name: 'All miners mine' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('miners mine');
  // Let the workers reach their speed before measuring.
  await expect.poll(() => figure(page, 'nonces-tried')).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const windows = await watch(page, browser);
  await openTab(page, 'Mining');
  const clicks = await tracePage(browser, page, () => clickTabs(page));
  // The last click showed the Mining tab again: read its live figures.
  const noncesTried = await figure(page, 'nonces-tried');
  const blocksFound = (await figure(page, 'blocks-found')) - blocksBefore;
  const rate = await page.getByTestId('hash-rate').textContent();
  const perWorker = await page
    .getByTestId('worker-rates')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent).join(' ')),
    );
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('Not mining.', { timeout: 2000 });
  console.log(
    [
      `${label}, mining for all the network's miners:`,
      describeWindows(windows),
      `tab clicks to the next frame: ${fmtClicks(clicks.result)}; costliest click task ${maxClickCpu(clicks.trace).toFixed(1)} ms CPU`,
      `nonces tried ${noncesTried.toLocaleString('en-US')}, blocks found ${blocksFound}, hash rate ${rate}; per worker: ${perWorker.join(' | ')}`,
    ].join('\n  '),
  );
  return {
    windows,
    clicks: clicks.result,
    clickCpu: maxClickCpu(clicks.trace),
    noncesTried,
    blocksFound,
  };
}

/** Long tasks of a window in which the page itself worked 50 ms or more (or that the trace cannot account for). */
const pageWorkLongTasks = (w: Window) => w.longTasks.filter((t) => t.cpu === null || t.cpu >= 50);

test("mining on all the pool's workers: no long task over 50 ms caused by mining, and tab clicks answer at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { workers, cores } = await prepare(page, 'default');
  const quiet = await quietRun(page, browser, `${workers} worker(s) of ${cores} logical cores`);
  const mining = await miningRun(page, browser, `${workers} worker(s) of ${cores} logical cores`);

  // Mining really happened, and blocks were found (and drawn) while the page was watched.
  expect(mining.noncesTried).toBeGreaterThan(1_000_000);
  expect(mining.blocksFound).toBeGreaterThan(0);
  for (const w of mining.windows) {
    // Mining left the page a core: its threads used at most the pool's workers' worth of cores.
    expect(w.workerCores, `cores used by mining, ${w.name}`).toBeLessThanOrEqual(workers + 0.1);
    expect(w.workerCores, `mining ran during the ${w.name} window`).toBeGreaterThan(0.1);
    // So a long task is mining's only if the page itself worked that long: none may.
    expect(pageWorkLongTasks(w), `long tasks caused by mining, ${w.name}`).toEqual([]);
    expect(
      w.maxCpu?.cpuMs ?? 0,
      `the busiest main-thread task while mining, ${w.name}, CPU ms`,
    ).toBeLessThan(50);
  }
  // Clicks answer at once, mining or not, and mining does not make their rendering do more work.
  for (const c of [...quiet.clicks, ...mining.clicks]) {
    expect(c.selected).toBe(true);
    expect(c.ms, `tab ${c.tab} answered in ${Math.round(c.ms)} ms`).toBeLessThan(250);
  }
  expect(mining.clickCpu, 'the costliest click task while mining, CPU ms').toBeLessThan(
    quiet.clickCpu + 25,
  );
});

test('with as many workers as logical cores the page still does no long work while mining', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { workers, cores } = await prepare(page, 'all cores');
  const mining = await miningRun(
    page,
    browser,
    `${workers} worker(s) = all ${cores} logical cores`,
  );
  expect(mining.noncesTried).toBeGreaterThan(1_000_000);
  // Every core mines, so the OS may hold the main thread off a core (reported above as long tasks in which
  // the page did little work): that is why the pool leaves one core by default. The page's own work stays short.
  for (const w of mining.windows) {
    expect(pageWorkLongTasks(w), `long tasks of the page's own work, ${w.name}`).toEqual([]);
    expect(
      w.maxCpu?.cpuMs ?? 0,
      `the busiest main-thread task while mining, ${w.name}, CPU ms`,
    ).toBeLessThan(50);
  }
  expect(mining.clickCpu, 'the costliest click task while mining, CPU ms').toBeLessThan(50);
  for (const c of mining.clicks) {
    expect(c.selected).toBe(true);
    expect(c.ms, `tab ${c.tab} answered in ${Math.round(c.ms)} ms`).toBeLessThan(500);
  }
});

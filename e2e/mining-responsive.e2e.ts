/**
 * The page stays responsive while the worker pool mines (issue 3 and issue 6
 * "Must show"): a PerformanceObserver for long tasks sees none over 50 ms
 * caused by mining, and the UI answers tab clicks at once.
 *
 * What "caused by mining" means here, and how it is told apart:
 *  - While every worker of the pool mines for all the network's miners, at a
 *    difficulty where blocks take a second or two, nobody touches the page for
 *    two windows of 3 s: one with the Mining tab shown (live figures a few times
 *    a second), one with the Chain tab shown (the chain picture and the explorer
 *    of a block redrawn as blocks arrive). Every long task in these windows is
 *    the page's reaction to mining: progress reports, found blocks validated by
 *    every node and stored, and their rendering. There must be none.
 *  - Tab clicks are the user's, not mining's: they are measured apart, from the
 *    click to the next frame, the same way with nothing mining (quiet) and while
 *    mining. They must answer within 250 ms, and mining must not make their
 *    rendering do more work (thread CPU time from a CDP trace, as long tasks are
 *    wall time: on a machine whose cores are all busy the OS may hold the main
 *    thread off a core in the middle of a short task).
 *  - The pool's workers default to logical cores - 1 (at least one), so the page
 *    keeps a core: the main test mines on all of them. A second test asks for as
 *    many workers as logical cores (the machine fully busy): the page's own work
 *    must still stay short (CPU time); its wall-time long tasks are reported.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { longTasksSince, openApp, openTab, recordLongTasks } from './fixtures';

const STILL_MS = 3000;
const CLICKS = ['chain', 'mining', 'chain', 'mining'] as const;

interface LongTask {
  start: number;
  duration: number;
}
interface Click {
  tab: string;
  /** From the click to the next frame after the new panel was rendered. */
  ms: number;
  selected: boolean;
}
/** A main-thread task from the trace: wall and thread (CPU) ms. */
interface TaskTime {
  wall: number;
  cpu: number;
}

async function figure(page: Page, testid: string): Promise<number> {
  const el = page.getByTestId(testid);
  const value = await el.getAttribute('data-value');
  return Number(value ?? (await el.textContent())!.replace(/[^\d]/g, ''));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread's top-level tasks in a Chrome trace, most CPU time first. */
function mainThreadTasks(trace: Buffer): TaskTime[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TaskTime[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000 });
  }
  // The page's renderer is the busiest main thread.
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return tasks.sort((a, b) => b.cpu - a.cpu);
}

async function traced<T>(
  page: Page,
  browser: Browser,
  run: () => Promise<T>,
): Promise<{ result: T; tasks: TaskTime[] }> {
  await browser.startTracing(page, { categories: ['toplevel'] });
  const result = await run();
  return { result, tasks: mainThreadTasks(await browser.stopTracing()) };
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

/** Nobody touches the page for `ms`: the long tasks of that time. */
async function stillWindow(page: Page, ms: number): Promise<LongTask[]> {
  const start = await page.evaluate(() => performance.now());
  await page.waitForTimeout(ms);
  const end = await page.evaluate(() => performance.now());
  return (await longTasksSince(page, start)).filter((t) => t.start < end);
}

const fmtTasks = (tasks: LongTask[]) =>
  tasks.length === 0 ? 'none' : tasks.map((t) => `${Math.round(t.duration)} ms`).join(', ');
const fmtClicks = (clicks: Click[]) =>
  clicks.map((c) => `${c.tab} ${Math.round(c.ms)} ms`).join(', ');
const fmtCpu = (tasks: TaskTime[]) =>
  tasks
    .slice(0, 3)
    .map((t) => `${t.cpu.toFixed(1)} ms CPU / ${t.wall.toFixed(1)} ms wall`)
    .join(', ');

async function prepare(page: Page, workers: 'default' | 'all cores'): Promise<number> {
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
  return n;
}

interface MiningRun {
  miningTab: LongTask[];
  chainTab: LongTask[];
  stillCpu: TaskTime[];
  clicks: Click[];
  clickCpu: TaskTime[];
  noncesTried: number;
  blocksFound: number;
}

async function mineAndWatch(page: Page, browser: Browser, label: string): Promise<MiningRun> {
  const blocksBefore = await figure(page, 'blocks-found');
  await page.getByRole('button', { name: 'All miners mine' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('miners mine');
  // Let the workers reach their speed before measuring.
  await expect.poll(() => figure(page, 'nonces-tried')).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const still = await traced(page, browser, async () => {
    const miningTab = await stillWindow(page, STILL_MS);
    await openTab(page, 'Chain');
    await page.waitForTimeout(300);
    const chainTab = await stillWindow(page, STILL_MS);
    return { miningTab, chainTab };
  });
  await openTab(page, 'Mining');
  const clicks = await traced(page, browser, () => clickTabs(page));
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
      `long tasks with nobody touching the page: Mining tab ${STILL_MS} ms: ${fmtTasks(still.result.miningTab)}; Chain tab ${STILL_MS} ms: ${fmtTasks(still.result.chainTab)}`,
      `main-thread tasks with the most CPU time meanwhile: ${fmtCpu(still.tasks)}`,
      `tab clicks to the next frame: ${fmtClicks(clicks.result)}; the costliest click tasks: ${fmtCpu(clicks.tasks)}`,
      `nonces tried ${noncesTried.toLocaleString('en-US')}, blocks found ${blocksFound}, hash rate ${rate}; per worker: ${perWorker.join(' | ')}`,
    ].join('\n  '),
  );
  return {
    ...still.result,
    stillCpu: still.tasks,
    clicks: clicks.result,
    clickCpu: clicks.tasks,
    noncesTried,
    blocksFound,
  };
}

test("mining on all the pool's workers: no long task over 50 ms caused by mining, and tab clicks answer at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const workers = await prepare(page, 'default');
  const quiet = await traced(page, browser, () => clickTabs(page));
  console.log(
    `${workers} worker(s), nothing mining: tab clicks to the next frame: ${fmtClicks(quiet.result)}; the costliest click tasks: ${fmtCpu(quiet.tasks)}`,
  );
  const run = await mineAndWatch(page, browser, `${workers} worker(s)`);

  // Mining really happened, and blocks were found (and drawn) while the page was watched.
  expect(run.noncesTried).toBeGreaterThan(1_000_000);
  expect(run.blocksFound).toBeGreaterThan(0);
  // No long task caused by mining, on either tab.
  expect(run.miningTab, 'long tasks while mining, Mining tab shown').toEqual([]);
  expect(run.chainTab, 'long tasks while mining, Chain tab shown').toEqual([]);
  expect(
    run.stillCpu[0]?.cpu ?? 0,
    'the longest main-thread task while mining, in CPU ms',
  ).toBeLessThan(50);
  // Clicks answer at once, mining or not, and mining does not make their rendering do more work.
  for (const c of [...quiet.result, ...run.clicks]) {
    expect(c.selected).toBe(true);
    expect(c.ms, `tab ${c.tab} answered in ${Math.round(c.ms)} ms`).toBeLessThan(250);
  }
  expect(
    run.clickCpu[0]?.cpu ?? 0,
    'the costliest click task while mining, in CPU ms',
  ).toBeLessThan((quiet.tasks[0]?.cpu ?? 0) + 25);
});

test('with as many workers as logical cores the page still does no long work while mining', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const workers = await prepare(page, 'all cores');
  const run = await mineAndWatch(page, browser, `${workers} worker(s) = every logical core`);
  expect(run.noncesTried).toBeGreaterThan(1_000_000);
  // The page's own work per task stays short. Wall-time long tasks here (reported above) come from the OS
  // giving the main thread no core while every core mines, which is why the pool leaves one core by default.
  expect(
    run.stillCpu[0]?.cpu ?? 0,
    'the longest main-thread task while mining, in CPU ms',
  ).toBeLessThan(50);
  expect(
    run.clickCpu[0]?.cpu ?? 0,
    'the costliest click task while mining, in CPU ms',
  ).toBeLessThan(50);
  for (const c of run.clicks) {
    expect(c.selected).toBe(true);
    expect(c.ms, `tab ${c.tab} answered in ${Math.round(c.ms)} ms`).toBeLessThan(500);
  }
});

/**
 * The page's main-thread tasks over a window of time, from a Chromium trace:
 * every top-level task (ThreadControllerImpl::RunTask) of the renderer thread
 * that set the window's start mark, with its wall time and CPU time. Long
 * tasks are judged by wall time (what the user waits for), as the Long Tasks
 * API does.
 */
import type { Browser, Page } from 'playwright';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

export interface MainThreadTask {
  /** Milliseconds after the window's start. */
  readonly at: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

let anchors = 0;

/**
 * Traces `page` while `run` runs; `run` gets nothing and the window is from
 * just before it starts to when it resolves. Returns the tasks in the window.
 */
export async function traceMainThread(browser: Browser, page: Page, run: () => Promise<void>): Promise<MainThreadTask[]> {
  const anchor = `bench-anchor-${++anchors}`;
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  let start = 0;
  let end = 0;
  let raw!: Buffer;
  try {
    start = await page.evaluate((name) => performance.mark(name).startTime, anchor);
    await run();
    end = await page.evaluate(() => performance.now());
  } finally {
    raw = await browser.stopTracing();
  }
  const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mark = trace.traceEvents.find((e) => e.name === anchor);
  if (!mark) throw new Error('the trace has no anchor mark');
  const offset = mark.ts / 1000 - start;
  return trace.traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === mark.pid && e.tid === mark.tid)
    .map((e) => ({ at: e.ts / 1000 - offset - start, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
    .filter((t) => t.at + t.wallMs >= 0 && t.at <= end - start);
}

/**
 * The page's tasks over a window of time, from a Chromium trace: every
 * top-level task (ThreadControllerImpl::RunTask) of the renderer's main
 * thread (the one that set the window's anchor mark) and of its worker
 * threads, with wall time and CPU time, on the clock of the page's
 * performance.now(). Long tasks are judged by wall time (what the user waits
 * for), as the Long Tasks API does; CPU time tells the page's own work from
 * time lost to a busy machine.
 *
 * Shared by the benchmarks and the e2e specs that judge long tasks.
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
  args?: { name?: string };
}

export interface TracedTask {
  /** The task's start on the page's performance.now() clock. */
  readonly start: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** A span of the page's clock, ms. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface PageTrace {
  /** The window on the page's clock: the anchor mark set just before `run`, and just after it resolved. */
  readonly start: number;
  readonly end: number;
  /** Tasks of the page's main thread and of its dedicated workers (mining), each in start order. */
  readonly main: TracedTask[];
  readonly workers: TracedTask[];
  /**
   * When the main thread was collecting garbage (V8's scavenges, mark-compact steps and
   * Blink's GC), nested and overlapping events merged, in start order. Empty unless
   * traced with `{ gc: true }`.
   */
  readonly gc: Span[];
}

export interface TraceOptions {
  /** Also record the main thread's garbage collections (the v8 category: a heavier trace). */
  readonly gc?: boolean;
}

let anchors = 0;

/** The tasks of a raw trace, placed on the page's clock by the anchor mark set at page time `anchorTime`. */
function readTrace(raw: Buffer, anchor: string, anchorTime: number, end: number): PageTrace {
  const parsed = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = events.find((e) => e.name === anchor);
  if (!mark) throw new Error('the trace has no anchor mark');
  const offset = mark.ts / 1000 - anchorTime;
  const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [e.tid, e.args?.name ?? '']));
  const tasks = (onThread: (tid: number) => boolean) =>
    events
      .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === mark.pid && onThread(e.tid))
      .map((e) => ({ start: e.ts / 1000 - offset, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
      .sort((a, b) => a.start - b.start);
  const gcEvents = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && GC_EVENT.test(e.name))
    .map((e) => ({ start: e.ts / 1000 - offset, end: (e.ts + (e.dur ?? 0)) / 1000 - offset }));
  return {
    start: anchorTime,
    end,
    main: tasks((tid) => tid === mark.tid),
    workers: tasks((tid) => threadNames.get(tid) === 'DedicatedWorker thread'),
    gc: mergeSpans(gcEvents),
  };
}

/** Trace events of a garbage collection on a thread: V8's (MinorGC, MajorGC, V8.GC*) and Blink's (BlinkGC.*). */
const GC_EVENT = /^(MinorGC|MajorGC|V8\.GC|BlinkGC\.)/;

/** Overlapping spans merged into one, in start order. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** How long the spans cover inside [start, end], ms. */
export function coveredMs(spans: readonly Span[], start: number, end: number): number {
  let ms = 0;
  for (const s of spans) ms += Math.max(0, Math.min(s.end, end) - Math.max(s.start, start));
  return ms;
}

/** The CPU time of `tasks` inside [start, end], ms: each task's CPU time in proportion to the part of it inside. */
export function cpuMsWithin(tasks: readonly TracedTask[], start: number, end: number): number {
  let ms = 0;
  for (const t of tasks) {
    const inside = Math.min(t.start + t.wallMs, end) - Math.max(t.start, start);
    if (inside > 0 && t.wallMs > 0) ms += t.cpuMs * (inside / t.wallMs);
  }
  return ms;
}

/** Traces `page` while `run` runs; returns what `run` resolved with and the trace of the window. */
export async function tracePage<T>(browser: Browser, page: Page, run: () => Promise<T>, options: TraceOptions = {}): Promise<{ result: T; trace: PageTrace }> {
  const anchor = `trace-anchor-${++anchors}`;
  const categories = ['toplevel', 'blink.user_timing', ...(options.gc ? ['v8', 'devtools.timeline'] : [])];
  await browser.startTracing(page, { categories });
  let window: { anchorTime: number; result: T; end: number };
  try {
    const anchorTime = await page.evaluate((name) => performance.mark(name).startTime, anchor);
    const result = await run();
    window = { anchorTime, result, end: await page.evaluate(() => performance.now()) };
  } catch (e) {
    await browser.stopTracing().catch(() => undefined);
    throw e;
  }
  const raw = await browser.stopTracing();
  return { result: window.result, trace: readTrace(raw, anchor, window.anchorTime, window.end) };
}

/** True when `task` overlaps the span [start, end] of the page's clock. */
export function overlaps(task: TracedTask, start: number, end: number): boolean {
  return task.start + task.wallMs >= start && task.start <= end;
}

/** The main thread's tasks that overlap the window of `run`. */
export async function traceMainThread(browser: Browser, page: Page, run: () => Promise<void>): Promise<TracedTask[]> {
  const { trace } = await tracePage(browser, page, run);
  return trace.main.filter((t) => overlaps(t, trace.start, trace.end));
}

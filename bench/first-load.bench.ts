/**
 * First-load section, on the built app in headless Chromium: what a first
 * visit downloads (gzip, as a static host serves it) and how long it takes
 * from navigation to a usable page.
 *
 * - The bytes: every script and WebAssembly module the server is asked for
 *   from the navigation until the page is usable and two seconds more (the
 *   workers the start begins included, and the mining kernel's .wasm they
 *   fetch: code the visit needs like any chunk), with the service worker blocked so that its precache of every
 *   chunk, which runs in the background, is not counted. Split into the main
 *   page's scripts (index.html and its static imports), workers, and chunks
 *   loaded on demand.
 * - The time: a fresh browser context each round (an empty IndexedDB, as on a
 *   first visit), from navigation start to the 'pocket:mounted' mark (the
 *   page mounted with the demo loaded), median of FIRST_VISIT_ROUNDS.
 *
 * - The first minute: one more visit of each build that stays FIRST_VISIT_MINUTE_S
 *   seconds (default 60; 0 skips it) with the live demo running and no click,
 *   and lists what it downloaded beyond the measured bytes: what loads "later"
 *   must not be what any visit loads a few seconds on.
 *
 * FIRST_LOAD_BASELINE=/path/to/another/dist measures another build in the same
 * run, the two builds taking turns round by round (which goes first alternates),
 * so that both see the same machine load.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright';
import { serveStatic, type StaticServer } from '../e2e/static-server';
import { fileSize, initialFiles } from '../scripts/first-load';
import { builtApp } from './built-app';
import type { BenchContext } from './context';

const ROUNDS = Number(process.env.FIRST_VISIT_ROUNDS ?? 5);
const MINUTE_S = Number(process.env.FIRST_VISIT_MINUTE_S ?? 60);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

interface Visit {
  /** Navigation start to the page mounted with its state. */
  readonly usableMs: number;
  /** Scripts and WebAssembly modules asked for, relative to the served root. */
  readonly scripts: string[];
}

/** A first visit, kept open `stayMs` after the page is usable. */
async function firstVisit(browser: Browser, server: StaticServer, stayMs = 2000): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  [first visit] ${e.message}`));
  const from = server.requests.length;
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('pocket:mounted').length > 0, null, { timeout: 60_000 });
  const usableMs = await page.evaluate(() => performance.getEntriesByName('pocket:mounted')[0]!.startTime);
  await page.waitForTimeout(stayMs);
  const scripts = server.requests
    .slice(from)
    .map((r) => r.path.slice(1))
    .filter((p) => /\.(?:js|wasm)$/.test(p));
  await context.close();
  return { usableMs, scripts: [...new Set(scripts)] };
}

interface Build {
  readonly label: string;
  readonly dir: string;
  readonly visits: Visit[];
  /** The visit that stayed a minute, if one ran. */
  minute?: Visit;
}

/** The bytes of a build's first visit (its first round), split as the section's header says. */
function sizes(build: Build) {
  const initial = initialFiles(build.dir);
  const scripts = build.visits[0]!.scripts;
  const gzip = (files: readonly string[]) => files.reduce((s, f) => s + fileSize(build.dir, f).gzip, 0);
  const main = scripts.filter((f) => initial.has(f));
  const workers = scripts.filter((f) => !initial.has(f) && /worker/i.test(f));
  const onDemand = scripts.filter((f) => !initial.has(f) && !/worker/i.test(f));
  const css = [...initial].filter((f) => f.endsWith('.css'));
  return {
    main: gzip(main),
    mainFiles: main.length,
    workers: gzip(workers),
    workerNames: workers.map(name).join(', ') || 'none',
    onDemand: gzip(onDemand),
    onDemandNames: onDemand.map(name).join(', ') || 'none',
    total: gzip(main) + gzip(workers) + gzip(onDemand),
    css: gzip(css),
  };
}

/** A built file as the report names it: "assets/miner-api-AbC12345.js" is "miner-api". */
const name = (f: string) => f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/-[\w-]{8}\.wasm$/, '.wasm');

/** What the visit that stayed a minute downloaded beyond the measured first visit's scripts. */
function minuteRow(build: Build) {
  const measured = new Set(build.visits[0]!.scripts);
  const later = build.minute!.scripts.filter((f) => !measured.has(f));
  const gzip = later.reduce((s, f) => s + fileSize(build.dir, f).gzip, 0);
  return {
    label: `more in its first ${MINUTE_S} s (live demo, no click)`,
    value: kb(gzip),
    unit: 'gzip',
    note: later.map(name).join(', ') || 'nothing',
  };
}

export default async function firstLoad(ctx: BenchContext): Promise<void> {
  const builds: Build[] = [{ label: 'this build', dir: await builtApp(), visits: [] }];
  const baseline = process.env.FIRST_LOAD_BASELINE;
  if (baseline) builds.unshift({ label: 'baseline', dir: resolve(baseline), visits: [] });
  const servers: StaticServer[] = [];
  try {
    for (const b of builds) servers.push(await serveStatic(b.dir, '/'));
    for (let i = 0; i < ROUNDS; i++) {
      const order = builds.map((_, k) => k);
      if (i % 2 === 1) order.reverse();
      for (const k of order) builds[k]!.visits.push(await firstVisit(ctx.browser, servers[k]!));
    }
    if (MINUTE_S > 0) for (const [k, b] of builds.entries()) b.minute = await firstVisit(ctx.browser, servers[k]!, MINUTE_S * 1000);
  } finally {
    for (const s of servers) await s.close();
  }

  const turns = builds.length > 1 ? ', builds in turn' : '';
  for (const build of builds) {
    const s = sizes(build);
    const usable = build.visits.map((v) => v.usableMs);
    ctx.report(`First visit of the built app, ${build.label} (${ROUNDS} fresh contexts, service worker blocked${turns}; ${ctx.loadAverage()})`, [
      { label: 'main page scripts (index.html + static imports)', value: kb(s.main), unit: 'gzip', note: `${s.mainFiles} files` },
      { label: 'workers started by the first visit', value: kb(s.workers), unit: 'gzip', note: s.workerNames },
      { label: 'chunks loaded on demand during the visit', value: kb(s.onDemand), unit: 'gzip', note: s.onDemandNames },
      { label: 'JS and WebAssembly downloaded by a first visit', value: kb(s.total), unit: 'gzip', note: 'goal <= 150 KB' },
      ...(build.minute ? [minuteRow(build)] : []),
      { label: 'stylesheets', value: kb(s.css), unit: 'gzip' },
      { label: 'navigation to a usable page, median', value: seconds(median(usable)), unit: 's', note: `rounds: ${usable.map(seconds).join(', ')} s; goal < 0.8 s` },
    ]);
  }
  const bytesText = (b: Build) => {
    const s = sizes(b);
    return `${kb(s.total)}: main ${kb(s.main)}, workers ${kb(s.workers)} (${s.workerNames}), on demand ${kb(s.onDemand)}`;
  };
  const timeText = (b: Build) => `${seconds(median(b.visits.map((v) => v.usableMs)))} s (median of ${ROUNDS})`;
  const now = builds[builds.length - 1]!;
  const old = builds.length > 1 ? builds[0]! : null;
  ctx.figure('first-load', { now: bytesText(now), ...(old ? { old: bytesText(old) } : {}) });
  ctx.figure('first-visit', { now: timeText(now), ...(old ? { old: timeText(old) } : {}) });
}

/**
 * First-load section, on the built app in headless Chromium: what a first
 * visit downloads (gzip, as a static host serves it) and how long it takes
 * from navigation to a usable page.
 *
 * - The bytes: every script the server is asked for from the navigation until
 *   the page is usable and two seconds more (the workers the start begins
 *   included), with the service worker blocked so that its precache of every
 *   chunk, which runs in the background, is not counted. Split into the main
 *   page's scripts (index.html and its static imports), workers, and chunks
 *   loaded on demand.
 * - The time: a fresh browser context each round (an empty IndexedDB, as on a
 *   first visit), from navigation start to the 'pocket:mounted' mark (the
 *   page mounted with the demo loaded), median of FIRST_VISIT_ROUNDS.
 */
import type { Browser } from 'playwright';
import { serveStatic } from '../e2e/static-server';
import { fileSize, initialFiles } from '../scripts/first-load';
import { builtApp } from './built-app';
import type { BenchContext } from './context';

const ROUNDS = Number(process.env.FIRST_VISIT_ROUNDS ?? 3);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Visit {
  /** Navigation start to the page mounted with its state. */
  readonly usableMs: number;
  /** Scripts asked for, relative to the served root. */
  readonly scripts: string[];
}

async function firstVisit(browser: Browser, url: string, requests: readonly { path: string }[], prefix: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`  [first visit] ${e.message}`));
  const from = requests.length;
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('pocket:mounted').length > 0, null, { timeout: 60_000 });
  const usableMs = await page.evaluate(() => performance.getEntriesByName('pocket:mounted')[0]!.startTime);
  await page.waitForTimeout(2000);
  const scripts = requests
    .slice(from)
    .map((r) => r.path.slice(prefix.length))
    .filter((p) => p.endsWith('.js'));
  await context.close();
  return { usableMs, scripts: [...new Set(scripts)] };
}

export default async function firstLoad(ctx: BenchContext): Promise<void> {
  const dist = await builtApp();
  const prefix = '/';
  const server = await serveStatic(dist, prefix);
  const visits: Visit[] = [];
  try {
    for (let i = 0; i < ROUNDS; i++) visits.push(await firstVisit(ctx.browser, server.url, server.requests, prefix));
  } finally {
    await server.close();
  }

  const initial = initialFiles(dist);
  const scripts = visits[0]!.scripts;
  const gzip = (files: readonly string[]) => files.reduce((s, f) => s + fileSize(dist, f).gzip, 0);
  const main = scripts.filter((f) => initial.has(f));
  const workers = scripts.filter((f) => !initial.has(f) && /worker/i.test(f));
  const onDemand = scripts.filter((f) => !initial.has(f) && !/worker/i.test(f));
  const css = [...initial].filter((f) => f.endsWith('.css'));
  const total = gzip(main) + gzip(workers) + gzip(onDemand);
  const name = (f: string) => f.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '');
  const usable = visits.map((v) => v.usableMs);

  ctx.report(`First visit of the built app (${ROUNDS} fresh contexts, service worker blocked; ${ctx.loadAverage()})`, [
    { label: 'main page scripts (index.html + static imports)', value: kb(gzip(main)), unit: 'gzip', note: `${main.length} files` },
    { label: 'workers started by the first visit', value: kb(gzip(workers)), unit: 'gzip', note: workers.map(name).join(', ') || 'none' },
    { label: 'chunks loaded on demand during the visit', value: kb(gzip(onDemand)), unit: 'gzip', note: onDemand.map(name).join(', ') || 'none' },
    { label: 'JS downloaded by a first visit', value: kb(total), unit: 'gzip', note: 'goal <= 150 KB' },
    { label: 'stylesheets', value: kb(gzip(css)), unit: 'gzip' },
    { label: 'navigation to a usable page, median', value: (median(usable) / 1000).toFixed(2), unit: 's', note: `rounds: ${usable.map((u) => (u / 1000).toFixed(2)).join(', ')} s; goal < 0.8 s` },
  ]);
  ctx.figure('first-load', { now: `${kb(total)}: main ${kb(gzip(main))}, workers ${kb(gzip(workers))} (${workers.map(name).join(', ') || 'none'}), on demand ${kb(gzip(onDemand))}` });
  ctx.figure('first-visit', { now: `${(median(usable) / 1000).toFixed(2)} s (median of ${ROUNDS})` });
}

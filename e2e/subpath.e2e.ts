/**
 * Journey: the built app hosted under a sub-path (issue 6). dist/ is served
 * under /sub/ by a plain static server; the app boots there, its workers start
 * from /sub/assets/ (the SIMD one with its kernel file from there too) and mine
 * a block, and nothing is requested outside /sub/.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { watchCsp } from './app-snapshot';
import { serveStatic, type StaticServer } from './static-server';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
let server: StaticServer;

test.beforeAll(async () => {
  // The Playwright config builds dist/ before the preview starts; this spec serves the same files.
  if (!existsSync(`${DIST}index.html`)) throw new Error('dist/ is missing: run `npm run build` first');
  server = await serveStatic(DIST, '/sub/');
});
test.afterAll(async () => server?.close());

test('served from /sub/, the app boots, its workers mine a block, and every request stays under /sub/', async ({ page }) => {
  const cspViolations = await watchCsp(page);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  // Nothing from a CDN or any other origin: every request of the page and its workers goes to this host.
  const origins = new Set<string>();
  page.context().on('request', (r) => origins.add(new URL(r.url()).origin));

  await openApp(page, { path: server.url });
  // The page stays at /sub/ (openApp adds ?miners=off to open the demo still).
  expect(new URL(page.url()).pathname).toBe(new URL(server.url).pathname);
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  expect(nodes.length).toBe(4);

  // Mining runs in the Web Worker pool, whose chunk is loaded relative to the page.
  const mined = await page.evaluate(async () => {
    const w = await window.pocket.newWallet('Sub-path miner');
    const r = await window.pocket.mineBlock(w.address);
    return { height: r.height, stats: await window.pocket.getMiningStats(), balance: await window.pocket.getBalance(w.address) };
  });
  expect(mined.height).toBe(nodes[0]!.height + 1);
  expect(mined.stats.mode).toBe('workers');
  expect(mined.stats.blocksFound).toBe(1);
  expect(mined.balance).toBeGreaterThan(0);
  // The self-benchmark before that run started a SIMD worker: its kernel file, fetched relative to its chunk, ran.
  const engines = await page.evaluate(() => window.pocket.getMiningEngines());
  expect(engines.benchmark!.measurements.find((m) => m.engine === 'wasm-simd')).toMatchObject({ unavailable: null });
  await openTab(page, 'Settings');
  await expect(page.getByTestId('storage-saving')).toHaveText(/Yes/);
  await screenshot(page, 'subpath-settings');

  const paths = server.requests.map((r) => r.path);
  expect(paths.filter((p) => !p.startsWith('/sub/'))).toEqual([]);
  expect(paths.some((p) => /^\/sub\/assets\/miner\.worker-[\w-]+\.js$/.test(p))).toBe(true);
  expect(paths.some((p) => /^\/sub\/assets\/tasks\.worker-[\w-]+\.js$/.test(p))).toBe(true);
  expect(paths.some((p) => /^\/sub\/assets\/sha256d-simd-[\w-]+\.wasm$/.test(p))).toBe(true);
  expect(server.requests.filter((r) => r.status !== 200)).toEqual([]);
  expect(failed).toEqual([]);
  expect([...origins]).toEqual([new URL(server.url).origin]);
  // The service worker registered for the sub-path's scope.
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r !== undefined));
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(server.url);
  expect(await cspViolations()).toEqual([]);
});

/**
 * Journey: offline after one visit (issue 6). The first visit installs the
 * service worker, which precaches every built file (the worker chunks and the
 * demo file a first visit loads too).
 * With the network off, a reload boots the app from the precache, the saved
 * state is there, and mining works: the miner worker's chunk comes from the
 * cache. Also: no Content-Security-Policy violation on any panel.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { settleAndFlush, snapshot, watchCsp } from './app-snapshot';

const PANELS = ['Chain', 'Wallets', 'Mempool', 'Mining', 'Network', 'Settings'] as const;

test('after one visit, the app reloads and mines with the network off', async ({ page, context }) => {
  const cspViolations = await watchCsp(page);
  await openApp(page);
  // clientsClaim: the worker controls this first page as soon as it has activated, i.e. after precaching everything.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  for (const file of [/\/index\.html/, /\/assets\/index-[\w-]+\.js/, /\/assets\/first-load-[\w-]+\.js/, /\/assets\/first-load-[\w-]+\.css/, /\/assets\/miner\.worker-[\w-]+\.js/, /\/assets\/tasks\.worker-[\w-]+\.js/, /\/assets\/sha256d-simd-[\w-]+\.wasm/, /\/assets\/demo-[\w-]+\.json/, /\/favicon\.svg/, /\/manifest\.webmanifest/]) {
    expect(precached.some((u) => file.test(u)), `${file} is precached`).toBe(true);
  }
  // ...and so is every chunk, WebAssembly module, stylesheet and data file of the build the page was served from (the lazy parts too).
  const built = readdirSync('dist/assets').filter((f) => /\.(?:js|wasm|css|json)$/.test(f));
  expect(built.filter((f) => !precached.some((u) => u.endsWith(`/assets/${f}`))), 'built files missing from the precache').toEqual([]);

  const w = await page.evaluate(() => window.pocket.newWallet('Offline miner'));
  await settleAndFlush(page);
  const before = await snapshot(page);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  const served: { path: string; fromServiceWorker: boolean }[] = [];
  context.on('response', (r) => served.push({ path: new URL(r.url()).pathname, fromServiceWorker: r.fromServiceWorker() }));
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: /Pocket Chain/ })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await snapshot(page)).toEqual(before);

  // Mining needs the miner worker's chunk and the SIMD kernel's file: they come from the precache.
  const mined = await page.evaluate(async (address) => {
    const r = await window.pocket.mineBlock(address);
    return { height: r.height, mode: (await window.pocket.getMiningStats()).mode, balance: await window.pocket.getBalance(address) };
  }, w.address);
  expect(mined.height).toBe(before.nodes.find((n) => n.id === before.selected)!.height + 1);
  expect(mined.mode).toBe('workers');
  expect(mined.balance).toBeGreaterThan(0);
  expect(failed).toEqual([]);
  // The page, the worker chunks and the kernel came from the service worker's precache.
  expect(served.length).toBeGreaterThan(0);
  expect(served.filter((r) => !r.fromServiceWorker)).toEqual([]);
  for (const file of [/\/$|\/index\.html$/, /\/assets\/index-[\w-]+\.js$/, /\/assets\/miner\.worker-[\w-]+\.js$/, /\/assets\/tasks\.worker-[\w-]+\.js$/, /\/assets\/sha256d-simd-[\w-]+\.wasm$/]) {
    expect(served.some((r) => file.test(r.path)), `${file} was served`).toBe(true);
  }

  // Every panel renders offline, without a CSP violation.
  for (const panel of PANELS) {
    await openTab(page, panel);
    await expect(page.getByRole('tabpanel')).toBeVisible();
  }
  await screenshot(page, 'offline-settings');
  expect(await cspViolations()).toEqual([]);
  await context.setOffline(false);
});

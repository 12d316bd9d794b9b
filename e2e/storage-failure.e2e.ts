/**
 * Journey: a browser without IndexedDB (some private modes) (issue 4, item 8).
 * The app still starts, runs everything in memory and says clearly, in a banner,
 * in the header and in the Settings panel, that nothing is being saved; a reload
 * indeed starts over.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('without IndexedDB the app runs in memory and says that nothing is saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await openApp(page);
  expect(await page.evaluate(() => typeof window.indexedDB)).toBe('undefined');

  const banner = page.getByRole('status').filter({ hasText: 'Not saving:' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('no IndexedDB');
  await expect(banner).toContainText('nothing is being saved');
  await expect(page.getByRole('status', { name: /Saving status: Not saving/ })).toBeVisible();

  // Everything works in memory.
  const mined = await page.evaluate(async () => {
    const w = await window.pocket.newWallet('Memory only');
    const r = await window.pocket.mineBlock(w.address);
    return { height: r.height, balance: await window.pocket.getBalance(w.address) };
  });
  expect(mined.balance).toBeGreaterThan(0);

  await openTab(page, 'Settings');
  await expect(page.getByTestId('storage-backend')).toHaveText('Memory only');
  await expect(page.getByTestId('storage-saving')).toHaveText('✗ No — nothing is being saved');
  await expect(page.getByTestId('storage-sentence')).toContainText('no IndexedDB');
  await expect(page.getByText('Export a file before closing this tab to keep your work. To save automatically, open Pocket Chain in a normal (not private) window.')).toBeVisible();
  // Trying again cannot help when the browser has no IndexedDB at all: no such button.
  await expect(page.getByRole('button', { name: 'Try saving again' })).toHaveCount(0);
  await screenshot(page, 'storage-failure-settings');

  // And it is true: a reload starts from the demo again, without the wallet or the block.
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  const after = await page.evaluate(async () => ({
    labels: (await window.pocket.getWallets()).map((w) => w.label),
    height: (await window.pocket.getNodes())[0]!.height,
  }));
  expect(after.labels).not.toContain('Memory only');
  expect(after.height).toBe(mined.height - 1);
  await expect(page.getByRole('status').filter({ hasText: 'Not saving:' })).toBeVisible();
});

test('storage full: the app switches to memory and says so; "Try saving again" writes everything back', async ({ page }) => {
  // A switch the test flips to make IndexedDB refuse writes as a full disk does.
  await page.addInitScript(() => {
    const w = window as unknown as { __quotaFull: boolean };
    w.__quotaFull = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await openApp(page);
  await page.evaluate(() => window.pocket.flush());
  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));

  const mined = await page.evaluate(async () => {
    const w = await window.pocket.newWallet('Written when full');
    const r = await window.pocket.mineBlock(w.address);
    await window.pocket.flush();
    return { hash: r.hash, height: r.height };
  });
  const banner = page.getByRole('status').filter({ hasText: 'Not saving:' });
  await expect(banner).toContainText('Storage is full');
  await openTab(page, 'Settings');
  await expect(page.getByTestId('storage-backend')).toHaveText('Memory only');
  await expect(page.getByText(/Free some disk space/)).toBeVisible();
  await screenshot(page, 'storage-full-settings');

  // Space is back: trying again writes the in-memory state to IndexedDB and saving resumes.
  await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = false));
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saving again' })).toBeVisible();
  await expect(page.getByTestId('storage-saving')).toHaveText(/Yes/);
  await expect(banner).toHaveCount(0);

  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  const after = await page.evaluate(async () => ({
    labels: (await window.pocket.getWallets()).map((w) => w.label),
    tip: (await window.pocket.getNodes()).find((n) => n.id === 'node-1')!.tip,
  }));
  expect(after.labels).toContain('Written when full');
  expect(after.tip).toBe(mined.hash);
});

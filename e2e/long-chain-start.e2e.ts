/**
 * Journey: a long chain starts like a node. A Simulation chain fast-forwarded
 * to thousands of blocks, with payments, reloads into a usable page about as
 * fast as the demo chain does in the same run (the nodes start from their
 * block index and UTXO set, the last blocks checked; no replay). The full
 * verification then runs in the background and says when it is done, and
 * damage only it can find (an old block's undo data) is still found and
 * reported, with nothing changed.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { settleAndFlush } from './app-snapshot';
import { growLongChain } from './long-chain';

const COIN = 100_000_000;
/** Fast-forward rounds of 1,000 blocks (the most one call allows), a batch of payments before each. */
const ROUNDS = 2;
const PAYMENTS_PER_ROUND = 10;

/**
 * Reloads and returns the time from navigation to the page mounted with the
 * state loaded (main.ts marks it), once the Chain tab also answers a click.
 */
async function timedReload(page: Page): Promise<number> {
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 60_000 });
  await openTab(page, 'Chain');
  await expect(page.getByRole('heading', { level: 1, name: /Pocket Chain/ })).toBeVisible();
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('pocket:')).map((m) => [m.name.slice(7), Math.round(m.startTime)] as const));
  console.log(`  reload: ${marks.map(([n, t]) => `${n} ${t} ms`).join(', ')}`);
  return marks.find(([n]) => n === 'mounted')![1];
}

async function bestOf(page: Page, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, await timedReload(page));
  return best;
}

async function fullCheck(page: Page) {
  await openTab(page, 'Settings');
  return page.getByTestId('check-full');
}

test('a Simulation chain of 2,000 blocks with payments starts about as fast as the demo, and its full verification finishes in the background', async ({ page }) => {
  test.setTimeout(600_000);
  await openApp(page);
  await settleAndFlush(page);
  const demoHeight = await page.evaluate(async () => (await window.pocket.getNodes())[0]!.height);
  const demoMs = await bestOf(page, 2);

  const long = await growLongChain(page, { seed: 'long chain', rounds: ROUNDS, paymentsPerRound: PAYMENTS_PER_ROUND, amount: COIN / 100 });
  const payments = long.payments;
  expect(long.height).toBeGreaterThanOrEqual(ROUNDS * 1000 - 100);
  expect(payments).toBeGreaterThanOrEqual(ROUNDS * PAYMENTS_PER_ROUND - 2);

  const longMs = await bestOf(page, 2);
  console.log(`start to a usable page: demo (${demoHeight} blocks) ${demoMs} ms, Simulation chain (${long.height} blocks, ${payments} payments, ${long.nodes} nodes) ${longMs} ms (${(longMs / demoMs).toFixed(2)}x)`);
  // A replay at start took 14.7x the demo's time at 2,000 blocks. A start from the block index still reads
  // every node's index and UTXO set (as Core does); the margin is for a loaded 2-core machine, where
  // this measured 2.4x: a start that replayed the chain again would fail it.
  expect(longMs).toBeLessThan(3 * demoMs);

  // The page is usable while the bodies are read and the chain is verified: the Chain tab shows the tip.
  await expect(page.getByText(`#${long.height}`).first()).toBeVisible({ timeout: 30_000 });

  const check = await fullCheck(page);
  await expect(page.getByTestId('check-at-start')).toHaveText(/^At start: the last 6 blocks of each of \d+ nodes were checked/);
  await expect(check).toHaveText(/Full verification: ✓ done at \d\d:\d\d:\d\d\. Every node's UTXO set and undo data match a replay of its blocks \([\d,]+ blocks replayed for \d+ nodes?\)\./, { timeout: 300_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Stored data is damaged.' })).toHaveCount(0);
  await page.getByTestId('check-full').scrollIntoViewIfNeeded();
  await screenshot(page, 'long-chain-verified');
});

test('damage only the full verification can find (an old block\'s undo data) is found after the start, reported, and nothing is changed', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await settleAndFlush(page);
  const first = await page.evaluate(async () => {
    const blocks = await window.pocket.getBlocks();
    return { hash: blocks.find((b) => b.height === 1)!.hash, height: blocks.length - 1 };
  });
  // Far enough below the tip that the start's check of the last 6 blocks does not read it.
  expect(first.height).toBeGreaterThan(7);
  const broken = [0xde, 0xad, 0xbe, 0xef];
  await page.evaluate(
    ({ hash, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pocket-chain');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('undo', 'readwrite');
          tx.objectStore('undo').put(new Uint8Array(bytes), hash);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { hash: first.hash, bytes: broken },
  );

  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 60_000 });
  const check = await fullCheck(page);
  await expect(check).toHaveText(/^Full verification: ✗ damage found at \d\d:\d\d:\d\d \(\d+ problems?, listed at the top of the page\)\. Nothing was changed\.$/, { timeout: 120_000 });
  const banner = page.getByRole('alert').filter({ hasText: 'Stored data is damaged.' });
  await expect(banner).toBeVisible();
  await expect(banner.getByText(new RegExp(`the stored undo data of block #1 ${first.hash}`)).first()).toBeVisible();
  // Nothing was changed: the damaged record is as it was, and the tab refuses changes until the user decides.
  const stored = await page.evaluate(
    (hash) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('pocket-chain');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('undo').objectStore('undo').get(hash);
          get.onsuccess = () => {
            open.result.close();
            resolve([...(get.result as Uint8Array)]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    first.hash,
  );
  expect(stored).toEqual(broken);
  const refused = await page.evaluate(() => window.pocket.newWallet('after damage').then(() => 'saved', (e: { code?: string }) => e.code));
  expect(refused).toBe('read-only');
  await screenshot(page, 'long-chain-damage-banner');
  await check.scrollIntoViewIfNeeded();
  await screenshot(page, 'long-chain-damage-found');
});

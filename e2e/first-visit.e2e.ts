/**
 * Journey: a newcomer opens Pocket Chain for the first time (a fresh browser
 * context, so a fresh IndexedDB) and sees a living demo at once: nodes with
 * their heights in the node selector, a chain of blocks, wallets with coins,
 * payments waiting in the mempool, and a tour that can be dismissed and stays
 * dismissed after a reload. Screenshots at 1280x720 and 390x844, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatCoins } from '../src/core/index';
import { openApp, openTab, screenshot } from './fixtures';

async function noPageOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
}

test('a first visit shows the demo network, its chain, wallets with coins and a pool; the tour stays dismissed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, { keepTour: true });
  const tour = page.getByRole('dialog', { name: 'A living blockchain' });
  await expect(tour).toBeVisible();

  // Nodes, each with its height, in the selector every panel follows.
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  expect(nodes.length).toBeGreaterThanOrEqual(3);
  const options = page.getByLabel('Node every panel follows').locator('option');
  await expect(options).toHaveCount(nodes.length);
  for (const text of await options.allTextContents()) {
    const height = Number(/height (\d+)/.exec(text)?.[1]);
    expect(height, `"${text}" shows a chain with history`).toBeGreaterThanOrEqual(10);
  }

  // The chain: the selected node's blocks up to its tip (the view draws the visible ones; the summary counts all).
  const selected = await page.getByLabel('Node every panel follows').inputValue();
  const tip = nodes.find((n) => n.id === selected)!;
  await expect(page.getByRole('button', { name: new RegExp(`^Block ${tip.height} `) }).first()).toBeVisible();
  expect(await page.getByTestId('chain-block').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('chain-summary')).toContainText(`tip #${tip.height}`);
  await expect(page.getByTestId('chain-summary')).toContainText(`${tip.height + 1} active`);
  await screenshot(page, 'first-visit-tour-1280-light');

  // The tour closes, and a reload does not bring it back.
  await page.getByRole('button', { name: 'Close the tour' }).click();
  await expect(tour).toBeHidden();
  // IndexedDB writes are asynchronous: a reload a few ms after the click may come before the save.
  await page.evaluate(() => window.pocket.flush());
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined);
  await expect(page.getByRole('heading', { level: 1, name: /Pocket Chain/ })).toBeVisible();
  await expect(page.getByTestId('chain-block').first()).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'A living blockchain' })).toBeHidden();

  // Wallets with coins, as the API reports them.
  const wallets = await page.evaluate(() => window.pocket.getWallets());
  expect(wallets.length).toBeGreaterThanOrEqual(4);
  expect(wallets.filter((w) => w.balance.confirmed > 0).length).toBeGreaterThanOrEqual(3);
  await openTab(page, 'Wallets');
  const cards = page.getByTestId('wallet-card');
  await expect(cards).toHaveCount(wallets.length);
  for (const w of wallets) {
    const card = page.getByRole('article', { name: w.label });
    await expect(card.getByTestId('balance-confirmed')).toHaveText(formatCoins(w.balance.confirmed));
    await expect(card.getByTestId('balance-total')).toHaveText(formatCoins(w.balance.total));
    await expect(card.getByText('from seed')).toBeVisible();
  }
  await noPageOverflow(page);
  await screenshot(page, 'first-visit-wallets-1280-light');

  // Payments waiting in the pool: the tab counts them, the panel lists each one.
  const pool = await page.evaluate(() => window.pocket.getPool());
  expect(pool.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('tab', { name: /^Mempool/ })).toContainText(String(pool.length));
  await openTab(page, 'Mempool');
  await expect(page.getByTestId('pool-tx')).toHaveCount(pool.length);
  await expect(page.getByTestId('pool-count')).toHaveText(String(pool.length));
  for (const tx of pool) await expect(page.locator(`[data-testid="pool-tx"][data-txid="${tx.txid}"]`)).toContainText(formatCoins(tx.fee));
  await noPageOverflow(page);
  await screenshot(page, 'first-visit-mempool-1280-light');

  // The same screens in the dark theme, then on a phone in both themes.
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await screenshot(page, 'first-visit-mempool-1280-dark');
  await openTab(page, 'Wallets');
  await screenshot(page, 'first-visit-wallets-1280-dark');

  await page.setViewportSize({ width: 390, height: 844 });
  for (const theme of ['dark', 'light'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    await openTab(page, 'Chain');
    await expect(page.getByTestId('chain-block').first()).toBeVisible();
    await noPageOverflow(page);
    await screenshot(page, `first-visit-chain-390-${theme}`);
    await openTab(page, 'Wallets');
    await expect(cards.first()).toBeVisible();
    await noPageOverflow(page);
    await screenshot(page, `first-visit-wallets-390-${theme}`);
    await cards.first().scrollIntoViewIfNeeded();
    await screenshot(page, `first-visit-wallet-card-390-${theme}`);
    await openTab(page, 'Mempool');
    await expect(page.getByTestId('pool-tx').first()).toBeVisible();
    await noPageOverflow(page);
    await screenshot(page, `first-visit-mempool-390-${theme}`);
  }
});

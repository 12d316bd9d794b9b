/**
 * A new wallet is no dead end: on a phone it is listed first, scrolled into
 * view with focus on "Get coins"; another wallet pays it through a real
 * transaction (pending in the pool), and a mined block confirms it.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('a new wallet gets coins through "get coins", pending then confirmed by a block', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await openTab(page, 'Wallets');
  await page.getByLabel('Name', { exact: true }).fill('Zoe');
  await page.getByRole('button', { name: 'Create wallet' }).click();

  const list = page.getByRole('region', { name: 'Wallet list' });
  const zoe = page.getByRole('article', { name: 'Zoe' });
  await expect(list.getByRole('article').first()).toHaveAccessibleName('Zoe');
  const getCoins = zoe.getByRole('button', { name: 'Get coins for Zoe' });
  await expect(getCoins).toBeFocused();
  await expect(getCoins).toBeInViewport();
  await expect(getCoins).toHaveAccessibleDescription(/another wallet here pays it up to 10 coins through a real transaction/);
  await screenshot(page, 'get-coins-1-new-wallet-phone');

  await page.keyboard.press('Enter');
  const status = zoe.getByTestId('gift-status');
  await expect(status).toHaveText(/^\w+ sent 10 coins \(transaction [0-9a-f]{12}…\)\. It waits in the pool and shows as pending until a block confirms it/);
  await expect(status).toBeFocused();
  await expect(zoe.getByTestId('balance-pending')).toHaveText('+10');
  await expect(zoe.getByTestId('balance-confirmed')).toHaveText('0');
  await expect(getCoins).toHaveCount(0);
  await screenshot(page, 'get-coins-2-pending-phone');

  // The payment is an ordinary pool transaction: a mined block confirms it.
  const zoeAddress = (await zoe.getAttribute('data-address'))!;
  const pool = await page.evaluate(() => window.pocket.getPool());
  expect(pool.some((tx) => tx.outputs.some((o) => o.address === zoeAddress && o.amount === 10 * 1e8))).toBe(true);
  await page.evaluate(async () => {
    const ws = await window.pocket.getWallets();
    await window.pocket.mineBlock(ws[0]!.address);
  });
  await expect(zoe.getByTestId('balance-confirmed')).toHaveText('10');
  await expect(zoe.getByTestId('balance-pending')).toHaveText('0');
  expect(await page.evaluate((a) => window.pocket.getBalance(a), zoeAddress)).toBe(10 * 1e8);
  await zoe.scrollIntoViewIfNeeded();
  await screenshot(page, 'get-coins-3-confirmed-phone');
});

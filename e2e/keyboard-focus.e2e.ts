/**
 * Keyboard: the tour comes right after the tabs in the tab order, Escape
 * closes it and focus goes to the open panel's tab; after "Mine one block"
 * (pressed with Enter) focus stays on the button, never on the page body.
 * Creating a wallet puts focus on its "Get coins" (e2e/get-coins.e2e.ts).
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab } from './fixtures';

const focusedIsBody = (page: import('@playwright/test').Page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

test('Escape closes the tour and focus lands on the open tab; Mine one block keeps focus', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, { keepTour: true });
  const tour = page.getByRole('dialog', { name: 'A living blockchain' });
  await expect(tour).toBeVisible();

  // Right after the tabs: from the selected tab, Tab reaches the tour's first button.
  const chainTab = page.getByRole('tab', { name: /^Chain/ });
  await chainTab.focus();
  await page.keyboard.press('Tab');
  await expect(tour.getByRole('button', { name: 'Close the tour' })).toBeFocused();

  // Next moves the tour on (and opens its panel); Escape closes it from anywhere.
  await tour.getByRole('button', { name: 'Next' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Wallets and payments' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /^Wallets/ })).toBeFocused();
  expect(await focusedIsBody(page)).toBe(false);
  // Closed for good: a reload does not bring it back.
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined);
  await expect(page.getByRole('dialog', { name: /Tour|A living blockchain|Wallets and payments/ })).toHaveCount(0);

  await openTab(page, 'Mining');
  const mine = page.getByRole('button', { name: /^Mine one block|^Mining one block/ });
  const before = (await page.evaluate(() => window.pocket.getBlocks())).length;
  await mine.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(() => window.pocket.getBlocks())).length, { timeout: 60_000 }).toBe(before + 1);
  await expect(page.getByRole('button', { name: 'Mine one block' })).toBeFocused();
  expect(await focusedIsBody(page)).toBe(false);
  // Enter again mines the next block: the keyboard user never had to find the button again.
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await page.evaluate(() => window.pocket.getBlocks())).length, { timeout: 60_000 }).toBe(before + 2);
  await expect(page.getByRole('button', { name: 'Mine one block' })).toBeFocused();
});

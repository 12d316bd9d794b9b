/**
 * Toasts with a button ("Open block N") stay until dismissed, and the keyboard
 * reaches them: right after the tabs in the tab order, and from anywhere with
 * Alt+Shift+N (said to screen readers), Escape going back. Toasts without a
 * button leave after their time, but not while the pointer rests on them.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

const region = (page: Page) => page.getByRole('region', { name: 'Notifications' });

async function mineOne(page: Page): Promise<{ height: number; mine: ReturnType<Page['getByRole']> }> {
  await openTab(page, 'Mining');
  const height = (await page.evaluate(() => window.pocket.getNodes())).find((n) => n.id === 'node-1')!.height + 1;
  const mine = page.getByRole('button', { name: 'Mine one block' });
  await mine.click();
  await expect(region(page).getByRole('button', { name: `Open block ${height}` })).toBeVisible({ timeout: 20_000 });
  return { height, mine };
}

test('a toast with a button stays until dismissed and the keyboard reaches it (Alt+Shift+N, Escape, tab order)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const { height, mine } = await mineOne(page);
  const open = region(page).getByRole('button', { name: `Open block ${height}` });

  // Screen readers are told the key with the news.
  await expect(page.getByTestId('live-region')).toContainText('Alt+Shift+N reaches its button.');
  await expect(region(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+N');

  // Still there after twice the longest timed toast (errors: 12 s).
  await page.waitForTimeout(13_000);
  await expect(open).toBeVisible();
  await screenshot(page, 'toast-actionable-1280');

  // From the Mine button (which kept the focus) to the toast and back.
  await expect(mine).toBeFocused();
  await page.keyboard.press('Alt+Shift+N');
  await expect(open).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mine).toBeFocused();
  await expect(open).toBeVisible();

  // In the tab order right after the tabs (the tour is closed): before anything in the panel.
  await page.getByRole('tab', { name: /^Mining/ }).focus();
  await page.keyboard.press('Tab');
  await expect(open).toBeFocused();

  // Its button opens the block, and the keyboard lands on the panel that shows it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /^Chain/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${height}`);
  await expect(page.locator('#panel')).toBeFocused();
  await expect(open).toHaveCount(0);
});

test('dismissing a toast by keyboard moves the focus to the next one, then back where it came from', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const first = await mineOne(page);
  // Two toasts without a button join it.
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(region(page).getByText(/^Mining stopped/)).toBeVisible();
  await screenshot(page, 'toast-actionable-390');
  // On a phone only the newest shows (the others behind "+N more"): count them all.
  const dismissButtons = region(page).locator('[data-toast-id]');
  const count = await dismissButtons.count();
  expect(count).toBeGreaterThanOrEqual(2);

  await first.mine.focus();
  await page.keyboard.press('Alt+Shift+N');
  const focusedInRegion = () => page.evaluate(() => document.activeElement?.closest('[aria-keyshortcuts="Alt+Shift+N"]') != null);
  expect(await focusedInRegion()).toBe(true);
  for (let left = count; left > 0; left--) {
    // The Dismiss of the toast that has the focus.
    await region(page).locator('[data-toast-id]:has(:focus) button[aria-label="Dismiss"]').focus();
    await page.keyboard.press('Enter');
    await expect(dismissButtons).toHaveCount(left - 1);
    if (left > 1) await expect.poll(focusedInRegion).toBe(true);
  }
  // The last one gone: back on the Mine button.
  await expect(first.mine).toBeFocused();
});

test('a toast without a button leaves after its time, but not while the pointer rests on the toasts', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Mining');
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  const stopped = region(page).getByText(/^Mining stopped/);
  await expect(stopped).toBeVisible();
  await stopped.hover();
  await page.waitForTimeout(9_000);
  await expect(stopped).toBeVisible();
  // The pointer leaves: it goes within the grace and what was left of its 6 s.
  await page.mouse.move(10, 400);
  await expect(stopped).toHaveCount(0, { timeout: 8_000 });
});

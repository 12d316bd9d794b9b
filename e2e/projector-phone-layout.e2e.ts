/**
 * Projector (1280x720) and phone (390x844) layout: zooming in keeps the active
 * chain and the tip in view and "Follow tip" on; the picture pans up and down
 * too. On a phone the tour keeps to the lowest third, the hash and the target
 * say which half of their digits each row holds, and the nodes table says it
 * scrolls sideways (and scrolls by keyboard).
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('projector: zoom in keeps the tip in view and Follow tip on; the picture pans up and down', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Chain');
  const view = page.getByRole('region', { name: /^Block tree of/ });
  const follow = view.getByRole('button', { name: 'Follow tip' });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  const tip = view.locator('[data-testid="chain-block"].tip');
  for (let i = 0; i < 2; i++) await view.getByRole('button', { name: 'Zoom in' }).click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  const svgBox = (await view.getByTestId('chain-svg').boundingBox())!;
  await expect(tip).toBeVisible();
  const tipBox = (await tip.boundingBox())!;
  expect(tipBox.y).toBeGreaterThanOrEqual(svgBox.y - 1);
  expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(svgBox.y + svgBox.height + 1);
  expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 1);
  await screenshot(page, 'layout-projector-chain-zoomed');
  await view.getByRole('button', { name: 'Pan down (side branches)' }).click();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await view.getByRole('button', { name: 'Pan up' }).click();
  await screenshot(page, 'layout-projector-chain-panned');
});

test('phone: a compact tour, labelled half-rows of hash and target, a nodes table that says it scrolls', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, { keepTour: true });
  const tour = page.getByRole('dialog');
  await expect(tour).toBeVisible();
  const tourBox = (await tour.boundingBox())!;
  expect(tourBox.height).toBeLessThanOrEqual(844 * 0.35);
  expect(tourBox.y).toBeGreaterThanOrEqual(844 * 0.6);
  await screenshot(page, 'layout-phone-tour');
  await page.keyboard.press('Escape');

  await openTab(page, 'Chain');
  await page.locator('[data-testid="chain-block"].tip').click();
  const pow = page.getByTestId('hash-vs-target');
  await pow.scrollIntoViewIfNeeded();
  for (const label of ['hash 1–32', 'target 1–32', 'hash 33–64', 'target 33–64']) await expect(pow.getByText(label, { exact: true })).toBeVisible();
  await screenshot(page, 'layout-phone-hash-target');

  await openTab(page, 'Network');
  const table = page.getByRole('region', { name: /^Nodes of the network.*\(scrolls sideways\)$/ });
  await expect(page.getByText(/^Scroll the table sideways for peers/)).toBeVisible();
  await table.scrollIntoViewIfNeeded();
  await table.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'layout-phone-node-table');
});

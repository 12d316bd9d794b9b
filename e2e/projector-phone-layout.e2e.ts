/**
 * Projector (1280x720) and phone (390x844) layout: block labels at least 14 px
 * on screen at the projector's first zoom; zooming in keeps the active
 * chain and the tip in view and "Follow tip" on; the picture pans up and down
 * too. On a phone the tour keeps to the lowest third, the hash and the target
 * say which half of their digits each row holds, and the nodes table says it
 * scrolls sideways (and scrolls by keyboard).
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('projector: zoom in keeps the tip in view and Follow tip on; the picture pans up and down', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Chain');
  const view = page.getByRole('region', { name: /^Block tree of/ });
  const follow = view.getByRole('button', { name: 'Follow tip' });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  const tip = view.locator('[data-testid="chain-block"].tip');
  // Every label of a block (and "tip of …" above it) is drawn at 14 px or more on screen, as the page opens.
  await expect(tip).toBeVisible();
  const sizes = await view.getByTestId('chain-svg').evaluate((svg) =>
    [
      ...svg.querySelectorAll<SVGTextElement>(
        '[data-testid="chain-block"] text:not(.tip-badge text), text.tip-of',
      ),
    ].map((t) => ({
      text: t.textContent,
      px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
    })),
  );
  expect(sizes.length).toBeGreaterThan(10);
  for (const s of sizes) expect(s.px, `"${s.text}" on screen`).toBeGreaterThanOrEqual(14);
  await screenshot(page, 'layout-projector-chain');
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

test('phone: a compact tour, labelled half-rows of hash and target, a nodes table that says it scrolls', async ({
  page,
}) => {
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
  for (const label of ['hash 1–32', 'target 1–32', 'hash 33–64', 'target 33–64'])
    await expect(pow.getByText(label, { exact: true })).toBeVisible();
  // Each half's 32 digits fit the phone's card: nothing scrolls or hides at the right.
  expect(await pow.locator('.grid.narrow').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(
    true,
  );
  await screenshot(page, 'layout-phone-hash-target');

  // The Merkle root, in the header's facts and at the top of the tree picture, fits the phone's width.
  const root = page.getByTestId('block-merkle-root');
  await root.scrollIntoViewIfNeeded();
  const rootBox = (await root.boundingBox())!;
  expect(rootBox.x).toBeGreaterThanOrEqual(0);
  expect(rootBox.x + rootBox.width).toBeLessThanOrEqual(390);
  expect(await root.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  const treeRoot = page.locator('[data-testid="merkle-node"].root');
  await treeRoot.scrollIntoViewIfNeeded();
  const treeRootBox = (await treeRoot.boundingBox())!;
  expect(treeRootBox.x).toBeGreaterThanOrEqual(0);
  expect(treeRootBox.x + treeRootBox.width).toBeLessThanOrEqual(390);
  await screenshot(page, 'layout-phone-merkle-root');

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

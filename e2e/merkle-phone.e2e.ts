/**
 * Lesson 7's Merkle picture on a 390x844 phone: too wide as a tree even at
 * 65%, it is drawn as an outline (one node a row, children indented) that fits
 * the width, so nothing scrolls sideways; choosing a transaction still shows
 * its proof path. At a 1280x720 projector it stays a tree.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';
import { openLesson } from './learn-steps';

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('[data-testid="merkle-svg"]')!.parentElement!;
    return {
      page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      frame: frame.scrollWidth <= frame.clientWidth,
    };
  });

test("lesson 7's Merkle picture fits a 390 px phone as an outline: no sideways scroll, every node on screen, the proof path drawn", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLesson(page, 'merkle', 'Merkle trees');
  const svg = page.getByTestId('merkle-svg');
  await expect(svg).toHaveAttribute('data-layout', 'outline');
  expect(await noSidewaysScroll(page)).toEqual({ page: true, frame: true });

  const leaf = page.getByRole('button', { name: /^Transaction 2 txid/ });
  await leaf.scrollIntoViewIfNeeded();
  await leaf.click();
  await expect(leaf).toHaveAttribute('aria-pressed', 'true');
  const nodes = page.getByTestId('merkle-node');
  expect(await nodes.count()).toBeGreaterThan(5);
  for (const box of await nodes.evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
  }
  // The text keeps its size: the outline is drawn at full scale.
  const hashFont = await page
    .locator('[data-testid="merkle-node"] .hash')
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);
  expect(hashFont).toBeGreaterThanOrEqual(10);
  await expect(page.locator('[data-testid="merkle-node"][data-on-path="true"]')).not.toHaveCount(0);
  expect(await noSidewaysScroll(page)).toEqual({ page: true, frame: true });
  await svg.scrollIntoViewIfNeeded();
  await screenshot(page, 'merkle-lesson-phone-390');
});

test("lesson 7's Merkle picture stays a tree at a 1280x720 projector", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page, 'merkle', 'Merkle trees');
  await expect(page.getByTestId('merkle-svg')).toHaveAttribute('data-layout', 'tree');
  expect(await noSidewaysScroll(page)).toEqual({ page: true, frame: true });
});

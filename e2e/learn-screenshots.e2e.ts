/**
 * Every lesson at its start, on a projector (1280x720) and a phone (390x844),
 * in the light and the dark theme: whole-page screenshots into
 * e2e/screenshots/learn-<lesson>-<width>-<theme>.png, to look at. Each page
 * is also checked not to scroll sideways (a phone must not need it).
 */
import { expect, test, type Page } from '@playwright/test';
import { LESSON_IDS } from '../src/learn/catalogue';
import { openApp, screenshotPath } from './fixtures';

test.describe.configure({ timeout: 240_000 });

async function showLesson(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => (location.hash = hash), `#learn/${id}`);
  await expect(page.getByRole('heading', { name: /^Steps/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Loading the lesson…')).toBeHidden();
  // Views draw their pictures a frame after the data arrives.
  await page.waitForTimeout(300);
}

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  test(`every lesson at ${width}x${height}, light and dark, without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, { path: './#learn/hashes' });
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const id of LESSON_IDS) {
        await showLesson(page, id);
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(scroll, `lesson ${id} at ${width} px must not scroll sideways`).toBeLessThanOrEqual(client);
        await page.screenshot({ path: screenshotPath(`learn-${id}-${width}-${theme}`), fullPage: true });
      }
    }
  });
}

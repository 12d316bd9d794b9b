import { expect, test } from '@playwright/test';
import { openApp, screenshot } from './fixtures';

test('the page boots with the demo network and its title', async ({ page }) => {
  await openApp(page, { keepTour: true });
  await expect(page).toHaveTitle('Pocket Chain');
  await expect(page.getByRole('dialog', { name: 'A living blockchain' })).toBeVisible();
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  expect(nodes.length).toBeGreaterThanOrEqual(3);
  await screenshot(page, 'boot-with-tour');
});

import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const screenshot = (name: string) =>
  fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));

test('the page shows the Pocket Chain title', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Pocket Chain');
  await expect(page.getByRole('heading', { level: 1, name: 'Pocket Chain' })).toBeVisible();
  await page.screenshot({ path: screenshot('title'), fullPage: true });
});

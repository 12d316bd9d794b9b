/**
 * Screenshots of each view — the chain, the charts, the Merkle tree and the
 * network — at a 1280x720 projector and a 390x844 phone, in the light and the
 * dark theme (chosen with the header's Theme select), saved to e2e/screenshots/.
 * Each picture is also checked for what must be in it and for nothing wider
 * than the page (no sideways scrolling of the whole page).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

async function noPageOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test(`views at ${size.width}x${size.height}, ${theme} theme`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page);
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const tag = `${size.name}-${theme}`;

      // Chain
      await openTab(page, 'Chain');
      const blocks = page.getByTestId('chain-block');
      await expect(blocks.first()).toBeVisible();
      await expect(page.getByTestId('chain-summary')).toContainText('tip #');
      await noPageOverflow(page);
      await screenshot(page, `views-chain-${tag}`);

      // Charts (collapsed until asked for)
      await page.getByText(/^Charts of /).click();
      for (const id of ['chart-intervals', 'chart-difficulty', 'chart-miners', 'chart-stale'])
        await expect(page.getByTestId(id)).toBeVisible();
      await page.getByTestId('chart-intervals').scrollIntoViewIfNeeded();
      await noPageOverflow(page);
      await screenshot(page, `views-charts-${tag}`);

      // Merkle (the block explorer's, for the tip block clicked in the chain view), with a proof shown
      const tip = page.locator('[data-testid="chain-block"]').filter({ has: page.locator('.tip-badge') });
      await tip.click();
      const merkle = page.getByRole('region', { name: /^Merkle tree of block/ });
      await merkle.getByRole('button', { name: /^Transaction 1 txid/ }).click();
      await expect(merkle.getByTestId('merkle-verified')).toContainText('verified ✓');
      await merkle.getByTestId('merkle-svg').scrollIntoViewIfNeeded();
      // The Merkle view stays inside the page (wide trees scroll inside their own frame).
      const box = (await merkle.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      await screenshot(page, `views-merkle-${tag}`);

      // Network
      await openTab(page, 'Network');
      await expect(page.getByTestId('network-node').first()).toBeVisible();
      await expect(page.getByTestId('node-row')).toHaveCount(
        (await page.evaluate(() => window.pocket.getNodes())).length,
      );
      await noPageOverflow(page);
      await screenshot(page, `views-network-${tag}`);
    });
  }
}

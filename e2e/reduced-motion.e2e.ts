/**
 * prefers-reduced-motion: with it the reorg does not animate (the chain picture
 * jumps to its new shape, the banner still lists what moved) and messages in
 * flight do not glide along the links (each waits half-way). Without it both
 * move: the same checks run both ways, so each can fail.
 */
import { expect, test, type Page } from '@playwright/test';
import { forkAndHeal, openApp, openTab } from './fixtures';

/** Records every time the chain picture starts animating, from now on. */
async function watchChainAnimation(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __animated: boolean };
    w.__animated = false;
    const svg = document.querySelector('[data-testid="chain-svg"]')!;
    new MutationObserver(() => {
      if (svg.getAttribute('data-animating') === 'true') w.__animated = true;
    }).observe(svg, { attributes: true, attributeFilter: ['data-animating'] });
  });
}

/** Where the first message in flight is drawn now, and again `ms` later. */
async function messageDrift(page: Page, ms: number): Promise<{ before: string; after: string }> {
  const message = page.getByTestId('network-message').first();
  await expect(message).toBeAttached({ timeout: 15_000 });
  const id = await message.evaluate((el) => {
    el.setAttribute('data-watched', 'yes');
    return el.getAttribute('transform')!;
  });
  await page.waitForTimeout(ms);
  const after = await page.locator('[data-watched="yes"]').getAttribute('transform');
  return { before: id, after: after ?? id };
}

for (const motion of ['reduce', 'no-preference'] as const) {
  test.describe(`prefers-reduced-motion: ${motion}`, () => {
    test.use({ reducedMotion: motion });

    test(`the reorg ${motion === 'reduce' ? 'does not animate' : 'animates'}`, async ({ page }) => {
      await openApp(page);
      await openTab(page, 'Chain');
      await expect(page.getByTestId('chain-block').first()).toBeVisible();
      await watchChainAnimation(page);
      await forkAndHeal(page);
      await expect(page.getByTestId('reorg-banner')).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId('reorg-disconnected').locator('li')).toHaveCount(1);
      // The animation lasts 900 ms; wait past it before reading what happened.
      await page.waitForTimeout(1200);
      const animated = await page.evaluate(() => (window as unknown as { __animated: boolean }).__animated);
      expect(animated).toBe(motion !== 'reduce');
    });

    test(`messages in flight ${motion === 'reduce' ? 'stay still' : 'move'}`, async ({ page }) => {
      await openApp(page);
      // Slow links, so that a message is in flight for seconds.
      await page.evaluate(() => window.pocket.setLatency(8000));
      await openTab(page, 'Network');
      await page.evaluate(async () => {
        const [rich, other] = (await window.pocket.getWallets()).sort((x, y) => y.balance.confirmed - x.balance.confirmed);
        await window.pocket.send(rich!.address, other!.address, 1000);
      });
      const { before, after } = await messageDrift(page, 1000);
      if (motion === 'reduce') expect(after).toBe(before);
      else expect(after).not.toBe(before);
    });
  });
}

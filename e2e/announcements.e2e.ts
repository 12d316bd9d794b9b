/**
 * What a screen reader hears from the page's one polite live region: found
 * blocks (folded into a few sentences while mining continuously, not one per
 * block), a reorg of the followed node, a payment the form refused, and a
 * finished experiment. Every change of the region's text is recorded.
 */
import { expect, test, type Page } from '@playwright/test';
import { forkAndHeal, openApp, openTab } from './fixtures';

/** Starts recording every text the live region takes, with its time. */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-region"]')!;
    const w = window as unknown as { __heard: { at: number; text: string }[] };
    w.__heard = [];
    new MutationObserver(() => w.__heard.push({ at: performance.now(), text: region.textContent ?? '' })).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

async function heard(page: Page, since = 0): Promise<string[]> {
  return page.evaluate(
    (t) => (window as unknown as { __heard: { at: number; text: string }[] }).__heard.filter((h) => h.at >= t).map((h) => h.text),
    since,
  );
}

async function height(page: Page): Promise<number> {
  return page.evaluate(async () => (await window.pocket.getNodes()).find((n) => n.id === 'node-1')!.height);
}

test('found blocks, a reorg, a refused payment and a finished experiment are announced politely, without a flood', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const region = page.getByTestId('live-region');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toHaveAttribute('aria-atomic', 'true');
  await recordAnnouncements(page);

  // Continuous mining at an easy target: many blocks, few sentences (at most one per 5 s).
  await openTab(page, 'Mining');
  await page.getByLabel('Expected hashes per block').fill('20000');
  await page.getByRole('button', { name: 'Set difficulty' }).click();
  const h0 = await height(page);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await expect.poll(() => height(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(h0 + 8);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('Not mining.');
  const t1 = await page.evaluate(() => performance.now());
  const mined = (await height(page)) - h0;
  const during = await heard(page, t0);
  const allowed = Math.ceil((t1 - t0) / 5000) + 1;
  console.log(`announcements.e2e: ${mined} blocks in ${Math.round(t1 - t0)} ms, ${during.length} announcements (at most ${allowed} allowed)`);
  expect(during.length, `announcements while mining: ${during.join(' | ')}`).toBeLessThanOrEqual(allowed);
  expect(during.length).toBeLessThan(mined);
  await expect.poll(async () => (await heard(page, t0)).join(' | '), { timeout: 15_000 }).toMatch(/\d+ blocks found; the last, block \d+, by Node A\./);

  // A payment the form refuses.
  await openTab(page, 'Wallets');
  await page.getByLabel('Amount (coins)').fill('ten');
  await page.getByLabel('Amount (coins)').press('Enter');
  await expect.poll(async () => (await heard(page)).join(' | '), { timeout: 15_000 }).toMatch(/Payment not sent: Enter the address to pay.* must be a number/);

  // A reorg of the followed node (Node A), heard wherever the page is.
  await forkAndHeal(page);
  await expect.poll(async () => (await heard(page)).join(' | '), { timeout: 15_000 }).toMatch(/Reorg on Node A: 1 block disconnected, 2 connected/);

  // An experiment run from the API.
  await page.evaluate(() => window.pocket.lab.doubleSpendRace({ q: 0.3, z: 1, trials: 100, seed: 'heard' }));
  await expect.poll(async () => (await heard(page)).join(' | '), { timeout: 15_000 }).toMatch(/Double-spend race finished: q 0\.3, z 1, the attack succeeded in [\d.]+%\./);
});

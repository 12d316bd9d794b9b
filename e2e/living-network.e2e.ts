/**
 * The living network: the demo opens live. On the default classroom chain (a
 * real target), its simulated miners find blocks on their own at x1, as a Poisson process at the
 * chain's 10 s spacing, each block's proof found by the Mining panel's workers
 * while the clock waits. Over a minute the count of blocks must lie in the
 * Poisson interval for the virtual time that passed; Pause stops it.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { poissonInterval } from './poisson';

const clock = (page: Page) => page.evaluate(() => window.pocket.getClock());

test('the demo network opens live and finds blocks on its own at x1, within the Poisson interval, and Pause stops it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  // As a visitor opens it (the other specs open a still demo with ?miners=off).
  await openApp(page, { live: true });
  expect((await clock(page)).simulatedMining).toBe(true);
  // The classroom target (about 65,537 hashes a block): too much for the main thread, so the workers prove it.
  const CLASSROOM_BITS = 0x1f00ffff;
  await openTab(page, 'Network');
  const card = page.getByRole('region', { name: 'Simulated mining' });
  const toggle = card.getByRole('button', { name: 'Simulated miners' });
  await expect(page.getByLabel('Simulation speed')).toHaveValue('1');
  // Nobody switched them on.
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByTestId('simulated-miners-state')).toContainText('On');
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  const shares = nodes.reduce((s, n) => s + n.hashShare, 0);
  expect(shares).toBeCloseTo(1);

  const start = await clock(page);
  const tipBefore = (await page.evaluate(() => window.pocket.getBlocks())).at(-1)!;
  expect(tipBefore.header.bits).toBe(CLASSROOM_BITS);
  await page.waitForTimeout(60_000);
  const end = await clock(page);
  const elapsedS = (end.virtualMs - start.virtualMs) / 1000;
  const found = end.blocksFound - start.blocksFound;
  // x1: virtual time follows the wall clock (less the moments it waited for a proof, and a loaded machine's late timers).
  expect(elapsedS).toBeGreaterThan(40);
  expect(elapsedS).toBeLessThan(62);
  const lambda = (elapsedS * shares) / 10;
  const [lo, hi] = poissonInterval(lambda, 0.01);
  console.log(`living network: ${found} blocks in ${elapsedS.toFixed(1)} s of virtual time (expected ${lambda.toFixed(2)}, 99% interval ${lo}..${hi})`);
  expect(found).toBeGreaterThanOrEqual(lo);
  expect(found).toBeLessThanOrEqual(hi);

  // Real blocks: the followed node's new tip carries the chain's target and was validated like any other.
  await page.evaluate(() => window.pocket.settle());
  const blocks = await page.evaluate(() => window.pocket.getBlocks());
  if (found > 0) {
    const tip = blocks.at(-1)!;
    expect(tip.hash).not.toBe(tipBefore.hash);
    expect(tip.header.bits).toBe(CLASSROOM_BITS);
    // A hash below the classroom target (0x0000ffff followed by zeros) starts with four zeros.
    expect(tip.hash).toMatch(/^0000/);
  }
  await screenshot(page, 'living-network-on');

  // Pause: no virtual time passes and no block is found.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.evaluate(() => window.pocket.settle());
  const paused = await clock(page);
  expect(paused.paused).toBe(true);
  await page.waitForTimeout(15_000);
  const later = await clock(page);
  expect(later.virtualMs).toBe(paused.virtualMs);
  expect(later.blocksFound).toBe(paused.blocksFound);

  // Play again, switch the miners off: the clock runs and no block comes.
  await page.getByRole('button', { name: 'Play' }).click();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const off = await clock(page);
  await page.waitForTimeout(5_000);
  const offLater = await clock(page);
  expect(offLater.virtualMs).toBeGreaterThan(off.virtualMs);
  expect(offLater.blocksFound).toBe(off.blocksFound);
});

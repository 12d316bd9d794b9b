/**
 * "All miners mine" follows the chain's schedule, like the living network:
 * on a still demo at x1, the Mining panel's button switches on every node's
 * miner; over a minute of virtual time the blocks found lie in the Poisson
 * interval for the 10 s spacing (weighted by the miners' shares), each proof
 * found by the workers. Stop ends it: virtual time runs on and no block comes.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { poissonInterval } from './poisson';

const clock = (page: Page) => page.evaluate(() => window.pocket.getClock());

test('"All miners mine" at x1 finds blocks within the Poisson interval for the spacing over a minute, and Stop stops it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  expect((await clock(page)).simulatedMining).toBe(false);
  await expect(page.getByLabel('Simulation speed')).toHaveValue('1');
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  const shares = nodes.reduce((s, n) => s + n.hashShare, 0);
  // The default classroom chain's target spacing (the status line below says it too).
  const spacing = 10;

  await openTab(page, 'Mining');
  const status = page.getByTestId('mining-status');
  await expect(status).toContainText('Not mining.');
  const start = await clock(page);
  const wallStart = Date.now();
  await page.getByRole('button', { name: 'All miners mine' }).click();
  await expect(status).toContainText(
    /\d miners mine on the chain's schedule .* one block every 10 s on average at x1/,
  );
  expect((await clock(page)).simulatedMining).toBe(true);
  // Not flat out: a few seconds in, at most a couple of blocks (flat out found about 3 a second).
  await page.waitForTimeout(3_000);
  expect((await clock(page)).blocksFound - start.blocksFound).toBeLessThanOrEqual(4);
  await screenshot(page, 'all-miners-schedule');

  await page.waitForTimeout(57_000);
  const end = await clock(page);
  const wallS = (Date.now() - wallStart) / 1000;
  const elapsedS = (end.virtualMs - start.virtualMs) / 1000;
  const found = end.blocksFound - start.blocksFound;
  // x1: virtual time follows the wall clock (less the moments it waited for a proof, and a loaded machine's late timers).
  expect(elapsedS).toBeGreaterThan(40);
  // (The wall time is a little over the minute waited: the click, the screenshot and the reads take time too.)
  expect(elapsedS).toBeLessThanOrEqual(wallS + 1);
  const lambda = (elapsedS * shares) / spacing;
  const [lo, hi] = poissonInterval(lambda, 0.01);
  console.log(
    `all miners: ${found} blocks in ${elapsedS.toFixed(1)} s of virtual time (expected ${lambda.toFixed(2)}, 99% interval ${lo}..${hi})`,
  );
  expect(found).toBeGreaterThanOrEqual(lo);
  expect(found).toBeLessThanOrEqual(hi);
  // Real proofs from the workers: the panel counts the blocks they found.
  await expect(page.getByTestId('blocks-found')).toHaveText(new RegExp(`^${found} `));

  // Stop: the miners are off, the clock runs on and no block comes.
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toContainText('Not mining.');
  const off = await clock(page);
  expect(off.simulatedMining).toBe(false);
  expect(off.paused).toBe(false);
  await page.waitForTimeout(10_000);
  const offLater = await clock(page);
  expect(offLater.virtualMs).toBeGreaterThan(off.virtualMs + 5_000);
  expect(offLater.blocksFound).toBe(off.blocksFound);
});

/**
 * Journey: simulated mining and fast-forward for a teacher (issue 5 item 5,
 * issue 6 items 7-8). Create a Simulation chain (easy target) in Settings,
 * then on the Network panel fast-forward 50 blocks: every node's height rises
 * by about 50, the statistics count the blocks (and any stale ones), and no
 * long task over 50 ms runs while it happens. A bad block count gets its
 * message; "Next block" and the simulated-miners toggle work. On the default
 * classroom chain they work too, the Web Workers searching each block's proof.
 * Screenshots at 1280x720 and 390x844.
 */
import { expect, test, type Page } from '@playwright/test';
import { dismissToasts, longTasksSince, openApp, openTab, recordLongTasks, screenshot } from './fixtures';

async function heights(page: Page): Promise<Map<string, number>> {
  const rows = page.getByTestId('node-row');
  const out = new Map<string, number>();
  for (const row of await rows.all())
    out.set((await row.getAttribute('data-node'))!, Number(await row.getAttribute('data-height')));
  return out;
}

/** Closes the toasts (they sit over the bottom of the page) and scrolls the card to the middle, for a screenshot. */
async function showCard(page: Page, card: ReturnType<Page['getByRole']>): Promise<void> {
  await dismissToasts(page);
  await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
}

function statValue(page: Page, label: string) {
  return page
    .getByTestId('network-stats')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd');
}

test('a Simulation chain fast-forwards 50 blocks without a long task; Next block and the miners toggle', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await recordLongTasks(page);
  await openApp(page);

  // A new chain with the Simulation preset (an easy target: about every second hash wins).
  await openTab(page, 'Settings');
  await page.getByRole('radio', { name: /^Simulation \(easy target\)/ }).check();
  await page.getByLabel('New chain seed').fill('simulation class');
  await page.getByRole('button', { name: 'Create a new chain' }).click();
  await page.getByRole('button', { name: 'Replace everything with the new chain' }).click();
  await expect(page.getByTestId('current-params')).toContainText('Simulation (easy target)', {
    timeout: 30_000,
  });

  await openTab(page, 'Network');
  const card = page.getByRole('region', { name: 'Simulated mining' });
  const toggle = card.getByRole('button', { name: 'Simulated miners' });
  const blocks = card.getByLabel('Fast-forward (blocks)');
  const run = card.getByRole('button', { name: 'Run' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(card.getByTestId('simulated-mining-reason')).toHaveCount(0);
  await expect(card).toContainText('Node A 40%, Node B 30%, Node C 20%, Node D 10%');

  // A bad count gets its own message and changes nothing.
  const before = await heights(page);
  await blocks.fill('0');
  await run.click();
  await expect(card.getByText('Fast-forward at least 1 block.')).toBeVisible();
  await expect(blocks).toHaveAttribute('aria-invalid', 'true');
  await expect(blocks).toHaveAttribute('aria-describedby', /blocks-error/);
  await blocks.fill('1001');
  await blocks.press('Enter');
  await expect(card.getByText('At most 1,000 blocks at a time.')).toBeVisible();
  expect(await heights(page)).toEqual(before);
  await expect(statValue(page, 'Blocks found')).toHaveText('0');

  // Fast-forward 50 blocks, keyboard only: type the count and press Enter.
  await blocks.fill('50');
  await expect(blocks).not.toHaveAttribute('aria-invalid');
  const t0 = await page.evaluate(() => performance.now());
  await blocks.press('Enter');
  const status = card.getByTestId('fast-forward-status');
  await expect(status).toHaveText(
    /^50 blocks in (\d+ hr )?(\d+ min )?(\d+ sec )?of simulated time: \d+ stale, \d+ reorgs?\.$/,
    { timeout: 60_000 },
  );
  const t1 = await page.evaluate(() => performance.now());
  const resultText = (await status.textContent())!.trim();
  const stale = Number(/(\d+) stale/.exec(resultText)![1]);
  // The page never had a long task while it ran (slices of a few blocks, a turn for the page between them).
  const long = (await longTasksSince(page, t0)).filter((t) => t.start < t1 && t.duration > 50);
  expect(
    long,
    `long tasks during the fast-forward (${Math.round(t1 - t0)} ms): ${JSON.stringify(long)}`,
  ).toEqual([]);
  console.log(`fast-forward of 50 blocks: ${Math.round(t1 - t0)} ms wall time; ${resultText}`);

  // Every node rose by about 50 (a stale block or a last block still on the wire may differ by a few).
  await expect(async () => {
    const after = await heights(page);
    for (const [id, h] of before) {
      expect(after.get(id)! - h, `node ${id}`).toBeGreaterThanOrEqual(50 - stale - 2);
      expect(after.get(id)! - h, `node ${id}`).toBeLessThanOrEqual(50);
    }
  }).toPass({ timeout: 15_000 });
  await expect(statValue(page, 'Blocks found')).toHaveText('50');
  await expect(statValue(page, 'Stale blocks')).toHaveText(new RegExp(`^${stale} \\(`));
  await expect(statValue(page, 'Reorgs')).toHaveText(/^\d+, deepest \d+ blocks?$/);
  await showCard(page, card);
  await screenshot(page, 'simulated-mining-1280');

  // Next block: one more simulated block, found by one of the miners.
  await card.getByRole('button', { name: 'Next block' }).click();
  await expect(card.getByTestId('simulated-step')).toHaveText(
    /^Block \d+ found by Node [ABCD] after (\d+ min )?\d+ sec of simulated time\.$/,
  );
  await expect(statValue(page, 'Blocks found')).toHaveText('51');

  // The simulated miners keep finding blocks while the clock runs (x100), and stop when switched off.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByTestId('simulated-miners-state')).toContainText(
    'On: blocks arrive while the clock runs',
  );
  await showCard(page, card);
  await screenshot(page, 'simulated-mining-on-1280');
  await page.getByLabel('Simulation speed').selectOption('100');
  await expect(async () =>
    expect(Number(await statValue(page, 'Blocks found').textContent())).toBeGreaterThan(52),
  ).toPass({ timeout: 15_000 });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(card.getByTestId('simulated-miners-state')).toContainText('Off');

  // A phone: nothing sticks out sideways, the card fits.
  await page.setViewportSize({ width: 390, height: 844 });
  await showCard(page, card);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await screenshot(page, 'simulated-mining-390');
});

test('on the classroom chain Next block and fast-forward run too: the workers search each proof flat out, virtual time jumps', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openTab(page, 'Network');
  const card = page.getByRole('region', { name: 'Simulated mining' });
  // A real target (about 65,537 hashes a block) no longer shuts them off: no reason is shown.
  await expect(card.getByTestId('simulated-mining-reason')).toHaveCount(0);
  const toggle = card.getByRole('button', { name: 'Simulated miners' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const before = await heights(page);
  const tip = async () => (await page.evaluate(() => window.pocket.getBlocks())).at(-1)!;
  expect((await tip()).header.bits).toBe(0x1f00ffff);

  // Next block: one block, proved by the workers, reported with the simulated time it took.
  await card.getByRole('button', { name: 'Next block' }).click();
  await expect(card.getByTestId('simulated-step')).toHaveText(/^Block \d+ found by Node [A-D] after [\d.,]+ ?\w* of simulated time\.$/, { timeout: 30_000 });
  await expect(card.getByRole('button', { name: 'Next block' })).toBeFocused();

  // Fast-forward 10 blocks from the form: no waiting for the schedule.
  const blocks = card.getByLabel('Fast-forward (blocks)');
  await blocks.fill('10');
  const started = Date.now();
  await card.getByRole('button', { name: 'Run' }).click();
  const status = card.getByTestId('fast-forward-status');
  await expect(status).toHaveText(/^10 blocks in .+ of simulated time: \d+ stale, \d+ reorgs?\.$/, { timeout: 60_000 });
  const wallSeconds = (Date.now() - started) / 1000;
  const simulated = await status.textContent();
  console.log(`classroom fast-forward: "${simulated}" in ${wallSeconds.toFixed(1)} s of wall time`);
  await page.evaluate(() => window.pocket.settle());
  const after = await heights(page);
  for (const [id, h] of after) expect(h, `height of ${id}`).toBeGreaterThanOrEqual(before.get(id)! + 9);
  // Real blocks: the tip's hash is below the target its bits say (a retarget at height 20 may have moved it).
  const last = await tip();
  const bits = last.header.bits;
  const target = BigInt(bits & 0xffffff) << BigInt(8 * ((bits >>> 24) - 3));
  expect(BigInt(`0x${last.hash}`) <= target).toBe(true);
  expect(target < 1n << 242n, 'still a real target (not the Simulation preset)').toBe(true);

  // The API too; the miners are off again afterwards.
  const r = await page.evaluate(() => window.pocket.fastForward(3));
  expect(r.blocks).toBe(3);
  expect(r.stopped).toBeUndefined();
  expect((await page.evaluate(() => window.pocket.getClock())).simulatedMining).toBe(false);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await showCard(page, card);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await screenshot(page, `simulated-mining-classroom-${width}-${scheme}`);
    }
  }
});

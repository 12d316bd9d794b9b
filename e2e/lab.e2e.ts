/**
 * Journeys of the Lab panel, against the built app:
 * - a double-spend race run from the page, to the plot, the table and the CSV,
 *   with bad input refused first and no long task while it runs;
 * - the 51% attack on the live network, reached by resetSystem({ preset:
 *   'simulation' }) from window.pocket, listing the payment it reversed, which
 *   is back in the pool, and the reorg shown in the Chain panel;
 * - the lab's API from window.pocket;
 * - screenshots at 1280x720 and 390x844, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { longTasksSince, openApp, openTab, recordLongTasks, screenshot } from './fixtures';

async function noPageOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
}

async function dismissToasts(page: Page): Promise<void> {
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
}

test('a double-spend race from the page to the plot, the table and the CSV, without a long task', async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordLongTasks(page);
  await openApp(page);
  await openTab(page, 'Lab');
  await expect(page.getByTestId('lab-mode')).toHaveText(/Web Workers, so the page stays responsive/);
  const card = page.getByRole('region', { name: 'Double-spend race' });
  await expect(card).toContainText('a tie does not win');

  // Bad input: its own message, nothing runs.
  await card.getByLabel("Attacker's share q").fill('0.6');
  await card.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(card.getByText("The attacker's share q must be above 0 and below 0.5, like 0.3.")).toBeVisible();
  await expect(card.getByLabel("Attacker's share q")).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByRole('progressbar')).toHaveCount(0);

  // q 0.3, z 1: exact 30.9%, the whitepaper 62.8%.
  await card.getByLabel("Attacker's share q").fill('0.3');
  await card.getByLabel('Confirmations z').fill('1');
  await card.getByLabel('Trials').fill('400');
  await card.getByLabel('Seed').fill('e2e');
  await expect(card).toContainText('At q 0.3, z 1: exact 30.9%, Rosenfeld 60.0%, whitepaper 62.8%.');
  const t0 = await page.evaluate(() => performance.now());
  await card.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(card.getByRole('progressbar')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Cancel' })).toBeVisible();
  const result = card.getByTestId('lab-race-result');
  await expect(result).toContainText('q 0.3, z 1: the attack succeeded in', { timeout: 150_000 });
  await expect(result).toContainText('exact 30.9% (inside the interval), whitepaper 62.8% (outside the interval)');
  const longTasks = await longTasksSince(page, t0);
  expect(longTasks.filter((t) => t.duration > 50), 'no long task while the workers run the trials').toEqual([]);

  // The plot: one measured point with its interval, the three theory curves, the legend.
  const plot = card.getByTestId('lab-race-figure-plot');
  await expect(plot.locator('g.point')).toHaveCount(1);
  await expect(plot.locator('path.curve')).toHaveCount(3);
  await expect(plot.getByRole('list', { name: 'Legend' })).toContainText('whitepaper');
  // The table alternative.
  await card.getByText(/^Show as table/).click();
  const row = card.getByRole('row').filter({ hasText: '400' });
  await expect(row).toContainText('30.9%');
  await expect(row.getByRole('cell').last()).toHaveText('yes');
  // Copy as CSV.
  await card.getByRole('button', { name: 'Copy as CSV' }).click();
  await expect(card.getByText('Copied 1 row as CSV.')).toBeVisible();
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  expect(csv.split('\r\n')[0]).toBe('q,z,premined,trials,successes,success_rate,ci95_low,ci95_high,exact,whitepaper,rosenfeld,give_up_deficit,give_up_lost_probability,seed');
  expect(csv.split('\r\n')[1]).toMatch(/^0\.3,1,0,400,\d+,/);
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'lab-race-run');
});

test('the 51% attack on the live network reverses a payment, and the Chain panel shows the reorg', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openTab(page, 'Lab');
  const card = page.getByRole('region', { name: '51% attack on the live network' });
  // The default classroom chain is too hard for the page: disabled, with the reason.
  await expect(card.getByTestId('lab-majority-reason')).toContainText('needs an easy target');
  await expect(card.getByRole('button', { name: 'Attack the live network' })).toBeDisabled();

  // A Simulation chain from a script, then a payment confirmed in the newest block.
  await page.evaluate(() => window.pocket.resetSystem({ seed: 'lab-e2e', preset: 'simulation' }));
  await expect(card.getByTestId('lab-majority-reason')).toHaveCount(0);
  const txid = await page.evaluate(async () => {
    const p = window.pocket;
    const [rich, poor] = (await p.getWallets()).sort((a, b) => b.balance.confirmed - a.balance.confirmed);
    const sent = await p.send(rich!.address, poor!.address, 123_000_000);
    await p.settle();
    while ((await p.getPool()).length > 0) await p.stepBlock();
    await p.settle();
    return sent.txid;
  });

  await card.getByLabel("Attacker's share").fill('0.7');
  await card.getByLabel('Blocks to rewrite (k)').fill('2');
  await card.getByRole('button', { name: 'Attack the live network' }).click();
  const result = card.getByTestId('lab-majority-result');
  await expect(result).toContainText('reorganised', { timeout: 60_000 });
  const payments = result.getByRole('list', { name: 'Reversed payments' });
  const reversed = payments.getByRole('listitem').filter({ hasText: txid.slice(0, 12) });
  await expect(reversed).toContainText('1.23 coins to');
  await expect(reversed).toContainText('back in the pool');
  expect(await page.evaluate(async (id) => (await window.pocket.getPool()).some((t) => t.txid === id), txid)).toBe(true);
  // The attacker node left again; its rewards went to the wallet "Attacker".
  expect(await page.evaluate(async () => (await window.pocket.getNodes()).map((n) => n.id))).not.toContain('attacker');
  expect(await page.evaluate(async () => (await window.pocket.getWallets()).some((w) => w.label === 'Attacker'))).toBe(true);
  await dismissToasts(page);
  await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'lab-majority-attack');

  await result.getByRole('button', { name: 'See the reorg in the Chain panel' }).click();
  await expect(page.getByRole('tab', { name: 'Chain' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/reorg/i).first()).toBeVisible();
  await screenshot(page, 'lab-majority-chain');
});

test('window.pocket: the lab and resetSystem presets in the built app', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const out = await page.evaluate(async () => {
    const p = window.pocket;
    const race = await p.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 100, seed: 1 });
    const again = await p.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 100, seed: 1 });
    const selfish = await p.lab.selfishMining({ alpha: 0.3, gamma: 0.5, blocks: 500, seed: 'api' });
    let refused: { code: string; field?: string } | undefined;
    try {
      await p.resetSystem({ preset: 'mainnet' as never });
    } catch (e) {
      refused = { code: (e as { code: string }).code, field: (e as { field?: string }).field };
    }
    await p.resetSystem({ seed: 42, preset: 'simulation' });
    await p.stepBlock();
    const attack = await p.lab.majorityAttack({ share: 0.8, depth: 1, seed: 2 });
    return { race, again, selfish, refused, attack, cancel: await p.lab.cancel() };
  });
  expect(out.race).toMatchObject({ q: 0.2, z: 1, trials: 100 });
  expect(out.race.ci95[0]).toBeLessThanOrEqual(out.race.successRate);
  expect(out.race.ci95[1]).toBeGreaterThanOrEqual(out.race.successRate);
  expect(out.race.theory.exact).toBeCloseTo(0.13, 6);
  expect(out.race.theory.whitepaper).toBeCloseTo(0.4159, 3);
  expect(out.race.theory.rosenfeld).toBeCloseTo(0.4, 6);
  expect(out.again).toEqual(out.race);
  expect(out.selfish).toMatchObject({ alpha: 0.3, gamma: 0.5, blocks: 500, honestNodes: 2 });
  expect(out.selfish.theory.threshold).toBeCloseTo(0.25, 12);
  expect(out.refused).toEqual({ code: 'bad-argument', field: 'preset' });
  expect(out.attack.reorgDepth).toBeGreaterThanOrEqual(1);
  expect(out.attack.reversedTxids).toEqual(out.attack.reversedPayments.map((p) => p.txid));
  expect(out.cancel).toBe(false);
});

for (const size of [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the Lab at ${size.width}x${size.height}, ${theme} theme`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page);
      await page.getByLabel('Theme').selectOption(theme);
      // Results to draw, from the API (each a real run in the workers).
      await page.evaluate(async () => {
        for (const z of [0, 1, 2, 4]) await window.pocket.lab.doubleSpendRace({ q: 0.3, z, trials: 300, seed: 'shot' });
        for (const alpha of [0.25, 0.35]) await window.pocket.lab.selfishMining({ alpha, gamma: 0.5, blocks: 1500, seed: 'shot' });
      });
      await openTab(page, 'Lab');
      await dismissToasts(page);
      const tag = `${size.name}-${theme}`;
      await noPageOverflow(page);
      await screenshot(page, `lab-${tag}`);
      const race = page.getByTestId('lab-race-figure');
      await race.scrollIntoViewIfNeeded();
      await expect(race.locator('g.point')).toHaveCount(4);
      await noPageOverflow(page);
      await screenshot(page, `lab-race-figure-${tag}`);
      const selfish = page.getByTestId('lab-selfish-figure');
      await selfish.scrollIntoViewIfNeeded();
      await expect(selfish.locator('g.point')).toHaveCount(2);
      await screenshot(page, `lab-selfish-figure-${tag}`);
    });
  }
}

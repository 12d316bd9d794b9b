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

test('window.pocket: every lab call returns its documented shape, cancel stops a run, bad arguments change nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  type Refusal = { code: string; message: string; field?: string };
  const out = await page.evaluate(async () => {
    const p = window.pocket;
    const refusal = async (run: () => Promise<unknown>): Promise<Refusal | undefined> => {
      try {
        await run();
      } catch (e) {
        const { code, message, field } = e as Refusal;
        return { code, message, field };
      }
      return undefined;
    };
    const race = await p.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 100, seed: 1 });
    const again = await p.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 100, seed: '1' });
    const selfish = await p.lab.selfishMining({ alpha: 0.3, gamma: 0.5, blocks: 500, seed: 'api' });
    const stale = await p.lab.staleRate({ delays: [0.1, 0.5], blocks: 300, seed: 'api' });

    // Cancel: a long run is stopped part way, rejects, and keeps nothing.
    const idleCancel = await p.lab.cancel();
    const long = refusal(() => p.lab.doubleSpendRace({ q: 0.3, z: 4, trials: 20_000, seed: 'cancel' }));
    await new Promise((r) => setTimeout(r, 300));
    const busy = await refusal(() => p.lab.selfishMining({ alpha: 0.3, gamma: 0.5, blocks: 500, seed: 2 }));
    const cancelled = await p.lab.cancel();
    const cancelledRun = await long;

    // Bad arguments: refused with a sentence naming the argument.
    const badRace = await refusal(() => p.lab.doubleSpendRace({ q: 0.7, z: 1, trials: 100, seed: 1 }));
    const badSelfish = await refusal(() => p.lab.selfishMining({ alpha: 0.3, gamma: 2, blocks: 500, seed: 1 }));
    const badStale = await refusal(() => p.lab.staleRate({ delays: [0.1], blocks: 10, seed: 1 }));
    const badPreset = await refusal(() => p.resetSystem({ preset: 'mainnet' as never }));
    const classroomAttack = await refusal(() => p.lab.majorityAttack({ share: 0.8, depth: 1, seed: 2 }));

    await p.resetSystem({ seed: 42, preset: 'simulation' });
    await p.stepBlock();
    const tip = async () => (await p.getBlocks()).map((b) => b.hash);
    const before = { blocks: await tip(), nodes: (await p.getNodes()).map((n) => n.id), wallets: (await p.getWallets()).length };
    const badShare = await refusal(() => p.lab.majorityAttack({ share: 0.4, depth: 1, seed: 2 }));
    const badDepth = await refusal(() => p.lab.majorityAttack({ share: 0.8, depth: 40, seed: 2 }));
    const after = { blocks: await tip(), nodes: (await p.getNodes()).map((n) => n.id), wallets: (await p.getWallets()).length };
    const attack = await p.lab.majorityAttack({ share: 0.8, depth: 1, seed: 2 });
    return { race, again, selfish, stale, idleCancel, busy, cancelled, cancelledRun, badRace, badSelfish, badStale, badPreset, classroomAttack, before, badShare, badDepth, after, attack };
  });

  // doubleSpendRace: { successRate, ci95: [lo, hi], trials, theory: { exact, whitepaper, rosenfeld } }; a number seed is its text.
  expect(out.race).toMatchObject({ q: 0.2, z: 1, premined: 0, trials: 100 });
  expect(out.race.successRate).toBe(out.race.successes / 100);
  expect(out.race.ci95[0]).toBeLessThanOrEqual(out.race.successRate);
  expect(out.race.ci95[1]).toBeGreaterThanOrEqual(out.race.successRate);
  expect(Object.keys(out.race.theory).sort()).toEqual(['exact', 'rosenfeld', 'whitepaper']);
  expect(out.race.theory.exact).toBeCloseTo(0.13, 6);
  expect(out.race.theory.whitepaper).toBeCloseTo(0.4159, 3);
  expect(out.race.theory.rosenfeld).toBeCloseTo(0.4, 6);
  expect(out.again).toEqual(out.race);
  // selfishMining: { relativeRevenue, ci95, blocks, gammaRealised, theory }.
  expect(out.selfish).toMatchObject({ alpha: 0.3, gamma: 0.5, blocks: 500, honestNodes: 2 });
  expect(out.selfish.relativeRevenue).toBeGreaterThan(0);
  expect(out.selfish.relativeRevenue).toBeLessThan(1);
  expect(out.selfish.ci95[0]).toBeLessThanOrEqual(out.selfish.relativeRevenue);
  expect(out.selfish.ci95[1]).toBeGreaterThanOrEqual(out.selfish.relativeRevenue);
  expect(out.selfish.gammaRealised).toBeGreaterThanOrEqual(0);
  expect(out.selfish.gammaRealised).toBeLessThanOrEqual(1);
  expect(out.selfish.theory.threshold).toBeCloseTo(0.25, 12);
  // staleRate: one point per delay, measured with its interval against d / (2 (T + d)).
  expect(out.stale.map((s) => s.delayOverSpacing)).toEqual([0.1, 0.5]);
  for (const s of out.stale) {
    expect(s.blocks).toBe(300);
    expect(s.ci95[0]).toBeLessThanOrEqual(s.measured);
    expect(s.ci95[1]).toBeGreaterThanOrEqual(s.measured);
    expect(s.expected).toBeCloseTo(s.delayOverSpacing / (2 * (1 + s.delayOverSpacing)), 12);
  }
  // cancel: false when idle; true on a run, which rejects; one run at a time.
  expect(out.idleCancel).toBe(false);
  expect(out.busy).toMatchObject({ code: 'lab-busy' });
  expect(out.cancelled).toBe(true);
  expect(out.cancelledRun).toEqual({ code: 'lab-cancelled', message: 'The run (q 0.3, z 4) was cancelled: nothing was kept.', field: undefined });
  // Bad arguments.
  expect(out.badRace).toEqual({ code: 'bad-argument', field: 'q', message: 'q must be a number above 0 and below 0.5, got 0.7.' });
  expect(out.badSelfish).toMatchObject({ code: 'bad-argument', field: 'gamma' });
  expect(out.badStale).toMatchObject({ code: 'bad-argument', field: 'blocks' });
  expect(out.badPreset).toEqual({ code: 'bad-argument', field: 'preset', message: 'The preset must be one of classroom, bitcoin, simulation.' });
  expect(out.classroomAttack).toMatchObject({ code: 'bad-argument' });
  expect(out.classroomAttack!.message).toContain('needs an easy target');
  expect(out.badShare).toMatchObject({ code: 'bad-argument', field: 'share' });
  expect(out.badDepth).toMatchObject({ code: 'bad-argument', field: 'depth' });
  expect(out.badDepth!.message).toContain('genesis cannot be rewritten');
  expect(out.after, 'a refused attack changes nothing').toEqual(out.before);
  // majorityAttack: { reorgDepth, reversedTxids, blocks }.
  expect(out.attack.reorgDepth).toBeGreaterThanOrEqual(1);
  expect(out.attack.blocks).toBeGreaterThanOrEqual(2);
  expect(out.attack.reversedTxids).toEqual(out.attack.reversedPayments.map((r) => r.txid));

  // The page kept exactly the runs that finished: two races, one selfish run, two stale points.
  await openTab(page, 'Lab');
  await expect(page.getByTestId('lab-race-figure').locator('g.point')).toHaveCount(2);
  await expect(page.getByTestId('lab-selfish-figure').locator('g.point')).toHaveCount(1);
  await expect(page.getByTestId('lab-stale-figure').locator('g.point')).toHaveCount(2);
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

/**
 * Journey: the Settings panel (issue 6, item 8). Choose a preset, get a message
 * under each bad field (Bitcoin's real genesis difficulty, a negative reward, a
 * zero spacing) with nothing changed; create a new chain with Bitcoin's values;
 * reset with the same seed and get the same chain; restart the tour. Screenshots
 * of the panel at 1280x720 and 390x844, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

const COIN = 100_000_000;

async function blockHashes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.pocket.getBlocks().then((b) => b.map((x) => x.hash)));
}

test('new chain form: messages per field, a Bitcoin-values chain, same seed same chain, restart the tour', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await openTab(page, 'Settings');
  const chainBefore = await blockHashes(page);
  await expect(page.getByTestId('current-params')).toContainText('Classroom (real proof of work): 10-coin reward');

  // The preset fills the fields.
  await page.getByRole('radio', { name: /^Bitcoin values/ }).check();
  await expect(page.getByLabel('Initial reward (coins)')).toHaveValue('50');
  await expect(page.getByLabel('Halving interval (blocks)')).toHaveValue('210000');
  await expect(page.getByLabel('Coinbase maturity (blocks)')).toHaveValue('100');
  await expect(page.getByLabel('Genesis difficulty (compact bits)')).toHaveValue('0x1f00ffff');

  // Bad entries: each gets its own message under its field, and nothing changes.
  await page.getByLabel('Genesis difficulty (compact bits)').fill('0x1d00ffff');
  await expect(page.getByTestId('genesis-work')).toHaveText('About 4,295,032,833 hashes per block.');
  await page.getByLabel('Initial reward (coins)').fill('-1');
  await page.getByLabel('Target spacing (s)').fill('0');
  await page.getByRole('button', { name: 'Create a new chain' }).click();
  const reward = page.getByLabel('Initial reward (coins)');
  await expect(reward).toHaveAttribute('aria-invalid', 'true');
  await expect(reward).toBeFocused();
  await expect(page.locator('#newchain-initialReward-error')).toHaveText('Initial reward (coins): The amount cannot be negative.');
  await expect(page.locator('#newchain-targetSpacing-error')).toHaveText('Target spacing (s): must be from 1 to 86,400, not 0.');
  // The genesis check runs once the fields parse; fix those two and submit again.
  await reward.fill('50');
  await page.getByLabel('Target spacing (s)').fill('600');
  await page.getByRole('button', { name: 'Create a new chain' }).click();
  const genesisError = page.locator('#newchain-genesisBits-error');
  await expect(genesisError).toContainText('Genesis difficulty (compact bits): The genesis difficulty 0x1d00ffff needs about 4,295,032,833 hashes per block');
  await expect(genesisError).toContainText('Use 0x1e0fffff or an easier target');
  await expect(page.getByLabel('Genesis difficulty (compact bits)')).toHaveAttribute('aria-describedby', /newchain-genesisBits-error/);
  await screenshot(page, 'settings-new-chain-errors');
  expect(await blockHashes(page)).toEqual(chainBefore);

  // A Bitcoin-values chain at the classroom difficulty, after a confirmation.
  await page.getByLabel('Genesis difficulty (compact bits)').fill('0x1f00ffff');
  await page.getByLabel('New chain seed').fill('bitcoin class');
  await page.getByRole('button', { name: 'Create a new chain' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('built from the seed “bitcoin class”');
  await page.getByRole('button', { name: 'Replace everything with the new chain' }).click();
  await expect(page.getByTestId('current-params')).toContainText('Bitcoin values: 50-coin reward (halves every 210,000 blocks), a block every 600 s', { timeout: 30_000 });
  const built = await page.evaluate(() => window.pocket.getBlocks());
  expect(built[1]!.reward).toBe(50 * COIN);
  expect(built.map((b) => b.hash)).not.toEqual(chainBefore);
  await expect(page.getByRole('radio', { name: /^Bitcoin values/ })).toBeChecked();

  // Reset with the same seed: the same chain (the parameters are kept).
  await page.getByLabel('Seed', { exact: true }).fill('bitcoin class');
  await page.getByRole('button', { name: 'Reset with seed' }).click();
  await page.getByRole('button', { name: 'Replace everything', exact: true }).click();
  await expect(page.getByLabel('Notifications').getByText('The demo was rebuilt from the seed "bitcoin class".')).toBeVisible({ timeout: 30_000 });
  expect(await blockHashes(page)).toEqual(built.map((b) => b.hash));
  await expect(page.getByTestId('current-params')).toContainText('Bitcoin values');

  // Restart the tour: it opens again at its first step on the Chain tab.
  await page.getByRole('button', { name: 'Restart the tour' }).click();
  await expect(page.getByRole('dialog', { name: 'A living blockchain' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Chain/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Close the tour' }).click();
});

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`settings panel screenshot ${width}x${height} ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await openTab(page, 'Settings');
      await expect(page.getByRole('heading', { name: 'Consensus parameters for a new chain' })).toBeVisible();
      // Nothing sticks out sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `settings-${width}-${scheme}`);
      await page.getByRole('checkbox', { name: 'Include wallets (private keys!)' }).check();
      await page.getByRole('heading', { name: 'Export and import' }).scrollIntoViewIfNeeded();
      await screenshot(page, `settings-${width}-${scheme}-files`);
    });
  }
}

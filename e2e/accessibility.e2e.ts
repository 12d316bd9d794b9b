/**
 * axe-core on every panel, the block explorer, each dialog and the tour, in the light
 * and the dark theme, at a 1280x720 projector and a 390x844 phone: no serious or
 * critical violation (colour contrast included). New screens add a line with
 * `expectAccessible` (e2e/axe.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { openApp, openTab } from './fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

// Each axe run takes seconds on a busy machine, and a test here runs several.
test.describe.configure({ timeout: 240_000 });

async function tipHeight(page: Page): Promise<number> {
  return page.evaluate(async () => (await window.pocket.getNodes()).find((n) => n.id === 'node-1')!.height);
}

for (const size of SIZES) {
  for (const theme of THEMES) {
    test.describe(`${size.name} px, ${theme} theme`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: theme });
      });

      test('the tour, each of its steps', async ({ page }) => {
        await openApp(page, { keepTour: true });
        const tour = page.getByRole('dialog', { name: /./ });
        for (let step = 1; ; step++) {
          await expect(tour).toContainText(`step ${step} of`);
          await expectAccessible(page, `the tour, step ${step}`);
          const next = tour.getByRole('button', { name: 'Next' });
          if (!(await next.isVisible())) break;
          await next.click();
        }
      });

      test('every panel', async ({ page }) => {
        await openApp(page);
        for (const tab of ['Chain', 'Wallets', 'Mempool', 'Mining', 'Network', 'Settings'] as const) {
          await openTab(page, tab);
          await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
          await expectAccessible(page, `the ${tab} panel`);
        }
        // The charts open on demand.
        await openTab(page, 'Chain');
        await page.getByText(/^Charts of /).click();
        await expect(page.getByTestId('chart-intervals')).toBeVisible();
        await expectAccessible(page, 'the charts');
      });

      test('the block explorer, its Merkle proof and tamper sandbox', async ({ page }) => {
        await openApp(page);
        await openTab(page, 'Chain');
        const height = await tipHeight(page);
        await page.getByRole('button', { name: new RegExp(`^Block ${height} `) }).click();
        await expect(page.getByTestId('explorer-title')).toContainText(`Block ${height}`);
        const merkle = page.getByRole('region', { name: /^Merkle tree of block/ });
        await merkle.getByRole('button', { name: /^Transaction 1 txid/ }).click();
        await expect(merkle.getByTestId('merkle-verified')).toContainText('verified ✓');
        await expectAccessible(page, 'the explorer with a Merkle proof');
      });

      test('the dialogs: private key, remove a node, new chain', async ({ page }) => {
        await openApp(page);
        await openTab(page, 'Wallets');
        await page.getByRole('button', { name: /^Show private key/ }).first().click();
        await expect(page.getByRole('region', { name: /^Private key of/ }).first()).toBeVisible();
        await expectAccessible(page, 'a revealed private key');

        await openTab(page, 'Network');
        await page.getByRole('button', { name: /^Remove .*…$/ }).first().click();
        await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
        await expectAccessible(page, 'the remove-a-node confirmation');

        await openTab(page, 'Settings');
        await page.getByRole('button', { name: 'Create a new chain' }).click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await expectAccessible(page, 'the new-chain confirmation');
      });
    });
  }
}

/**
 * Journey: the block tree as a table, the text alternative of the chain
 * picture, for a keyboard or screen-reader user. Its rows load when the
 * disclosure opens (a first visit does not download them); the caption counts
 * the tree, every block is a row highest first, "Open" opens the block in the
 * explorer.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('the block tree as a table: loaded on opening, counted, highest first, each block opens in the explorer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page);
  await openTab(page, 'Chain');
  const rowsScript = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/ChainTableRows-[\w-]+\.js$/.test(new URL(r.name).pathname)).length);
  expect(await rowsScript(), 'the table\'s rows before it opens').toBe(0);
  const blocks = await page.evaluate(() => window.pocket.getBlocks());
  const tip = blocks[blocks.length - 1]!;

  // By keyboard: the disclosure is a summary the Tab key reaches; Enter opens it.
  const summary = page.getByText(/^Show the block tree of node A as a table$/i);
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /^Block tree of node A: \d+ blocks/i });
  await expect(table).toBeVisible();
  expect(await rowsScript()).toBe(1);
  await expect(table).toHaveAccessibleName(new RegExp(`: ${blocks.length} blocks \\(${blocks.length} active, 0 stale, 0 orphan\\)`, 'i'));
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(blocks.length);
  await expect(rows.first().locator('td').first()).toHaveText(String(tip.height));
  await expect(rows.first().locator('code')).toHaveText(tip.hash);
  await screenshot(page, 'chain-table-open');

  await table.getByRole('button', { name: `Open block ${tip.height} ${tip.hash}` }).click();
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${tip.height}`);
  await expect(rows.first()).toHaveClass(/selected/);

  // Closed and opened again: the same rows, without a second download.
  await summary.click();
  await expect(table).toBeHidden();
  await summary.click();
  await expect(rows).toHaveCount(blocks.length);
  expect(await rowsScript()).toBe(1);
});

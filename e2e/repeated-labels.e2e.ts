/**
 * Labels are free text: two nodes or two wallets may both be called "Alice".
 * Journey: export the demo with its wallets, give every node one label and
 * every wallet another, import the file, then open every panel (and the parts
 * of them that list nodes or wallets: the explorer, the charts, the network
 * statistics, the logs, resolve conflicts). No page error, no console error,
 * and each panel shows its content.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab } from './fixtures';

const TABS = ['Chain', 'Wallets', 'Mempool', 'Mining', 'Network', 'Settings'] as const;

test('a state whose nodes and wallets share labels opens every panel without an error', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await openApp(page);

  const file = await page.evaluate(async () => {
    await window.pocket.settle();
    const text = await window.pocket.exportState({ includeWallets: true });
    const state = JSON.parse(text) as { network: { nodes: { label: string }[] }; wallets: { label: string }[] };
    for (const n of state.network.nodes) n.label = 'Alice';
    for (const w of state.wallets) w.label = 'Alice';
    return JSON.stringify(state);
  });
  const result = await page.evaluate((json) => window.pocket.importState(json), file);
  expect(result.nodes).toBe(4);
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  expect(nodes.map((n) => n.label)).toEqual(['Alice', 'Alice', 'Alice', 'Alice']);
  const wallets = await page.evaluate(() => window.pocket.getWallets());
  expect(new Set(wallets.map((w) => w.label))).toEqual(new Set(['Alice']));

  // A block found by the network after the import, so the statistics and charts have rows.
  await page.evaluate(async () => {
    const [w] = await window.pocket.getWallets();
    await window.pocket.mineBlock(w!.address);
    await window.pocket.settle();
  });

  for (const tab of TABS) {
    await openTab(page, tab);
    await expect(page.getByRole('tabpanel')).not.toBeEmpty();
    await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
  }

  // The parts that list nodes or wallets by name.
  await openTab(page, 'Chain');
  await expect(page.getByTestId('chain-block').first()).toBeVisible();
  await page.getByRole('button', { name: 'Open the tip' }).click();
  await expect(page.getByRole('region', { name: /^Merkle tree of block/ })).toBeVisible();
  await page.getByText(/^Charts of /).click();
  await expect(page.getByTestId('chart-miners')).toBeVisible();
  await openTab(page, 'Wallets');
  await expect(page.getByRole('article', { name: 'Alice' })).toHaveCount(wallets.length);
  await openTab(page, 'Network');
  await expect(page.getByTestId('node-row')).toHaveCount(4);
  await expect(page.getByTestId('network-stats')).toContainText('Alice: ');
  await page.getByRole('button', { name: 'Resolve conflicts' }).first().click();
  await expect(page.getByText('What each peer showed')).toBeAttached();
  await openTab(page, 'Mining');
  await expect(page.getByRole('button', { name: 'Mine one block' })).toBeVisible();

  expect(errors).toEqual([]);
});

/**
 * Journey: build up state, reload, and find everything again (issues 4 and 6).
 * A new wallet, a payment mined into a block, one still pending, a new node with
 * an extra peer, and settings changed in the Settings panel (speed, theme, mining
 * workers, the node every panel follows); after a reload every node's chain, tip,
 * peers and pool, the wallets and their balances, and the settings are back.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { settleAndFlush, snapshot } from './app-snapshot';

const COIN = 100_000_000;

test('a reload brings back chains, tips, pools, wallets, peers and settings', async ({ page }) => {
  await openApp(page);

  // State through the API (the reload is what is under test here).
  const { newNode, extraPeer } = await page.evaluate(async (coin) => {
    const p = window.pocket;
    const w = await p.newWallet('Reload test');
    const rich = (await p.getWallets()).reduce((a, b) => (b.balance.confirmed > a.balance.confirmed ? b : a));
    await p.send(rich.address, w.address, 2 * coin, 1000);
    await p.mineBlock(w.address);
    await p.send(w.address, rich.address, coin / 2, 500);
    const { id } = await p.addNode();
    const nodes = await p.getNodes();
    const other = nodes.find((n) => n.id !== id && !n.peers.includes(id))!.id;
    await p.registerNodes(id, [other]);
    await p.settle();
    return { newNode: id, extraPeer: other };
  }, COIN);

  // Settings through the Settings panel.
  await openTab(page, 'Settings');
  await page.getByRole('group', { name: 'Simulation speed' }).getByRole('radio', { name: '×10', exact: true }).check();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await page.getByLabel('Number of mining workers').fill('2');
  await page.getByRole('button', { name: 'Use this many workers' }).click();
  await expect(page.getByTestId('workers-now')).toContainText('Now: 2 workers');
  await page.getByRole('combobox', { name: 'Node every panel follows' }).selectOption('node-2');

  await settleAndFlush(page);
  const before = await snapshot(page);
  expect(before.nodes.length).toBe(5);
  expect(before.nodes.find((n) => n.id === newNode)!.peers).toContain(extraPeer);
  expect(before.nodes.every((n) => n.pool.length === 1)).toBe(true);
  expect(before.wallets.find((w) => w.label === 'Reload test')!.pending).toBeLessThan(0);
  expect(new Set(before.nodes.map((n) => n.tip)).size).toBe(1);
  await screenshot(page, 'reload-before');

  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.getByRole('dialog', { name: /tour/i })).toHaveCount(0);

  const after = await snapshot(page);
  expect(after).toEqual(before);
  expect(after.selected).toBe('node-2');

  // Settings are back, in the panel and on the page.
  await openTab(page, 'Settings');
  await expect(page.getByRole('group', { name: 'Simulation speed' }).getByRole('radio', { name: '×10', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('workers-now')).toContainText('Now: 2 workers');
  await expect(page.getByRole('combobox', { name: 'Node every panel follows' })).toHaveValue('node-2');
  // Loaded without damage: the UTXO check of every node passed, and it is still saving.
  await expect(page.getByText('Stored data is damaged')).toHaveCount(0);
  await expect(page.getByTestId('storage-saving')).toHaveText(/Yes, every change/);
  await screenshot(page, 'reload-after-settings');
});

/**
 * Forks and reorgs a class cannot miss: during a partition the whole-network
 * tree shows both sides with every node's tip; healing from the Network tab
 * announces the reorg there (the notice under the header: which nodes, depth),
 * without opening the Chain tab.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('the whole-network tree shows both tips before the heal, and a heal announces the reorg on another tab', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.evaluate(async () => {
    const p = window.pocket;
    await p.partition([
      ['node-1', 'node-2'],
      ['node-3', 'node-4'],
    ]);
    const ws = await p.getWallets();
    await p.selectNode('node-1');
    await p.mineBlock(ws[0]!.address);
    await p.selectNode('node-3');
    await p.mineBlock(ws[2]!.address);
    await p.mineBlock(ws[2]!.address);
    await p.settle();
    await p.selectNode('node-1');
  });
  const nodes = await page.evaluate(() => window.pocket.getNodes());
  const tipA = nodes.find((n) => n.id === 'node-1')!.tip;
  const tipC = nodes.find((n) => n.id === 'node-3')!.tip;
  expect(tipA).not.toBe(tipC);

  await openTab(page, 'Chain');
  const tree = page.getByRole('region', { name: 'Block tree' });
  await tree.getByRole('button', { name: 'Whole network' }).click();
  await expect(tree.getByRole('button', { name: 'Whole network' })).toHaveAttribute('aria-pressed', 'true');
  // Both sides at once: Node C's longer branch as the active row, Node A's and B's tip on the branch below.
  const blockC = tree.locator(`[data-testid="chain-block"][data-hash="${tipC}"]`);
  const blockA = tree.locator(`[data-testid="chain-block"][data-hash="${tipA}"]`);
  await expect(blockC).toHaveAttribute('data-status', 'active');
  await expect(blockC).toHaveAccessibleName(/tip of Node C and Node D/);
  await expect(blockA).toHaveAttribute('data-status', 'stale');
  await expect(blockA).toHaveAccessibleName(/tip of Node A and Node B/);
  await screenshot(page, 'heal-1-whole-network-partitioned');

  // Node A's own tree cannot show C's side: only its own tip.
  await tree.getByRole('button', { name: "Node A's tree" }).click();
  await expect(tree.locator(`[data-testid="chain-block"][data-hash="${tipC}"]`)).toHaveCount(0);

  // Heal from the Network tab: the reorg is announced there.
  await openTab(page, 'Network');
  await page.getByRole('region', { name: 'Partition and heal' }).getByRole('button', { name: 'Heal' }).click();
  await page.evaluate(() => window.pocket.settle());
  const notice = page.getByTestId('reorg-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/Node A and Node B switched branch at block #\d+: 1 block disconnected \(depth 1\), 2 blocks connected\./);
  await expect(page.getByRole('tab', { name: /^Network/ })).toHaveAttribute('aria-selected', 'true');
  // The notice sits under the header, scrolled out of view down here: a toast says it where the user is.
  // The toast, not the screen reader's copy of it in the live region.
  const toast = page.getByRole('region', { name: 'Notifications' }).getByText(/^Reorg: Node [AB] switched branch, 1 block replaced \(depth 1\)\. No payment was lost\.$/);
  await expect(toast).toBeInViewport();
  await screenshot(page, 'heal-2-network-tab-notice');

  // After the heal every node is on C's tip, and A's block is left as the one stale branch.
  await openTab(page, 'Chain');
  await tree.getByRole('button', { name: 'Whole network' }).click();
  await expect(blockC).toHaveAccessibleName(/tip of Node A, Node B, Node C and Node D/);
  await expect(tree.getByText('Every node: tip #', { exact: false })).toBeVisible();
  await expect(blockA).toHaveAttribute('data-status', 'stale');
  await expect(blockA).not.toHaveAccessibleName(/tip of/);
  await screenshot(page, 'heal-3-whole-network-healed');
});

/**
 * A fork and its reorg, through the UI (issue 7): partition the demo network
 * into {A, B} and {C, D} on the Network panel, mine one block on A's side and
 * two on C's side with the Mining panel, see the two competing branches (two
 * different blocks at the same height in the chain views of A and C, two
 * branches in the network picture), heal, let the clock deliver the messages
 * while Node A's chain view is on screen, and see the reorg: the banner lists
 * A's block as disconnected and C's two as connected, A's block stays in the
 * tree as a stale branch, Node B (which reorganised while not shown) gets its
 * banner when selected, and every node ends on the same tip.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

/** Chooses a node in the header's selector (the one every panel follows). */
async function selectNode(page: Page, label: string): Promise<void> {
  const select = page.getByLabel('Node every panel follows');
  const option = select.locator('option', { hasText: new RegExp(`^${label} ·`) });
  await select.selectOption((await option.getAttribute('value'))!);
}

async function nodes(page: Page) {
  return page.evaluate(() => window.pocket.getNodes());
}

/** Mines one block on the selected node with the Mining panel and waits until the node has it. */
async function mineOneBlock(page: Page, nodeId: string): Promise<void> {
  const before = (await nodes(page)).find((n) => n.id === nodeId)!.height;
  await openTab(page, 'Mining');
  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect
    .poll(async () => (await nodes(page)).find((n) => n.id === nodeId)!.height, { timeout: 30_000 })
    .toBe(before + 1);
}

/** The hash of the block at `height` in the chain view on screen. */
async function blockAt(page: Page, height: number): Promise<string> {
  const block = page.locator(
    `[data-testid="chain-block"][data-height="${height}"][data-status="active"]`,
  );
  await expect(block).toHaveCount(1);
  return (await block.getAttribute('data-hash'))!;
}

/** A block button of the reorg banner: "Open connected block #13 0000ab12…ef01, <the whole hash>". */
function reorgBlockButton(kind: 'connected' | 'disconnected', height: number, hash: string): RegExp {
  return new RegExp(`^Open ${kind} block\\s*#${height}\\s+\\S+\\s*,\\s*${hash}$`);
}

test('partition, mine on both sides, heal: the chain view shows the fork and the reorg', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);
  const start = await nodes(page);
  const h = Math.max(...start.map((n) => n.height));
  const labelOf = new Map(start.map((n) => [n.id, n.label]));
  expect([...labelOf.values()].slice(0, 4)).toEqual(['Node A', 'Node B', 'Node C', 'Node D']);

  // Partition with the Network panel's buttons: A, B | C, D (the form's default split).
  await openTab(page, 'Network');
  const part = page.getByRole('region', { name: 'Partition and heal' });
  await part.getByRole('button', { name: 'Partition', exact: true }).click();
  await expect(part.getByTestId('partition-status')).toContainText(
    'group 1: Node A, Node B · group 2: Node C, Node D',
  );

  // One block on A's side, two on C's side (Mining panel; each node's miner pays its own wallet).
  await selectNode(page, 'Node A');
  await mineOneBlock(page, 'node-1');
  await openTab(page, 'Chain'); // the Mining panel opens again for Node C, with C's own reward address
  await selectNode(page, 'Node C');
  await mineOneBlock(page, 'node-3');
  await mineOneBlock(page, 'node-3');

  // Each side learns its own blocks only (the clock delivers within the groups).
  await openTab(page, 'Network');
  const row = (id: string) => page.locator(`[data-testid="node-row"][data-node="${id}"]`);
  await expect(row('node-2')).toHaveAttribute('data-height', String(h + 1));
  await expect(row('node-4')).toHaveAttribute('data-height', String(h + 2));
  const tipA = (await row('node-1').getAttribute('data-tip'))!;
  const tipC = (await row('node-3').getAttribute('data-tip'))!;
  expect(tipA).not.toBe(tipC);
  await expect(row('node-2')).toHaveAttribute('data-tip', tipA);
  await expect(row('node-4')).toHaveAttribute('data-tip', tipC);
  // The picture: two partitions, two branches (A and B on one, C and D on the other).
  await expect(page.getByTestId('network-group')).toHaveCount(2);
  const branch = (id: string) =>
    page.locator(`[data-testid="network-node"][data-node="${id}"]`).getAttribute('data-branch');
  expect(await branch('node-1')).toBe(await branch('node-2'));
  expect(await branch('node-3')).toBe(await branch('node-4'));
  expect(await branch('node-1')).not.toBe(await branch('node-3'));
  await page.getByRole('region', { name: 'Picture' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'fork-reorg-1-partitioned-network');

  // The fork in the chain views: a different block at height h+1 on each side.
  await openTab(page, 'Chain');
  await expect(page.getByTestId('chain-summary')).toContainText(`Node C: tip #${h + 2}`);
  const forkC = await blockAt(page, h + 1);
  // C's tree cannot show A's branch, but says that Node A and Node B are on a tip it has not received.
  await expect(page.getByTestId('foreign-tips')).toContainText(
    `Node A and Node B are on tip #${h + 1}`,
  );
  await expect(page.getByTestId('foreign-tips').locator(`code[title="${tipA}"]`)).toBeVisible();
  await screenshot(page, 'fork-reorg-2-fork-node-c');
  await selectNode(page, 'Node A');
  await expect(page.getByTestId('chain-summary')).toContainText(`Node A: tip #${h + 1}`);
  const forkA = await blockAt(page, h + 1);
  expect(forkA).toBe(tipA);
  expect(forkA).not.toBe(forkC);
  expect(await blockAt(page, h)).toBe(start[0]!.tip); // both branches grow from the same block
  await expect(page.getByTestId('foreign-tips')).toContainText(
    `Node C and Node D are on tip #${h + 2}`,
  );
  await screenshot(page, 'fork-reorg-3-fork-node-a');

  // Heal with the clock paused, come back to Node A's chain view, then let the messages flow.
  await page.getByRole('button', { name: 'Pause' }).click();
  await openTab(page, 'Network');
  await part.getByRole('button', { name: 'Heal' }).click();
  await expect(part.getByTestId('partition-status')).toContainText('Whole');
  await openTab(page, 'Chain');
  await expect(page.getByTestId('reorg-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Play' }).click();

  // The reorg, seen live on Node A: one block disconnected, C's two connected.
  const banner = page.getByTestId('reorg-banner');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(banner).toContainText('Reorg on Node A');
  await expect(banner).toContainText('1 block disconnected, 2 blocks connected');
  await expect(banner.getByTestId('reorg-disconnected').getByRole('button')).toHaveCount(1);
  await expect(
    banner.getByRole('button', { name: reorgBlockButton('disconnected', h + 1, forkA) }),
  ).toBeVisible();
  await expect(banner.getByTestId('reorg-connected').getByRole('button')).toHaveCount(2);
  await expect(
    banner.getByRole('button', { name: reorgBlockButton('connected', h + 1, forkC) }),
  ).toBeVisible();
  await expect(
    banner.getByRole('button', { name: reorgBlockButton('connected', h + 2, tipC) }),
  ).toBeVisible();
  // A's own block stays in the tree as a stale branch; C's branch is the active chain.
  await expect(page.locator(`[data-testid="chain-block"][data-hash="${forkA}"]`)).toHaveAttribute(
    'data-status',
    'stale',
  );
  await expect(page.locator(`[data-testid="chain-block"][data-hash="${tipC}"]`)).toHaveAttribute(
    'data-status',
    'active',
  );
  await expect(page.getByTestId('chain-summary')).toContainText(`Node A: tip #${h + 2}`);
  await expect(page.getByTestId('chain-summary')).toContainText('1 stale');
  await expect(page.getByTestId('foreign-tips')).toHaveCount(0);
  // C's blocks are C's (its miner pays Carol), A's stale one is A's.
  await expect(
    page.getByRole('button', { name: new RegExp(`^Block ${h + 2} .*mined by Node C`) }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: new RegExp(`^Block ${h + 1} .*stale.*mined by Node A`) }),
  ).toBeVisible();
  await page.waitForTimeout(1000); // the reorg animation settles before the picture is taken
  await screenshot(page, 'fork-reorg-4-reorg-node-a');
  // The same on a phone: banner and tree fit the width.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'fork-reorg-4-reorg-node-a-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Node B reorganised while it was not on screen: its banner shows when it is selected.
  await selectNode(page, 'Node B');
  await expect(banner).toContainText('Reorg on Node B');
  await expect(
    banner.getByRole('button', { name: reorgBlockButton('disconnected', h + 1, forkA) }),
  ).toBeVisible();
  // ... once: back to it later, the reorg is no news.
  await selectNode(page, 'Node C');
  await expect(banner).toHaveCount(0);
  await selectNode(page, 'Node B');
  await expect(page.getByTestId('chain-summary')).toContainText('Node B: tip');
  await expect(banner).toHaveCount(0);

  // Every node on the same tip in the Network panel, and the statistics count the reorgs.
  await openTab(page, 'Network');
  for (const id of ['node-1', 'node-2', 'node-3', 'node-4'])
    await expect(row(id)).toHaveAttribute('data-tip', tipC);
  await expect(page.getByTestId('network-group')).toHaveCount(1);
  await expect(page.getByTestId('network-stats')).toContainText(/Reorgs\s*2, deepest 1 block/);
  expect(new Set((await nodes(page)).map((n) => n.tip))).toEqual(new Set([tipC]));
  await page.getByRole('region', { name: 'Nodes' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'fork-reorg-5-converged-network');
});

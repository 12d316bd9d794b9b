/**
 * A double spend that lost must never read as confirmed. During a partition
 * Bob pays Erin on Node A's side and Frank on Node C's side with the same
 * coins; A's side mines one block, C's side two; the network heals. Node A
 * gives up the block that held Bob → Erin: that payment is in no block of
 * its active chain and in no pool. The page says so everywhere: the Mempool
 * tab's history reads "reversed … lost to" the winning transaction (no
 * "confirmed" left), the reorg notice lists it on any tab, and a toast says
 * "… reversed on Node B: lost to Bob → Frank" (A's side, whichever gave up first).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

async function doubleSpendAcrossPartition(page: Page) {
  return page.evaluate(async () => {
    const p = window.pocket;
    const wallets = await p.getWallets();
    const by = (label: string) => wallets.find((w) => w.label === label)!;
    const [bob, erin, frank] = [by('Bob'), by('Erin'), by('Frank')];
    await p.partition([['node-1', 'node-2'], ['node-3', 'node-4']]);
    const amount = Math.floor(bob.balance.confirmed * 0.9);
    await p.selectNode('node-1');
    const lost = await p.send(bob.address, erin.address, amount);
    const a1 = await p.mineBlock(bob.address);
    await p.selectNode('node-3');
    const won = await p.send(bob.address, frank.address, amount);
    const c1 = await p.mineBlock(frank.address);
    await p.mineBlock(frank.address);
    await p.settle();
    await p.selectNode('node-1');
    return { lost: lost.txid, won: won.txid, a1: a1.hash, c1: c1.hash, amount };
  });
}

test('the payment that lost a double spend reads as reversed in the pool history, the reorg notice and a toast', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const s = await doubleSpendAcrossPartition(page);
  await openTab(page, 'Mempool');
  const lostRow = page.locator(`[data-testid="pool-departure"][data-txid="${s.lost}"]`);
  await expect(lostRow).toHaveAttribute('data-reason', 'confirmed');
  await expect(page.getByTestId('reorg-notice')).toHaveCount(0);

  // Heal on the Network tab: the reorg is announced there, with the payment it reversed.
  await openTab(page, 'Network');
  await page.evaluate(async () => {
    await window.pocket.heal();
    await window.pocket.settle();
  });
  const notice = page.getByTestId('reorg-notice');
  await expect(notice).toContainText('Node A and Node B switched branch');
  await expect(notice).toContainText('depth 1');
  const reversed = notice.locator(`[data-testid="reversed-payment"][data-txid="${s.lost}"]`);
  await expect(reversed).toContainText('from Bob to Erin');
  await expect(reversed).toContainText('reversed: lost to Bob → Frank');
  await expect(reversed).toContainText(`tx ${s.won.slice(0, 8)}`);
  // Told once, by the first node of A's side to give the block up.
  const toast = page.getByRole('status').filter({ hasText: /reversed on Node [AB]/ });
  await expect(toast).toContainText(`Payment of`);
  await expect(toast).toContainText('from Bob to Erin');
  await expect(toast).toContainText('lost to Bob → Frank');
  await screenshot(page, 'reversed-1-notice-and-toast-network-tab');

  // The chain: Bob → Erin is in no block of Node A's active chain.
  const inChain = await page.evaluate((txid) => window.pocket.getBlocks().then((bs) => bs.some((b) => b.txs.some((t) => t.txid === txid))), s.lost);
  expect(inChain).toBe(false);

  // The toast's button shows it in Node A's pool history: reversed, the stale block and the winner named.
  await toast.getByRole('button', { name: 'Show in the pool history' }).click();
  await page.getByLabel('Node every panel follows').selectOption('node-1');
  await expect(page.getByRole('tab', { name: /^Mempool/ })).toHaveAttribute('aria-selected', 'true');
  await expect(lostRow).toHaveAttribute('data-reason', 'reversed');
  await expect(lostRow).toContainText('reversed by a reorg');
  await expect(lostRow).toContainText(`was in #${await blockHeight(page, s.a1)}`);
  await expect(lostRow).toContainText(`lost to ${s.won.slice(0, 8)}`);
  await expect(page.locator('[data-testid="pool-departure"][data-reason="confirmed"]').filter({ hasText: s.a1.slice(0, 8) })).toHaveCount(0);
  await expect(page.getByText('Every transaction it has seen is in a block')).toHaveCount(0);
  await screenshot(page, 'reversed-2-pool-history');

  // The winner's block opens from the history.
  await lostRow.getByRole('button', { name: new RegExp(`#\\d+ ${s.c1.slice(0, 8)}`) }).click();
  await expect(page.getByRole('tab', { name: /^Chain/ })).toHaveAttribute('aria-selected', 'true');
  // On Node A's Chain tab its own reorg banner tells it, with the payment; no second notice.
  const banner = page.getByTestId('reorg-banner');
  await expect(banner).toContainText('Reorg on Node A');
  await expect(banner.locator(`[data-testid="reversed-payment"][data-txid="${s.lost}"]`)).toContainText('reversed: lost to Bob → Frank');
  await expect(page.getByTestId('reorg-notice')).toHaveCount(0);
  await screenshot(page, 'reversed-3-chain-tab');
});

async function blockHeight(page: Page, hash: string): Promise<number> {
  const nodes = await page.evaluate(() => window.pocket.getReorgs('node-1'));
  const b = nodes.flatMap((r) => r.disconnected).find((d) => d.hash === hash);
  if (!b) throw new Error(`block ${hash} was not disconnected on node-1`);
  return b.height;
}

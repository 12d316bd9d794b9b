/**
 * Journey: the original pocket-blockchain walkthrough through window.pocket, in
 * the built page with real Web Worker mining at the classroom difficulty (issue 6).
 * Eight wallets; the demo's pending payments are mined into another wallet; then
 * init by a block paying address1; seven sends from address1 (3, 2, 1, 1, 1, 1, 1
 * coins), each followed by a block paid to address1; seven sends of 1 coin back to
 * address1; blocks paying address2 with at most 2, then 3 pool transactions.
 * Balances: 75, 22, 1, 0, 0, 0, 1, 1 coins (the same run as src/api/pocket-api.test.ts).
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { expectHeaderHeight } from './app-snapshot';

test('the window API does the original walkthrough: balances 75, 22, 1, 0, 0, 0, 1, 1', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const result = await page.evaluate(async () => {
    const p = window.pocket;
    const COIN = 100_000_000;
    const steps: string[] = [];
    const addresses: string[] = [];
    for (let i = 1; i <= 8; i++) addresses.push((await p.newWallet(`address${i}`)).address);
    const [a1, a2] = addresses as [string, string];
    const pending = (await p.getPool()).length;
    await p.mineBlock((await p.newWallet('flush')).address);
    steps.push(`cleared ${pending} demo payments; pool now ${(await p.getPool()).length}`);
    const init = await p.mineBlock(a1);
    steps.push(`init: block ${init.height} pays address1 ${(await p.getBalance(a1)) / COIN}`);
    const amounts = [3, 2, 1, 1, 1, 1, 1];
    for (let i = 0; i < 7; i++) {
      const sent = await p.send(a1, addresses[i + 1]!, amounts[i]! * COIN);
      const block = await p.mineBlock(a1);
      if (!block.txids.includes(sent.txid)) throw new Error(`send ${i + 1} is not in block ${block.height}`);
    }
    for (const a of addresses.slice(1)) await p.send(a, a1, COIN);
    const poolBefore = (await p.getPool()).length;
    const b2 = await p.mineBlock(a2, 2);
    const b3 = await p.mineBlock(a2, 3);
    const poolAfter = (await p.getPool()).length;
    const balances = [];
    for (const a of addresses) balances.push((await p.getBalance(a)) / COIN);
    const wallets = await p.getWallets();
    return {
      steps,
      poolBefore,
      poolAfter,
      txsInLastBlocks: [b2.txids.length, b3.txids.length],
      balances,
      labels: wallets.filter((w) => w.label.startsWith('address')).map((w) => w.label),
      chainHeight: (await p.getBlocks()).at(-1)!.height,
      mining: await p.getMiningStats(),
    };
  });
  expect(result.steps[0]).toMatch(/pool now 0$/);
  expect(result.steps[1]).toMatch(/pays address1 10$/);
  expect(result.poolBefore).toBe(7);
  // Each block also carries its coinbase.
  expect(result.txsInLastBlocks).toEqual([3, 4]);
  expect(result.poolAfter).toBe(2);
  expect(result.balances).toEqual([75, 22, 1, 0, 0, 0, 1, 1]);
  expect(result.labels).toEqual(['address1', 'address2', 'address3', 'address4', 'address5', 'address6', 'address7', 'address8']);
  expect(result.mining.mode).toBe('workers');
  expect(result.mining.blocksFound).toBe(11);

  // The page follows the API: the header shows the selected node at the new height.
  await expectHeaderHeight(page, 'Node A', result.chainHeight);
  await openTab(page, 'Wallets');
  await screenshot(page, 'api-walkthrough-wallets');
});

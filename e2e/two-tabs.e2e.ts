/**
 * Journey: the app open in two tabs of one browser (issue 4). The first tab is the
 * writer; the second says it is read-only, refuses changes with the read-only
 * message, and follows the writer live (a block mined in tab 1 shows in tab 2).
 * Closing tab 1 hands over: tab 2 becomes writable. Afterwards a reload finds a
 * consistent state: every node restored with its UTXO check passed (no damage
 * reported), the same chains and pools as before the reload.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { expectHeaderHeight, settleAndFlush, snapshot } from './app-snapshot';

test('one writer tab, a read-only follower that follows live, and a hand-over when the writer closes', async ({ context }) => {
  const tab1 = await context.newPage();
  await openApp(tab1);
  await settleAndFlush(tab1);

  const tab2 = await context.newPage();
  await openApp(tab2);
  const banner = tab2.getByRole('alert').filter({ hasText: 'Read-only:' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('open in another tab');
  await expect(tab2.getByRole('status', { name: /Saving status: Read-only tab/ })).toBeVisible();
  await expect(tab1.getByRole('alert').filter({ hasText: 'Read-only:' })).toHaveCount(0);

  // The follower refuses changes: through the API with the read-only reason...
  const refusal = await tab2.evaluate(async () => {
    const [a, b] = await window.pocket.getWallets();
    try {
      await window.pocket.send(a!.address, b!.address, 1000);
      return null;
    } catch (e) {
      const err = e as { code: string; message: string };
      return { code: err.code, message: err.message };
    }
  });
  expect(refusal).toEqual({ code: 'read-only', message: expect.stringContaining('open in another tab') });
  // ...and in the Settings panel, whose changing buttons are off with the reason next to them.
  await openTab(tab2, 'Settings');
  await expect(tab2.getByRole('button', { name: 'Create a new chain' })).toBeDisabled();
  await expect(tab2.getByText('Read-only tab: make changes in the other tab.')).toBeVisible();
  await expect(tab2.getByTestId('storage-saving')).toHaveText(/No/);

  // It follows live: a block mined in tab 1 appears in tab 2.
  const nodesBefore = await tab2.evaluate(() => window.pocket.getNodes());
  const mined = await tab1.evaluate(async () => {
    const w = await window.pocket.newWallet('Mined in tab 1');
    return window.pocket.mineBlock(w.address);
  });
  await expect.poll(() => tab2.evaluate(() => window.pocket.getNodes().then((n) => n.find((x) => x.id === 'node-1')!.tip)), { timeout: 10_000 }).toBe(mined.hash);
  await expectHeaderHeight(tab2, 'Node A', nodesBefore.find((n) => n.id === 'node-1')!.height + 1);
  await expect.poll(() => tab2.evaluate(() => window.pocket.getWallets().then((w) => w.map((x) => x.label))), { timeout: 10_000 }).toContain('Mined in tab 1');
  await screenshot(tab2, 'two-tabs-follower');

  // Closing the writer hands over.
  await tab1.close();
  await expect(banner).toHaveCount(0, { timeout: 10_000 });
  await expect(tab2.getByRole('region', { name: 'Notifications' }).getByText('This tab can make changes now')).toBeVisible();
  await expect(tab2.getByRole('button', { name: 'Create a new chain' })).toBeEnabled();
  const sent = await tab2.evaluate(async () => {
    const wallets = await window.pocket.getWallets();
    const rich = wallets.reduce((a, b) => (b.balance.confirmed > a.balance.confirmed ? b : a));
    const to = wallets.find((w) => w.label === 'Mined in tab 1')!;
    const r = await window.pocket.send(rich.address, to.address, 100_000_000, 1000);
    await window.pocket.mineBlock(to.address);
    return r.txid;
  });
  expect(sent).toMatch(/^[0-9a-f]{64}$/);
  await screenshot(tab2, 'two-tabs-after-handover');

  // No corruption: reload, every node comes back with its UTXO check passed and nothing differs.
  await settleAndFlush(tab2);
  const before = await snapshot(tab2);
  expect(new Set(before.nodes.map((n) => n.tip)).size).toBe(1);
  await tab2.reload();
  await tab2.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  expect(await snapshot(tab2)).toEqual(before);
  await expect(tab2.getByText('Stored data is damaged')).toHaveCount(0);
  await expect(tab2.getByRole('status', { name: /Saving status: Saved/ })).toBeVisible();
});

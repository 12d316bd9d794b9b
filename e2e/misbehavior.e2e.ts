/**
 * A dishonest node, through the page: in the explorer's tamper sandbox a copy
 * of the tip with a changed payment (proof of work redone, so the header is
 * valid and only the merkle root is wrong) is sent by the followed node to its
 * peers unchecked. Each peer refuses it, scores the sender 100 and bans it;
 * the Network panel's "Misbehaving peers" lists node, peer, score, ban and why,
 * as getNodes() does; lifting a ban removes the row and changes no chain.
 */
import { expect, test } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

test('a node that sends an invalid block is scored and banned by its peers; the Network panel shows who, how much and why', async ({
  page,
}) => {
  await openApp(page);
  const { liar, peers, height, tips } = await page.evaluate(async () => {
    const nodes = await window.pocket.getNodes();
    const selected = nodes[0]!;
    return { liar: selected.id, peers: selected.peers, height: selected.height, tips: nodes.map((n) => n.tip) };
  });
  expect(peers.length).toBeGreaterThan(0);

  await openTab(page, 'Network');
  const table = page.getByTestId('misbehavior');
  await expect(table.getByRole('heading', { name: 'Misbehaving peers' })).toBeVisible();
  await expect(table).toContainText('No node holds points against a peer');

  await openTab(page, 'Chain');
  await page.getByRole('button', { name: new RegExp(`^Block ${height} `) }).click();
  const sandbox = page.getByTestId('tamper-sandbox');
  await sandbox.getByRole('textbox', { name: 'New amount (coins)' }).fill('5000');
  await sandbox.getByRole('checkbox', { name: /redo the proof of work/ }).check();
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  await expect(sandbox.getByTestId('tamper-result')).toContainText('(changed: the header changed)', { timeout: 20_000 });
  await sandbox.getByRole('button', { name: /^Make .* send it to its peers unchecked$/ }).click();
  await expect(sandbox.getByTestId('tamper-sent-result')).toContainText('without checking it, as a dishonest node would');

  await openTab(page, 'Network');
  const rows = table.getByTestId('misbehavior-row');
  await expect(rows).toHaveCount(peers.length, { timeout: 15_000 });
  for (const peer of peers) {
    const row = table.locator(`[data-node="${peer}"][data-peer="${liar}"]`);
    await expect(row).toHaveAttribute('data-score', '100');
    await expect(row.getByRole('cell', { name: '100', exact: true })).toBeVisible();
    await expect(row).toContainText('banned,');
    await expect(row).toContainText('bad-txnmrklroot');
  }
  await screenshot(page, 'network-misbehavior-1280-light');

  // The API says the same, and no chain moved.
  const api = await page.evaluate(async () => (await window.pocket.getNodes()).map((n) => ({ id: n.id, tip: n.tip, misbehavior: n.misbehavior })));
  expect(api.map((n) => n.tip)).toEqual(tips);
  for (const n of api) {
    if (peers.includes(n.id)) expect(n.misbehavior).toEqual([{ peer: liar, score: 100, bannedUntil: expect.any(Number), reasons: [expect.stringContaining('bad-txnmrklroot')] }]);
    else expect(n.misbehavior).toEqual([]);
  }

  // Lifting one ban by keyboard removes its row.
  const first = peers[0]!;
  await table.getByRole('button', { name: new RegExp(`^Lift the ban on .* at `) }).first().focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(peers.length - 1);
  await expect(table.locator(`[data-node="${first}"][data-peer="${liar}"]`)).toHaveCount(0);
});

test('the misbehaviour table fits a 390-px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await openTab(page, 'Network');
  const table = page.getByTestId('misbehavior');
  await expect(table).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

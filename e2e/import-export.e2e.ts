/**
 * Journey: export the whole state from the Settings panel, change things, import
 * the file back and find the exported state again; then try bad files (tampered,
 * not JSON at all, another format, a newer version): each shows a message naming
 * the problem and nothing changes (issues 4 and 6).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';
import { settleAndFlush, snapshot, watchCsp } from './app-snapshot';

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Import a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import and replace everything' }).click();
  await expect(page.getByRole('button', { name: 'Import and replace everything' })).toBeVisible({ timeout: 30_000 });
}

/** The hex of block `index` with one byte of its last transaction changed (the header, and so its hash, untouched). */
function tamperBlock(text: string, index: number): string {
  const file = JSON.parse(text) as { blocks: { hash: string; hex: string }[] };
  const hex = file.blocks[index]!.hex;
  const at = hex.length - 20;
  file.blocks[index]!.hex = hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
  return JSON.stringify(file);
}

test('export, change, import back: the exported state returns; bad files are refused and change nothing', async ({ page }) => {
  const cspViolations = await watchCsp(page);
  await openApp(page);
  await settleAndFlush(page);
  await openTab(page, 'Settings');

  // Export with the wallets: the private-key warning shows first.
  await page.getByRole('checkbox', { name: 'Include wallets (private keys!)' }).check();
  await expect(page.getByRole('note')).toContainText('This file contains private keys');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pocket-chain-pocket-chain-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-with-keys\.json$/);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const text = await readFile(path, 'utf8');
  const file = JSON.parse(text) as { format: string; version: number; containsPrivateKeys: boolean; warning: string; nodes: unknown[]; wallets: unknown[] };
  expect(file).toMatchObject({ format: 'pocket-chain/state', version: 1, containsPrivateKeys: true });
  expect(file.warning).toContain('private keys');
  expect(file.nodes.length).toBe(4);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('4 nodes');
  const exported = await snapshot(page);
  await screenshot(page, 'export-done');

  // Change things: a new wallet and a block.
  await page.evaluate(async () => {
    const w = await window.pocket.newWallet('After the export');
    await window.pocket.mineBlock(w.address);
    await window.pocket.settle();
  });
  const changed = await snapshot(page);
  expect(changed).not.toEqual(exported);

  // Import the file back: the exported state, exactly.
  await importFile(page, download.suggestedFilename(), text);
  await expect(page.getByRole('status').filter({ hasText: 'Imported “' })).toContainText(`Imported “${download.suggestedFilename()}”: 4 nodes`);
  expect(await snapshot(page)).toEqual(exported);

  // Bad files: the message names the problem; nothing changes.
  const bad: [string, string, RegExp][] = [
    ['tampered.json', tamperBlock(text, 3), /not imported: .*(block|transaction).*blocks\[3\]/i],
    ['notes.txt', 'these are my lecture notes, not a chain', /not imported: The file is not valid JSON/],
    ['other-app.json', JSON.stringify({ format: 'someone-else/backup', version: 1, data: [] }), /not imported: This is not a Pocket Chain state file/],
    ['future.json', JSON.stringify({ ...JSON.parse(text), version: 99 }), /not imported: The file was written in a format version this app does not read/],
  ];
  const before = await snapshot(page);
  for (const [name, content, message] of bad) {
    await importFile(page, name, content);
    const error = page.getByRole('alert').filter({ hasText: 'not imported' });
    await expect(error).toContainText(message);
    await expect(error).toContainText(`“${name}”`);
    await expect(error).toContainText('Nothing was changed.');
    await expect(page.getByLabel('Import a file')).toHaveAttribute('aria-invalid', 'true');
    if (name === 'tampered.json') await screenshot(page, 'import-tampered-refused');
    expect(await snapshot(page)).toEqual(before);
  }
  // Nothing was written either: a reload shows the same state.
  await settleAndFlush(page);
  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  expect(await snapshot(page)).toEqual(before);
  expect(await cspViolations()).toEqual([]);
});

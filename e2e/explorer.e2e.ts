/**
 * The block explorer journey (issue 6 item 6): open a block from the chain
 * picture, read its header, the hash against the target and "Why is this block
 * valid?" with every check ✓; walk to the parent; expand a signature; tamper
 * with a copy (an output amount) and see the merkle-root check fail with
 * bad-txnmrklroot; submit the copy (as is, and with its proof of work redone)
 * and see the node refuse it with a reason code while its chain stays the same.
 * Screenshots of the explorer at 1280x720 and 390x844, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, screenshot } from './fixtures';

async function chainOf(page: Page) {
  return page.evaluate(async () => {
    const node = (await window.pocket.getNodes()).find((n) => n.id === 'node-1')!;
    return { height: node.height, tip: node.tip, blocks: (await window.pocket.getBlocks()).length };
  });
}

async function openTip(page: Page): Promise<number> {
  await openTab(page, 'Chain');
  const { height } = await chainOf(page);
  await page.getByRole('button', { name: new RegExp(`^Block ${height} `) }).click();
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${height}`);
  return height;
}

test('a block opened from the chain shows its header, hash vs target and every validity check ✓', async ({
  page,
}) => {
  await openApp(page);
  const height = await openTip(page);
  const explorer = page.getByTestId('block-explorer');

  await expect(explorer.getByTestId('block-checks-summary')).toHaveText(
    /^All \d+ checks pass ✓: the block is valid\.$/,
  );
  const rows = explorer.getByTestId('block-checks').locator('li');
  expect(await rows.count()).toBeGreaterThan(10);
  for (const id of [
    'pow',
    'merkle-root',
    'witness',
    'bits',
    'time-mtp',
    'coinbase-height',
    'tx-1-signatures',
    'coinbase-amount',
  ]) {
    await expect(explorer.locator(`[data-check="${id}"]`)).toHaveAttribute('data-state', 'pass');
  }
  expect(
    new Set(await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')))),
  ).toEqual(new Set(['pass']));

  // Header fields and proof of work, both values as 64 hex digits with the verdict in words.
  await expect(explorer.getByTestId('block-height')).toHaveText(String(height));
  await expect(explorer.getByTestId('block-bits')).toHaveText('0x1f00ffff');
  await expect(explorer.getByTestId('pow-verdict')).toHaveText('hash < target ✓');
  await expect(explorer.getByTestId('hash-vs-target')).toContainText('Leading zeros: hash');
  const hash = await explorer.getByTestId('block-hash').textContent();
  expect(hash).toMatch(/^0000[0-9a-f]{60}$/);
  expect((await explorer.getByTestId('pow-hash').textContent())!.replace(/\s/g, '')).toBe(
    hash!.slice(0, 64),
  );
  await expect(explorer.getByTestId('pow-target')).toContainText('0000ffff');

  // A payment's input: signature and key shortened, the full values on demand.
  const show = explorer.getByRole('button', {
    name: /^Show signature and public key of input 0 of transaction 1/,
  });
  await show.click();
  await expect(explorer.getByRole('button', { name: /^Hide signature/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(explorer.getByText(/^[0-9a-f]{128}$/)).toBeVisible();

  // The Merkle tree of the block is drawn with the root verified.
  await expect(explorer.getByTestId('merkle-node').first()).toBeVisible();

  // The parent, one click away; a height that does not exist has its message.
  await explorer.getByRole('button', { name: '← Parent block' }).click();
  await expect(page.getByTestId('explorer-title')).toContainText(`Block ${height - 1}`);
  await explorer.getByLabel('Block height').fill('9999');
  await explorer.getByRole('button', { name: 'Open block' }).click();
  await expect(
    explorer.getByText(`has no block at height 9999: its chain goes from 0 to ${height}`),
  ).toBeVisible();
  await explorer.getByLabel('Block height').fill('0');
  await explorer.getByRole('button', { name: 'Open block' }).click();
  await expect(page.getByTestId('explorer-title')).toContainText('Block 0');
  await expect(explorer.locator('[data-check="genesis"]')).toHaveAttribute('data-state', 'pass');
  await expect(explorer.getByTestId('block-checks-summary')).toContainText('checks pass ✓');
});

test('a tampered copy breaks the merkle root (bad-txnmrklroot); submitted, it is refused and the chain is unchanged', async ({
  page,
}) => {
  await openApp(page);
  await openTip(page);
  const sandbox = page.getByTestId('tamper-sandbox');
  const before = await chainOf(page);

  // Change an output amount of the payment in the copy.
  await expect(sandbox.getByLabel('Field to change')).toHaveValue('output');
  await expect(sandbox.getByLabel('Output')).toHaveValue('1:0');
  await sandbox.getByRole('textbox', { name: 'New amount (coins)' }).fill('5000');
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  const changes = sandbox.getByTestId('tamper-changes');
  await expect(changes.locator('[data-check="merkle-root"]')).toHaveAttribute(
    'data-code',
    'bad-txnmrklroot',
  );
  await expect(changes.locator('[data-check="merkle-root"]')).toContainText('✓ → ✗');
  await sandbox.getByText('All checks of the copy').click();
  const merkle = sandbox.getByTestId('copy-checks').locator('[data-check="merkle-root"]');
  await expect(merkle).toHaveAttribute('data-state', 'fail');
  await expect(merkle).toContainText('bad-txnmrklroot');
  await expect(sandbox.getByTestId('copy-checks-summary')).toContainText(
    'a node rejects it with bad-txnmrklroot',
  );
  await expect(sandbox.getByText('≠ header ✗')).toBeVisible();
  // The node's own block is untouched.
  await expect(page.getByTestId('block-checks-summary')).toContainText(/^All \d+ checks pass ✓/);
  await screenshot(page, 'explorer-tampered-1280-light');

  // Submitted as is: the same header, so the same hash: refused as a duplicate.
  await sandbox.getByRole('button', { name: /^Submit the tampered copy to/ }).click();
  await expect(sandbox.getByTestId('tamper-submit-result')).toContainText('Refused: duplicate');
  await expect(sandbox.getByTestId('tamper-submit-result')).toContainText(
    `chain is unchanged: height ${before.height}`,
  );

  // With its proof of work redone (in the workers): a new valid hash, and the node refuses it for the merkle root.
  await sandbox.getByRole('checkbox', { name: /redo the proof of work/ }).check();
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  await expect(sandbox.getByTestId('tamper-result')).toContainText(
    '(changed: the header changed)',
    { timeout: 20_000 },
  );
  await expect(sandbox.getByTestId('copy-checks').locator('[data-check="pow"]')).toHaveAttribute(
    'data-state',
    'pass',
  );
  await expect(
    sandbox.getByTestId('copy-checks').locator('[data-check="merkle-root"]'),
  ).toHaveAttribute('data-state', 'fail');
  await sandbox.getByRole('button', { name: /^Submit the tampered copy to/ }).click();
  const result = sandbox.getByTestId('tamper-submit-result');
  await expect(result).toContainText('Refused: bad-txnmrklroot');
  await expect(result).toContainText(
    'The merkle root in the header does not match the transactions.',
  );
  await expect(result).toContainText(`chain is unchanged: height ${before.height}`);
  expect(await chainOf(page)).toEqual(before);

  // Recomputing the roots too (a careful cheater): a node would keep it as a side branch, so the sandbox does not submit it.
  await sandbox.getByRole('checkbox', { name: /recompute the copy's merkle root/ }).check();
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  await expect(sandbox.getByTestId('tamper-no-submit')).toContainText('side branch', {
    timeout: 20_000,
  });
  await expect(
    sandbox.getByTestId('copy-checks').locator('[data-check="tx-1-amounts"]'),
  ).toHaveAttribute('data-code', 'bad-txns-in-belowout');
  await expect(
    sandbox.getByRole('button', { name: /^Submit the tampered copy to/ }),
  ).toBeDisabled();
  expect(await chainOf(page)).toEqual(before);
});

test('a bad tamper value has its message and makes no copy', async ({ page }) => {
  await openApp(page);
  await openTip(page);
  const sandbox = page.getByTestId('tamper-sandbox');
  await sandbox.getByLabel('Field to change').selectOption('nonce');
  const value = sandbox.getByRole('textbox', { name: 'New nonce' });
  await value.fill('4294967296');
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(
    sandbox.getByText('The nonce must fit in 32 bits: at most 4,294,967,295.'),
  ).toBeVisible();
  await expect(sandbox.getByTestId('tamper-result')).toHaveCount(0);
  // A good nonce: a new hash that (almost surely) misses the target.
  await value.fill('1');
  await sandbox.getByRole('button', { name: 'Apply to the copy' }).click();
  await expect(sandbox.getByTestId('copy-checks').locator('[data-check="pow"]')).toHaveAttribute(
    'data-state',
    'fail',
  );
  await expect(sandbox.getByTestId('copy-checks').locator('[data-check="pow"]')).toHaveAttribute(
    'data-code',
    'high-hash',
  );
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the explorer at ${size.width}x${size.height}, ${theme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await page.getByLabel('Theme').selectOption(theme);
      await openTip(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
      await page
        .getByTestId('explorer-title')
        .evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screenshot(page, `explorer-${size.width}-${theme}`);
      await page.getByTestId('block-checks').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screenshot(page, `explorer-checks-${size.width}-${theme}`);
      await page.getByTestId('block-txs').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screenshot(page, `explorer-txs-${size.width}-${theme}`);
    });
  }
}

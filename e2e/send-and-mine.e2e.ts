/**
 * Journey: create a wallet in the Wallets panel, pay it from a demo wallet
 * with the send form (the preview shows the coins chosen and the change), see
 * the payment wait in the Mempool panel, mine a block in the Mining panel, and
 * see the balances change and the transaction inside the block (the block
 * explorer, opened from the Mempool panel's "recently left" list, and the API).
 * On the way: copy the new address, reveal its private key behind the warning,
 * create a reproducible wallet from a seed, and rename a wallet.
 */
import { expect, test, type Page } from '@playwright/test';
import { CLASSROOM_PARAMS, createWallet, formatCoins } from '../src/core/index';
import { openApp, openTab, screenshot } from './fixtures';

/** Toasts sit over the panel's corner: close them before a screenshot. */
async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.getByRole('button', { name: 'Dismiss' });
  // A toast may time out between the count and the click: a missed click is fine.
  for (let i = 0; i < 8 && (await buttons.count()) > 0; i++) await buttons.first().click({ timeout: 2000 }).catch(() => {});
}

const AMOUNT = 125_000_000; // 1.25 coins
const FEE = 10_000; // 0.0001 coins

test('create a wallet, send to it, see it in the pool, mine it: balances change and the block holds it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Wallets');

  // 1. A new wallet with a fresh random key.
  await page.getByLabel('Name', { exact: true }).fill('Zoe');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  const zoe = page.getByRole('article', { name: 'Zoe' });
  await expect(zoe).toBeVisible();
  await expect(zoe.getByText('random key')).toBeVisible();
  await expect(zoe.getByTestId('balance-confirmed')).toHaveText('0');
  const zoeAddress = (await zoe.getAttribute('data-address'))!;
  expect(zoeAddress).toMatch(/^1[1-9A-HJ-NP-Za-km-z]{25,33}$/);

  // Its address copies to the clipboard; its private key shows only on demand, behind a warning.
  await zoe.getByRole('button', { name: 'Copy the address of Zoe' }).click();
  await expect(zoe.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(zoeAddress);
  const reveal = zoe.getByRole('button', { name: /private key of Zoe/ });
  await expect(reveal).toHaveAttribute('aria-expanded', 'false');
  await expect(zoe.getByTestId('private-key')).toHaveCount(0);
  await reveal.click();
  await expect(reveal).toHaveAttribute('aria-expanded', 'true');
  const secret = zoe.getByRole('region', { name: 'Private key of Zoe' });
  await expect(secret).toContainText('Anyone who has this private key can spend every coin of Zoe');
  await expect(secret.getByTestId('private-key')).toHaveText(/^[0-9a-f]{64}$/);
  await reveal.click();
  await expect(zoe.getByTestId('private-key')).toHaveCount(0);

  // A wallet from a seed is reproducible: the same seed gives the same key anywhere (here: core in Node).
  await page.getByLabel('Name', { exact: true }).fill('Yan');
  await page.getByLabel('From a seed (reproducible)').check();
  await page.getByLabel('Seed text').fill('lesson 1');
  await page.getByRole('button', { name: 'Create wallet' }).click();
  const yan = page.getByRole('article', { name: 'Yan' });
  await expect(yan.getByText('from seed')).toBeVisible();
  const expected = createWallet({ seed: 'lesson 1', index: 0, addressVersion: CLASSROOM_PARAMS.addressVersion });
  await expect(yan).toHaveAttribute('data-address', expected.address);
  await yan.getByRole('button', { name: /Show private key of Yan/ }).click();
  await expect(yan.getByRole('region', { name: 'Private key of Yan' })).toContainText('seed wallets are for reproducible demos');
  await expect(yan.getByTestId('private-key')).toHaveText(expected.privateKey);

  // The payer: a demo wallet whose coins no pool transaction locks and that nobody in the pool pays.
  const before = await page.evaluate(() => Promise.all([window.pocket.getWallets(), window.pocket.getPool()]));
  const [wallets, pool] = before;
  const touched = new Set(pool.flatMap((tx) => [...tx.inputs.map((i) => i.address), ...tx.outputs.map((o) => o.address)]));
  const payer = wallets.find((w) => w.balance.confirmed > 2 * AMOUNT && w.balance.pending === 0 && !touched.has(w.address))!;
  expect(payer, 'the demo has a wallet untouched by the pool').toBeDefined();

  // 2. The send form: from the payer, to Zoe (picked from the known wallets), 1.25 coins, fee 0.0001.
  await page.getByLabel('From wallet').selectOption(payer.address);
  await page.getByLabel('Fill in the address of a wallet').selectOption({ label: 'Zoe' });
  await expect(page.getByLabel('To address')).toHaveValue(zoeAddress);
  await page.getByLabel('Amount (coins)').fill(formatCoins(AMOUNT));
  await page.getByLabel('Fee (coins)').fill(formatCoins(FEE));
  const preview = page.getByTestId('send-preview');
  await expect(preview).toContainText(/This payment would spend (this coin|these \d+ coins)/);
  await expect(preview).toContainText(`Zoe gets ${formatCoins(AMOUNT)}`);
  await expect(preview).toContainText(`fee ${formatCoins(FEE)} to the miner`);
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-preview-1280-light');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const toast = page.getByRole('status').filter({ hasText: `Sent ${formatCoins(AMOUNT)} coins from ${payer.label} to Zoe` });
  await expect(toast).toBeVisible();
  const txid = /[0-9a-f]{64}/.exec((await toast.textContent()) ?? '')?.[0];
  expect(txid, 'the toast names the txid').toBeDefined();
  await expect(page.getByLabel('Amount (coins)')).toHaveValue('');
  await expect(page.getByRole('tab', { name: /^Mempool/ })).toContainText(String(pool.length + 1));
  await expect(zoe.getByTestId('balance-pending')).toHaveText(`+${formatCoins(AMOUNT)}`);
  await expect(zoe.getByTestId('balance-confirmed')).toHaveText('0');
  const payerCard = page.getByRole('article', { name: payer.label });
  await expect(payerCard.getByTestId('balance-pending')).toHaveText(`−${formatCoins(AMOUNT + FEE)}`);

  // 3. The Mempool panel lists it: fee, outputs to Zoe and the change back.
  await openTab(page, 'Mempool');
  const row = page.locator(`[data-testid="pool-tx"][data-txid="${txid}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${formatCoins(AMOUNT)} to Zoe`);
  await expect(row).toContainText(`from ${payer.label}`);
  await expect(row).toContainText(formatCoins(FEE));
  await expect(page.getByTestId('pool-count')).toHaveText(String(pool.length + 1));
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-mempool-1280-light');

  // 4. Mine one block on the selected node with the Mining panel.
  await openTab(page, 'Mining');
  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect.poll(() => page.evaluate((id) => window.pocket.getPool().then((p) => p.some((t) => t.txid === id)), txid!), { timeout: 60_000 }).toBe(false);

  // 5. Balances: Zoe has 1.25 confirmed, the payer paid 1.25 + the fee.
  await openTab(page, 'Wallets');
  await expect(zoe.getByTestId('balance-confirmed')).toHaveText(formatCoins(AMOUNT));
  await expect(zoe.getByTestId('balance-pending')).toHaveText('0');
  await expect(payerCard.getByTestId('balance-confirmed')).toHaveText(formatCoins(payer.balance.confirmed - AMOUNT - FEE));
  await expect(payerCard.getByTestId('balance-pending')).toHaveText('0');
  await zoe.getByRole('button', { name: /^▸? ?Coins of Zoe/ }).click();
  await expect(zoe.getByTestId('wallet-coins')).toContainText(formatCoins(AMOUNT));
  await zoe.scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-wallets-after-1280-light');

  // 6. The block holds the transaction: the API's tip block, and the explorer opened from the Mempool panel.
  const blocks = await page.evaluate(() => window.pocket.getBlocks());
  const block = blocks[blocks.length - 1]!;
  expect(block.txs.map((t) => t.txid)).toContain(txid);
  await openTab(page, 'Mempool');
  const departed = page.locator(`[data-testid="pool-departure"][data-txid="${txid}"]`);
  await expect(departed).toContainText(`confirmed in block #${block.height}`);
  await departed.getByRole('button', { name: new RegExp(`#${block.height}`) }).click();
  await expect(page.getByRole('tab', { name: 'Chain' })).toHaveAttribute('aria-selected', 'true');
  const inBlock = page.locator(`[data-testid="block-tx"][data-txid="${txid}"]`);
  await expect(inBlock).toBeVisible();
  await inBlock.scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-block-1280-light');

  // The same journey's screens on a phone, dark.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Theme').selectOption('dark');
  await openTab(page, 'Mempool');
  await expect(departed).toBeVisible();
  await departed.scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-mempool-390-dark');
  await openTab(page, 'Wallets');
  await zoe.scrollIntoViewIfNeeded();
  await dismissToasts(page);
  await screenshot(page, 'send-and-mine-wallets-after-390-dark');

  // Renaming a wallet changes its name everywhere, its address stays.
  await zoe.getByRole('button', { name: 'Rename Zoe' }).click();
  await page.getByLabel('New name for Zoe').fill('Zoe M.');
  await page.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('article', { name: 'Zoe M.' });
  await expect(renamed).toHaveAttribute('data-address', zoeAddress);
  await expect(page.getByLabel('From wallet').locator('option', { hasText: /^Zoe M\. — 1\.25 spendable$/ })).toHaveCount(1);
});

/**
 * Journey: every bad entry in the send form (unknown or mistyped address,
 * wrong network, amount empty / zero / negative / not a number / too many
 * decimals / more than the balance, coins already being spent by the pool,
 * bad fees) shows its own message under its own field (aria-invalid, the
 * message as the field's accessible description), and nothing changes: the
 * pool and every balance are the same before and after (window.pocket as the
 * cross-check), and the Mempool tab count does not move.
 */
import { expect, test, type Page } from '@playwright/test';
import { addressFromPubKeyHash, base58checkEncode, decodeAddress, formatCoins } from '../src/core/index';
import { openApp, openTab, screenshot } from './fixtures';

type Field = 'From wallet' | 'To address' | 'Amount (coins)' | 'Fee (coins)';
const FIELDS: readonly Field[] = ['From wallet', 'To address', 'Amount (coins)', 'Fee (coins)'];

interface Row {
  readonly name: string;
  readonly from?: string;
  readonly to?: string;
  readonly amount?: string;
  readonly fee?: string;
  readonly field: Field;
  readonly message: RegExp;
}

async function state(page: Page) {
  return page.evaluate(async () => {
    const [wallets, pool] = await Promise.all([window.pocket.getWallets(), window.pocket.getPool()]);
    return { balances: wallets.map((w) => ({ address: w.address, balance: w.balance })), txids: pool.map((t) => t.txid).sort() };
  });
}

test('every bad send input shows its own message under its field and changes nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await openTab(page, 'Wallets');
  const [wallets, pool] = await page.evaluate(() => Promise.all([window.pocket.getWallets(), window.pocket.getPool()]));

  // A payer with free coins, and a wallet whose coins a pool transaction already spends (more locked than coming in).
  const inPool = new Set(pool.map((t) => t.txid));
  const payer = wallets.find((w) => w.balance.confirmed > 10 * 1e8 && w.balance.pending === 0)!;
  const spentInPool = new Set(pool.flatMap((t) => t.inputs.map((i) => `${i.prevTxid}:${i.vout}`)));
  const lockedMinusIncoming = (address: string) => {
    const spent = pool.flatMap((t) => t.inputs).filter((i) => i.address === address && !inPool.has(i.prevTxid)).reduce((s, i) => s + (i.amount ?? 0), 0);
    const incoming = pool
      .flatMap((t) => t.outputs.map((o, vout) => ({ ...o, key: `${t.txid}:${vout}` })))
      .filter((o) => o.address === address && !spentInPool.has(o.key))
      .reduce((s, o) => s + o.amount, 0);
    return spent - incoming;
  };
  // Paying its whole confirmed balance then needs the locked coins: the clearest case is the one with the most locked.
  const locked = wallets.filter((w) => w.balance.immature === 0 && lockedMinusIncoming(w.address) > 0).sort((a, b) => lockedMinusIncoming(b.address) - lockedMinusIncoming(a.address))[0]!;
  expect(payer, 'a demo wallet with free coins').toBeDefined();
  expect(locked, 'a demo wallet whose coins the pool locks').toBeDefined();
  const recipient = wallets.find((w) => w.address !== payer.address)!;
  const good = recipient.address;
  const hash = decodeAddress(good);
  const typo = good.slice(0, 10) + (good[10] === 'z' ? 'y' : 'z') + good.slice(11);

  const rows: Row[] = [
    { name: 'empty address', to: '', field: 'To address', message: /Enter the address to pay/ },
    { name: "a wallet's name instead of its address", to: recipient.label, field: 'To address', message: /is the name of a wallet, not an address/ },
    { name: 'a word (unknown address)', to: 'satoshi', field: 'To address', message: /too short to be an address/ },
    { name: 'a mistyped character (bad checksum)', to: typo, field: 'To address', message: /checksum does not match/ },
    { name: 'a zero (not Base58)', to: good.slice(0, -1) + '0', field: 'To address', message: /"0" cannot be part of an address/ },
    { name: 'a testnet address (wrong version)', to: addressFromPubKeyHash(hash, 0x6f), field: 'To address', message: /another network: its version byte is 0x6f/ },
    { name: 'a valid checksum over the wrong length', to: base58checkEncode(Uint8Array.of(0, ...hash, 1)), field: 'To address', message: /decodes to 26 bytes, but an address has 25/ },
    { name: 'empty amount', amount: '', field: 'Amount (coins)', message: /Enter an amount/ },
    { name: 'zero', amount: '0', field: 'Amount (coins)', message: /more than zero/ },
    { name: 'negative', amount: '-1', field: 'Amount (coins)', message: /cannot be negative/ },
    { name: 'not a number', amount: 'ten', field: 'Amount (coins)', message: /must be a number/ },
    { name: 'too many decimals', amount: '0.000000001', field: 'Amount (coins)', message: /only 8 decimal places/ },
    { name: 'more than the balance', amount: formatCoins(payer.balance.total + 1), fee: '0', field: 'Amount (coins)', message: new RegExp(`more than ${payer.label} can spend`) },
    { name: 'coins already being spent by the pool', from: locked.address, amount: formatCoins(locked.balance.confirmed), fee: '0', field: 'Amount (coins)', message: /Coins already being spent: .* locked by \d+ transactions? waiting in the pool/ },
    { name: 'empty fee', fee: '', field: 'Fee (coins)', message: /Enter a fee in coins: 0 is allowed/ },
    { name: 'negative fee', fee: '-0.1', field: 'Fee (coins)', message: /fee cannot be negative/ },
    { name: 'fee not a number', fee: 'cheap', field: 'Fee (coins)', message: /fee must be a number/ },
    { name: 'fee with too many decimals', fee: '0.000000001', field: 'Fee (coins)', message: /fee has at most 8 decimal places/ },
  ];

  const before = await state(page);
  const mempoolTab = page.getByRole('tab', { name: /^Mempool/ });
  const tabCount = await mempoolTab.textContent();
  const send = page.getByRole('button', { name: 'Send', exact: true });

  for (const row of rows) {
    await test.step(row.name, async () => {
      await page.getByLabel('From wallet').selectOption(row.from ?? payer.address);
      await page.getByLabel('To address').fill(row.to ?? good);
      await page.getByLabel('Amount (coins)').fill(row.amount ?? '1');
      await page.getByLabel('Fee (coins)').fill(row.fee ?? '0.0001');
      await send.click();
      const field = page.getByLabel(row.field, { exact: true });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(row.message);
      // The message sits right under its own field, and no other field is flagged.
      const error = page.locator(`#${await field.getAttribute('id')}-error`);
      await expect(error).toBeVisible();
      await expect(error).toHaveText(row.message);
      for (const other of FIELDS.filter((f) => f !== row.field)) await expect(page.getByLabel(other, { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('status').filter({ hasText: /^✓\s*Sent / })).toHaveCount(0);
      await expect(mempoolTab).toHaveText(tabCount ?? '');
    });
  }
  await screenshot(page, 'bad-send-fee-1280-light');

  // Nothing was sent: the same pool, the same balances.
  expect(await state(page)).toEqual(before);

  // Several bad fields at once, each with its message; on a phone, dark.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('To address').fill(typo);
  await page.getByLabel('Amount (coins)').fill('1.123456789');
  await page.getByLabel('Fee (coins)').fill('-1');
  await send.click();
  for (const f of ['To address', 'Amount (coins)', 'Fee (coins)'] as const) await expect(page.getByLabel(f, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('To address')).toBeFocused();
  await page.getByLabel('To address').scrollIntoViewIfNeeded();
  await screenshot(page, 'bad-send-several-390-dark');
  await page.getByLabel('From wallet').selectOption(locked.address);
  await page.getByLabel('To address').fill(good);
  await page.getByLabel('Amount (coins)').fill(formatCoins(locked.balance.confirmed));
  await page.getByLabel('Fee (coins)').fill('0');
  await expect(page.getByLabel('Amount (coins)')).toHaveAccessibleDescription(/Coins already being spent/);
  await page.getByLabel('Amount (coins)').scrollIntoViewIfNeeded();
  await screenshot(page, 'bad-send-locked-390-dark');
  expect(await state(page)).toEqual(before);
});

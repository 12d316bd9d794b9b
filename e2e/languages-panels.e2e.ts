/**
 * The panels in other languages: the Wallets and Mempool panels draw their
 * own words (headings, form labels, the send form's checks, the pool table)
 * in German, with no English left on their main headings and buttons, the
 * announcement of a refused payment in German too, and follow a language switch (the
 * "sent" toast already on screen included), a notice of the app layer itself (an import) in
 * German and then Spanish; screenshots of both panels with a transaction
 * waiting, in es, de and zh-CN at a projector and a phone
 * (e2e/screenshots/lang-panels-*), each checked for nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', wallets: 'Wallets', mempool: 'Mempool', send: 'Senden', pick: 'Die Adresse einer Wallet einsetzen', amount: 'Betrag (Coins)' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', wallets: 'Monederos', mempool: 'Mempool', send: 'Enviar', pick: 'Rellenar con la dirección de un monedero', amount: 'Importe (monedas)' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', wallets: '钱包', mempool: '交易池', send: '发送', pick: '填入某个钱包的地址', amount: '金额（币）' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openIn(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
}

/** Pays the second wallet 1 coin from the first one that can pay, through the form. */
async function sendOneCoin(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  const pick = page.getByRole('combobox', { name: lang.pick });
  await pick.selectOption({ index: 2 });
  await page.getByLabel(lang.amount).fill('1');
  await page.getByRole('button', { name: lang.send, exact: true }).click();
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('shows the Wallets and Mempool panels in German, their checks included, and a switch changes them', async ({ page }) => {
    await openIn(page, 'de');
    await openTab(page, 'Wallets');
    await expect(page.getByRole('heading', { level: 2, name: 'Wallets' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('heading', { name: 'Coins senden' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Neue Wallet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wallet anlegen' })).toBeVisible();
    await expect(page.getByText('Jetzt ausgebbar').first()).toBeVisible();
    for (const english of ['Send coins', 'New wallet', 'Create wallet', 'Spendable now', 'From wallet']) await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // A bad amount gets its sentence in German under its field, and nothing is sent.
    await page.getByLabel('Betrag (Coins)').fill('zwei');
    await page.getByRole('button', { name: 'Senden', exact: true }).click();
    await expect(page.getByText('Der Betrag muss eine Zahl wie 1.5 sein (Ziffern und ein Dezimalpunkt).', { exact: true })).toBeVisible();
    // Screen readers hear the same in German (the polite live region), the first refusal after load included.
    await expect(page.getByTestId('live-region')).toContainText(/Zahlung nicht gesendet: .*Der Betrag muss eine Zahl/, { timeout: 15_000 });
    const before = await page.evaluate(() => window.pocket.getPool().then((p) => p.length));

    await sendOneCoin(page, 'de');
    await expect(page.getByText(/^✓ Zuletzt gesendet:/)).toBeVisible();
    // The "sent" toast on screen is written again in the new language after a switch (the pointer holds it).
    const sentToast = page.locator('[data-toast-id]', { hasText: 'gesendet: Transaktion' });
    await sentToast.hover();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(sentToast).toHaveCount(0);
    await expect(page.locator('[data-toast-id]', { hasText: /Enviado .+ de .+ a .+: la transacción [0-9a-f]+ espera en la mempool de / })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
    await expect(page.locator('[data-toast-id]', { hasText: 'gesendet: Transaktion' })).toBeVisible();
    await page.mouse.move(0, 0);
    await expect.poll(() => page.evaluate(() => window.pocket.getPool().then((p) => p.length))).toBe(before + 1);

    await openTab(page, 'Mempool');
    await expect(page.getByRole('heading', { level: 2, name: /^Mempool von / })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('columnheader', { name: 'Gebührenrate' })).toBeVisible();
    await expect(page.getByText('Wie der Mempool Coins sperrt')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Hat diesen Mempool kürzlich verlassen' })).toBeVisible();
    for (const english of ['Fee rate', 'How the pool locks coins', 'Recently left this pool', 'Fees waiting']) await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // The open panel follows a switch of language at once.
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.getByRole('columnheader', { name: 'Comisión por byte' })).toBeVisible();
    await expect(page.getByText('Cómo bloquea monedas la mempool')).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.getByRole('columnheader', { name: 'Fee rate' })).toBeVisible();
  });
});

test.describe('a German browser, a notice of the app itself', () => {
  test.use({ locale: 'de-DE' });

  test('an import is told in German, and in Spanish after a switch (window.pocket still says it in English)', async ({ page }) => {
    await openIn(page, 'de');
    // The app layer's own notice (not a panel's): an import through window.pocket, whose answer stays English.
    const { nodes, blocks } = await page.evaluate(async () => window.pocket.importState(await window.pocket.exportState()));
    const german = `${nodes} Knoten und ${blocks.toLocaleString('de-DE')} Blöcke importiert.`;
    const toast = page.locator('[data-toast-id]', { hasText: german });
    await expect(toast).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[data-toast-id]', { hasText: /^Imported / })).toHaveCount(0);
    // The pointer holds the toast; a switch writes it again in Spanish.
    await toast.hover();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.locator('[data-toast-id]', { hasText: `Importados ${nodes} nodos y ${blocks.toLocaleString('es-ES')} bloques.` })).toBeVisible();
    await expect(toast).toHaveCount(0);
    await page.mouse.move(0, 0);
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} panel screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Wallets and Mempool panels in ${code} at ${size.width}x${size.height}, a payment waiting`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openIn(page, code);
        await openTab(page, LANGUAGES[code].wallets);
        await sendOneCoin(page, code);
        await page.locator('[data-testid="wallet-card"]').first().scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'Wallets');
        await screenshot(page, `lang-panels-${code}-${size.name}-wallets`);
        await page.getByRole('heading', { level: 3 }).first().scrollIntoViewIfNeeded();
        await screenshot(page, `lang-panels-${code}-${size.name}-send`);
        await openTab(page, LANGUAGES[code].mempool);
        await expect(page.getByTestId('pool-tx').first()).toBeVisible({ timeout: 20_000 });
        await noPageOverflow(page, 'Mempool');
        await page.getByTestId('pool-tx').first().scrollIntoViewIfNeeded();
        await screenshot(page, `lang-panels-${code}-${size.name}-mempool`);
      });
    }
  });
}

/**
 * The Chain screen in other languages: the block tree, the block explorer
 * (header facts, hash against target, every validity check with its reason
 * sentence, transactions) and the tamper sandbox draw their own words in
 * German, with no English left on their main headings and buttons; reason
 * codes stay as they are; an open block follows a language switch (its time too,
 * written with Intl on the UTC clock, the ISO value kept in <time datetime>). Screenshots
 * of the tree with an opened block, its checks and the sandbox in es, de and
 * zh-CN at a projector and a phone (e2e/screenshots/lang-chain-*), each
 * checked for nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', chain: 'Kette', openTip: 'Spitze öffnen', why: 'Warum ist dieser Block gültig?', sandbox: 'An einer Kopie manipulieren' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', chain: 'Cadena', openTip: 'Abrir la punta', why: '¿Por qué es válido este bloque?', sandbox: 'Manipular una copia' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', chain: '区块链', openTip: '打开链顶区块', why: '这个区块为什么有效？', sandbox: '篡改一份副本' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openIn(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
  await page.getByRole('tab', { name: new RegExp(`^${lang.chain}`) }).click();
}

/** Opens the followed node's tip in the explorer and waits for its checks. */
async function openTip(page: Page, code: Code): Promise<void> {
  await page.getByRole('button', { name: LANGUAGES[code].openTip }).click();
  await expect(page.getByRole('heading', { name: LANGUAGES[code].why })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('block-checks').locator('li').first()).toBeVisible();
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('shows the block tree, an opened block, its checks and the tamper sandbox in German, and a switch changes them', async ({ page }) => {
    test.setTimeout(90_000);
    await openIn(page, 'de');
    const tree = page.getByRole('region', { name: /^Blockbaum von / });
    await expect(tree.getByRole('button', { name: 'Spitze folgen' })).toBeVisible({ timeout: 20_000 });
    await expect(tree.getByRole('button', { name: 'Vergrößern' })).toBeVisible();
    await expect(page.getByTestId('chain-summary')).toContainText(/Spitze #\d+/);
    await expect(page.getByRole('button', { name: 'Ganzes Netzwerk' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Block \d+ · \d+ Tx, / }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Block-Explorer' })).toBeVisible();

    await openTip(page, 'de');
    const explorer = page.getByTestId('block-explorer');
    await expect(explorer.getByTestId('block-checks-summary')).toHaveText(/^Alle \d+ Prüfungen bestanden ✓: Der Block ist gültig\.$/);
    await expect(explorer.locator('[data-check="merkle-root"]')).toContainText('Die Merkle-Wurzel im Header passt zu den Transaktionen');
    await expect(explorer.getByTestId('pow-verdict')).toHaveText('Hash < Ziel ✓');
    await expect(explorer.getByText('Bestätigungen', { exact: true })).toBeVisible();
    // The block's time in German on the UTC clock; the ISO value stays in <time datetime> and its title.
    const time = explorer.getByTestId('block-time');
    await expect(time).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2} UTC$/);
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await expect(time).toHaveAttribute('title', (await time.getAttribute('datetime'))!);
    await expect(explorer.getByRole('heading', { name: /^Transaktionen \(\d+\)$/ })).toBeVisible();
    await expect(explorer.getByRole('table', { name: 'Ausgaben von Transaktion 0' })).toBeVisible({ timeout: 20_000 });
    for (const english of ['Block explorer', 'Open the tip', 'Why is this block valid?', 'Proof of work', 'Follow tip', 'Whole network', 'Confirmations', 'Tamper with a copy', 'Merkle tree']) {
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);
    }

    // The sandbox: a bad value has its sentence in German, and nothing is copied.
    const sandbox = page.getByTestId('tamper-sandbox');
    await expect(sandbox.getByRole('heading', { name: 'An einer Kopie manipulieren' })).toBeVisible({ timeout: 20_000 });
    await sandbox.getByLabel('Zu änderndes Feld').selectOption('nonce');
    await sandbox.getByRole('textbox', { name: 'Neue Nonce' }).fill('4294967296');
    await sandbox.getByRole('button', { name: 'Auf die Kopie anwenden' }).click();
    await expect(sandbox.getByText('Die Nonce muss in 32 Bit passen: höchstens 4.294.967.295.')).toBeVisible();
    await expect(sandbox.getByTestId('tamper-result')).toHaveCount(0);

    // A changed output breaks the merkle root; the copy's checks say so in German, the reason code stays.
    await sandbox.getByLabel('Zu änderndes Feld').selectOption('output');
    await sandbox.getByRole('textbox', { name: 'Neuer Betrag (Coins)' }).fill('49');
    await sandbox.getByRole('button', { name: 'Auf die Kopie anwenden' }).click();
    const changed = sandbox.getByTestId('tamper-changes').locator('[data-check="merkle-root"]');
    await expect(changed).toContainText('Die Merkle-Wurzel im Header passt zu den Transaktionen: ✓ → ✗');
    await expect(changed).toContainText('bad-txnmrklroot');
    await sandbox.getByText('Alle Prüfungen der Kopie').click();
    const failed = sandbox.getByTestId('copy-checks').locator('[data-check="merkle-root"]');
    await expect(failed).toContainText('Die Merkle-Wurzel im Header passt nicht zu den Transaktionen.');
    await expect(sandbox.getByTestId('copy-checks-summary')).toContainText('Ein Knoten lehnt ihn mit bad-txnmrklroot ab.');
    await sandbox.getByRole('button', { name: /^Die manipulierte Kopie bei .* einreichen$/ }).click();
    await expect(sandbox.getByTestId('tamper-submit-result')).toContainText('✗ Abgelehnt: duplicate Der Block ist schon bekannt.');

    // The open block follows a switch of language at once.
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.getByRole('heading', { name: '¿Por qué es válido este bloque?' })).toBeVisible();
    await expect(failed).toContainText('La raíz de Merkle de la cabecera no coincide con las transacciones.');
    await expect(page.getByRole('button', { name: 'Seguir la punta' })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.getByRole('heading', { name: 'Why is this block valid?' })).toBeVisible();
    await expect(time).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s?[AP]M UTC$/);
    await expect(failed).toContainText('The merkle root in the header does not match the transactions.');
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} chain screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Chain screen in ${code} at ${size.width}x${size.height}, the tip opened`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openIn(page, code);
        await expect(page.getByTestId('chain-summary')).toBeVisible({ timeout: 20_000 });
        await noPageOverflow(page, 'Chain');
        await screenshot(page, `lang-chain-${code}-${size.name}-tree`);
        await openTip(page, code);
        await page.getByTestId('explorer-title').scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'explorer');
        await screenshot(page, `lang-chain-${code}-${size.name}-block`);
        await page.getByTestId('block-checks').scrollIntoViewIfNeeded();
        await screenshot(page, `lang-chain-${code}-${size.name}-checks`);
        const sandbox = page.getByTestId('tamper-sandbox');
        await expect(sandbox.getByRole('heading', { name: LANGUAGES[code].sandbox })).toBeVisible({ timeout: 20_000 });
        await sandbox.locator('button[type="submit"]').click();
        await expect(sandbox.getByTestId('tamper-result')).toBeVisible();
        await sandbox.scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'sandbox');
        await screenshot(page, `lang-chain-${code}-${size.name}-sandbox`);
      });
    }
  });
}

/**
 * The Settings panel in other languages: a German browser sees every card's
 * heading, its buttons, the checks of the stored chain and a field's error in
 * German with no English left on them, and an open panel follows a switch to
 * Spanish; screenshots of the panel in es, de and zh-CN at a projector and a
 * phone (e2e/screenshots/lang-settings-*), each checked for nothing wider
 * than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', settings: 'Einstellungen', newChain: 'Konsensparameter für eine neue Kette', checks: 'Prüfungen der gespeicherten Kette' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', settings: 'Ajustes', newChain: 'Parámetros de consenso para una cadena nueva', checks: 'Comprobaciones de la cadena guardada' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', settings: '设置', newChain: '新链的共识参数', checks: '已存储链的检查' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openSettings(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
  await page.getByRole('tab', { name: new RegExp(`^${lang.settings}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: lang.settings })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: lang.newChain })).toBeVisible();
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('shows the Settings panel in German, its checks and errors included, and a switch changes it', async ({ page }) => {
    await openSettings(page, 'de');
    for (const heading of ['Simulation', 'Mining-Worker', 'Export und Import', 'Speicher', 'Prüfungen der gespeicherten Kette', 'Darstellung und Hilfe'])
      await expect(page.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
    for (const button of ['Neue Kette anlegen', 'Mit Seed zurücksetzen', 'So viele Worker verwenden', 'In eine Datei exportieren', 'Jetzt alles prüfen', 'Rundgang neu starten'])
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Unterricht \(echter Proof of Work\)/ })).toBeVisible();
    await expect(page.getByLabel('Halbierungsintervall (Blöcke)')).toBeVisible();
    await expect(page.getByTestId('check-at-start')).toHaveText(/^Beim Start: /);
    await expect(page.getByTestId('storage-saving')).toHaveText('✓ Ja, jede Änderung');
    await expect(page.getByTestId('current-params')).toContainText('Unterricht (echter Proof of Work): 10 Coins Belohnung');
    for (const english of ['Consensus parameters for a new chain', 'Create a new chain', 'Export to a file', 'Checks of the stored chain', 'Verify everything now', 'Storage', 'Kept in', 'Appearance and help'])
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // The full verification reports in German, with the time as German writes it.
    await page.getByRole('button', { name: 'Jetzt alles prüfen' }).click();
    await expect(page.getByTestId('check-full')).toHaveText(/^Vollständige Prüfung: ✓ fertig um \d\d:\d\d:\d\d\./, { timeout: 30_000 });

    // A bad field gets its sentence in German, with the range written the German way, and nothing changes.
    const params = await page.getByTestId('current-params').textContent();
    await page.getByLabel('Halbierungsintervall (Blöcke)').fill('zwei');
    await page.getByRole('button', { name: 'Neue Kette anlegen' }).click();
    await expect(page.getByText('Halbierungsintervall (Blöcke): „zwei“ ist keine ganze Zahl von Blöcken (von 0 bis 1.000.000.000).')).toBeVisible();
    await page.getByLabel('Anzahl der Mining-Worker').fill('99');
    await page.getByRole('button', { name: 'So viele Worker verwenden' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Mining-Worker: muss zwischen 1 und 64 liegen, nicht 99.' })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByTestId('current-params')).toHaveText(params!);
    await expect(page.getByTestId('workers-now')).toHaveText(/^Jetzt: /);

    // The open panel follows a switch of language at once.
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.getByRole('heading', { level: 3, name: 'Comprobaciones de la cadena guardada' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Crear una cadena nueva' })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.getByRole('heading', { level: 3, name: 'Checks of the stored chain' })).toBeVisible();
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} settings screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Settings panel in ${code} at ${size.width}x${size.height}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openSettings(page, code);
        await noPageOverflow(page, 'Settings');
        await screenshot(page, `lang-settings-${code}-${size.name}-new-chain`);
        await page.getByRole('heading', { name: LANGUAGES[code].checks }).scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'Settings checks');
        await screenshot(page, `lang-settings-${code}-${size.name}-checks`);
      });
    }
  });
}

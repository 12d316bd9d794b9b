/**
 * The Mining panel in other languages: in German its cards draw their own
 * words (headings, labels, buttons, the live figures, the difficulty and
 * reward forms and their checks), a block mined through the panel is listed
 * in German, figures are written with German separators, and no English is
 * left on its headings and buttons; screenshots in es, de and zh-CN at a
 * projector and a phone (e2e/screenshots/lang-mining-*), each checked for
 * nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', mining: 'Mining', title: 'Live-Werte' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', mining: 'Minería', title: 'Cifras en directo' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', mining: '挖矿', title: '实时数据' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openMining(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
  await page.getByRole('tab', { name: new RegExp(`^${lang.mining}`) }).click();
  await expect(page.getByRole('heading', { name: lang.title })).toBeVisible({ timeout: 20_000 });
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('shows the Mining panel in German, its checks and a mined block included', async ({ page }) => {
    test.setTimeout(120_000);
    await openMining(page, 'de');
    await expect(page.getByRole('heading', { level: 2, name: 'Mining' })).toBeVisible();
    for (const heading of [/^Minen auf /, 'Engine', 'Schwierigkeit', 'Blockbelohnung', 'Hier gefundene Blöcke']) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    for (const button of ['Einen Block minen', 'Fortlaufend minen', 'Alle Miner minen', 'Stopp', 'Schwierigkeit setzen', 'Belohnung setzen', 'Worker setzen'])
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
    await expect(page.getByLabel('Adresse für die Belohnung')).toBeVisible();
    await expect(page.getByText('Erwartete Zeit bis zu einem Block')).toBeVisible();
    // Expected hashes per block with German thousands separators (65.536 and the like).
    await expect(page.getByTestId('next-difficulty')).toContainText(/\d\.\d{3}/);
    for (const english of ['Live figures', 'Difficulty', 'Block reward', 'Mine one block', 'Mine continuously', 'Set difficulty', 'Set reward', 'Blocks found here', 'Hash rate'])
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // Bad entries get their German sentence under the field and change nothing.
    const bitsBefore = await page.getByTestId('next-bits').textContent();
    await page.getByLabel('Als Bits (hex)').check();
    await page.getByLabel('Neue Bits (kompakter Zielwert, hex)').fill('0x1g00ffff');
    await page.getByRole('button', { name: 'Schwierigkeit setzen' }).click();
    await expect(page.getByText('Bits sind hexadezimal: nur Ziffern 0–9 und Buchstaben a–f, z. B. 0x1f00ffff.')).toBeVisible();
    await expect(page.getByTestId('next-bits')).toHaveText(bitsBefore!);
    await page.getByLabel(/^Neue Belohnung \(Coins\) ab Block/).fill('-1');
    await page.getByRole('button', { name: 'Belohnung setzen' }).click();
    await expect(page.getByText('Der Betrag darf nicht negativ sein.')).toBeVisible();
    await page.getByLabel('Mining-Worker').fill('0');
    await page.getByRole('button', { name: 'Worker setzen' }).click();
    await expect(page.getByText('Es müssen 1 bis 64 Worker sein.')).toBeVisible();

    // A block mined here is listed in German, and the rate is written the German way.
    await page.getByRole('button', { name: 'Einen Block minen' }).click();
    await expect(page.getByRole('button', { name: /^Block [\d.]+ öffnen$/ }).first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('found-blocks')).toContainText(/von .+, \d+ Tx/);
    await expect(page.getByTestId('engine-running')).toContainText(/(von dir gewählt|vom Selbsttest als schnellste gewählt|anstelle von)/);
    await expect(page.getByTestId('expected-time')).toContainText(/≈ .*(Sek\.|Min\.|Std\.|Tage|Jahre|ms)|unbekannt, bis einmal gemint wurde/);
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} mining screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Mining panel in ${code} at ${size.width}x${size.height}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openMining(page, code);
        await noPageOverflow(page, 'Mining');
        await page.getByRole('heading', { level: 2 }).first().scrollIntoViewIfNeeded();
        await screenshot(page, `lang-mining-${code}-${size.name}-controls`);
        await page.getByTestId('engine-card').scrollIntoViewIfNeeded();
        await screenshot(page, `lang-mining-${code}-${size.name}-engine`);
        await page.getByTestId('next-difficulty').scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'Mining, difficulty');
        await screenshot(page, `lang-mining-${code}-${size.name}-difficulty`);
      });
    }
  });
}

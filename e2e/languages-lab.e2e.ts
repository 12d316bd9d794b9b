/**
 * The Lab in other languages: a German browser sees the cards' headings,
 * models, fields and buttons in German, a bad field refused in German, a
 * double-spend race run to its result sentence, plot legend and table with
 * percentages written the German way (30,9 %), and no English left on them;
 * an open Lab follows a switch to Spanish. Screenshots of the Lab in es, de
 * and zh-CN at a projector and a phone (e2e/screenshots/lang-lab-*), each
 * checked for nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', lab: 'Labor', race: 'Double-Spend-Wettlauf', stale: 'Verwaiste Blöcke und Ausbreitung' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', lab: 'Laboratorio', race: 'Carrera de doble gasto', stale: 'Bloques huérfanos y propagación' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', lab: '实验室', race: '双花竞赛', stale: '孤块与传播' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openLab(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
  await page.getByRole('tab', { name: new RegExp(`^${lang.lab}`) }).click();
  await expect(page.getByRole('heading', { level: 3, name: lang.race })).toBeVisible({ timeout: 20_000 });
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('shows the Lab in German, a refused field and a race result included, and a switch changes it', async ({ page }) => {
    test.setTimeout(180_000);
    await openLab(page, 'de');
    await expect(page.getByTestId('lab-mode')).toHaveText(/Web Workern des Labors/);
    for (const heading of ['Das Labor', 'Double-Spend-Wettlauf', 'Selfish Mining', '51-%-Angriff auf das laufende Netzwerk', 'Verwaiste Blöcke und Ausbreitung'])
      await expect(page.getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
    // The classroom chain is too hard for the live attack: the card says why in German.
    await expect(page.getByTestId('lab-majority-reason')).toContainText('braucht daher ein leichtes Ziel; jeder Block braucht hier etwa 65.537 Hashes.');
    const card = page.getByRole('region', { name: 'Double-Spend-Wettlauf' });
    await expect(card).toContainText('Warum drei Antworten.');
    for (const english of ['The lab', 'Double-spend race', 'Selfish mining', 'Stale blocks and propagation', 'Run', 'Copy as CSV', 'Clear results', "Attacker's share q", 'Confirmations z'])
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // A bad share: its own German sentence, nothing runs.
    await card.getByLabel('Anteil q des Angreifers').fill('0.6');
    await card.getByRole('button', { name: 'Starten', exact: true }).click();
    await expect(card.getByText('Anteil q des Angreifers: muss über 0 und unter 0.5 sein, etwa 0.3.')).toBeVisible();
    await expect(card.getByRole('progressbar')).toHaveCount(0);

    // The three theories at the inputs, as German writes percentages.
    await card.getByLabel('Anteil q des Angreifers').fill('0.3');
    await card.getByLabel('Bestätigungen z').fill('1');
    await card.getByLabel('Versuche').fill('200');
    await expect(card).toContainText('Bei q 0.3, z 1: exact 30,9 %, Rosenfeld 60,0 %, Whitepaper 62,8 %.');
    await card.getByRole('button', { name: 'Starten', exact: true }).click();
    await expect(page.getByTestId('lab-progress-race').getByRole('button', { name: 'Abbrechen' })).toBeVisible();
    const result = page.getByTestId('lab-race-result');
    await expect(result).toContainText('q 0.3, z 1: Der Angriff gelang in', { timeout: 150_000 });
    await expect(result).toContainText('exact 30,9 % (im Intervall)');
    const figure = page.getByTestId('lab-race-figure');
    await figure.getByText('Als Tabelle zeigen (1 Punkt)').click();
    await expect(figure.getByRole('columnheader', { name: 'exact im Intervall?' })).toBeVisible();
    await expect(figure.getByRole('cell', { name: 'ja', exact: true })).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Als CSV kopieren' })).toBeEnabled();

    // The open Lab follows a switch of language at once.
    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.getByRole('heading', { level: 3, name: 'Carrera de doble gasto' })).toBeVisible();
    await expect(figure.getByRole('columnheader', { name: '¿exact dentro?' })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.getByRole('heading', { level: 3, name: 'Double-spend race' })).toBeVisible();
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} lab screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Lab in ${code} at ${size.width}x${size.height}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openLab(page, code);
        await noPageOverflow(page, 'Lab');
        await screenshot(page, `lang-lab-${code}-${size.name}-intro`);
        await page.getByTestId('lab-race-figure').scrollIntoViewIfNeeded();
        await screenshot(page, `lang-lab-${code}-${size.name}-race`);
        await page.getByRole('heading', { name: LANGUAGES[code].stale }).scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'Lab, stale card');
        await screenshot(page, `lang-lab-${code}-${size.name}-stale`);
      });
    }
  });
}

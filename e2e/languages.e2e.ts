/**
 * The page in four languages: the language comes from the browser, the
 * header's Language select changes it (and `<html lang>`), the choice is
 * remembered across a reload, and window.pocket stays English. Screenshots of
 * the main panels in Spanish, Simplified Chinese and German at a 1280x720
 * projector and a 390x844 phone (e2e/screenshots/lang-*), each checked for
 * nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot, stillPath } from './fixtures';

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test('the header picks the language, <html lang> follows, and the choice survives a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Chain' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('tab', { name: 'Kette' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Chain' })).toHaveCount(0);
  // Named in German and in English, so the way back is found in any language.
  await expect(page.getByRole('combobox', { name: 'Sprache (Language)' })).toHaveValue('de');
  // The API is not translated.
  expect(await page.evaluate(() => typeof window.pocket.mineBlock)).toBe('function');

  await page.getByRole('combobox', { name: /Language/ }).selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('tab', { name: '区块链' })).toBeVisible();

  await page.reload();
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('tab', { name: '区块链' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Language/ })).toHaveValue('zh-CN');

  // Back to the browser's language (Playwright's Chromium reports en-US).
  await page.getByRole('combobox', { name: /Language/ }).selectOption('auto');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Chain' })).toBeVisible();
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('gets the page in Spanish on a first visit, English names only in the API', async ({ page }) => {
    await page.goto(stillPath('./'));
    await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('dialog', { name: 'Te damos la bienvenida a Pocket Chain' })).toBeVisible();
    await page.getByRole('button', { name: 'Explorar la red' }).click();
    await expect(page.getByRole('dialog', { name: 'Una cadena de bloques viva' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Idioma (Language)' })).toHaveValue('auto');
    await expect(page.getByRole('combobox', { name: 'Idioma (Language)' }).locator('option[value="auto"]')).toHaveText('Navegador (Español)');
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('opens a lesson with its own words in German, and a switch with the lesson open changes them', async ({ page }) => {
    await openApp(page, { path: './#learn/hashes' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // The lesson's words load with the lesson (text.de.ts), before it is drawn: never English first.
    await expect(page.getByText('Das Null-Bit-Rätsel')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Eingabe suchen' })).toBeVisible();
    await expect(page.getByText('The zero-bits puzzle')).toHaveCount(0);

    await page.getByRole('combobox', { name: /Language/ }).selectOption('es');
    await expect(page.getByText('El rompecabezas de los bits a cero')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Buscar una entrada' })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
    await expect(page.getByRole('button', { name: 'Find an input' })).toBeVisible();
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

const LANGUAGES = [
  { code: 'es', locale: 'es-ES', tabs: ['Aprender', 'Cadena', 'Monederos', 'Mempool', 'Minería', 'Red', 'Laboratorio', 'Ajustes'], explore: 'Explorar la red', closeTour: 'Cerrar el recorrido' },
  { code: 'zh-CN', locale: 'zh-CN', tabs: ['学习', '区块链', '钱包', '交易池', '挖矿', '网络', '实验室', '设置'], explore: '探索网络', closeTour: '关闭导览' },
  { code: 'de', locale: 'de-DE', tabs: ['Lernen', 'Kette', 'Wallets', 'Mempool', 'Mining', 'Netzwerk', 'Labor', 'Einstellungen'], explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen' },
] as const;

for (const lang of LANGUAGES) {
  test.describe(`${lang.code} screenshots`, () => {
    test.use({ locale: lang.locale });
    for (const size of SIZES) {
      test(`the main panels in ${lang.code} at ${size.width}x${size.height}`, async ({ page }) => {
        // Seven panels, each drawn and photographed: more than the default 30 s on a busy machine.
        test.setTimeout(120_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openApp(page, { keepQuestion: true, keepTour: true });
        await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
        const tag = `${lang.code}-${size.name}`;
        await screenshot(page, `lang-${tag}-question`);
        await page.getByRole('button', { name: lang.explore }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await noPageOverflow(page, 'the tour');
        await screenshot(page, `lang-${tag}-tour`);
        await page.getByRole('button', { name: lang.closeTour }).click();
        for (const [i, name] of lang.tabs.entries()) {
          if (name === lang.tabs[6]) continue; // the Lab is not translated yet
          await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
          await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-selected', 'true');
          await noPageOverflow(page, name);
          await screenshot(page, `lang-${tag}-${i}`);
        }
      });
    }
  });
}

/**
 * The Learn section in Spanish, Simplified Chinese and German: each lesson
 * opened by its link in one of the three languages shows its title, its
 * opening paragraph and a step in that language, with no English left on its
 * main heading or on the frame (lesson list, steps, the way on). Screenshots of
 * one lesson in each language at a 1280x720 projector and a 390x844 phone
 * (e2e/screenshots/lang-learn-*), each checked for nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot } from './fixtures';

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

const LOCALES = { es: 'es-ES', de: 'de-DE', 'zh-CN': 'zh-CN' } as const;

/** The frame's words per language: the list's heading, the steps' heading and the way on. */
const FRAME = {
  es: { list: 'Lecciones', steps: 'Pasos', next: 'Lección siguiente', reset: 'Empezar esta lección de nuevo', share: 'Compartir esta lección' },
  de: { list: 'Lektionen', steps: 'Schritte', next: 'Nächste Lektion', reset: 'Lektion neu beginnen', share: 'Diese Lektion teilen' },
  'zh-CN': { list: '课程', steps: '步骤', next: '下一课', reset: '重新开始本课', share: '分享本课' },
} as const;

interface LessonCase {
  readonly id: string;
  readonly language: keyof typeof LOCALES;
  readonly english: string;
  readonly title: string;
  readonly of: string;
  /** The start of the first paragraph. */
  readonly intro: string;
  /** The start of a step's task. */
  readonly step: string;
  /** A word of the playground: a button or a heading. */
  readonly control: { readonly role: 'button' | 'heading'; readonly name: string };
}

const LESSONS: readonly LessonCase[] = [
  { id: 'block', language: 'de', english: 'A block', title: 'Ein Block', of: 'Lektion 2 von 11', intro: 'Ein Block ist eine Seite des Kassenbuchs.', step: 'Ändere die Daten des Blocks', control: { role: 'button', name: 'Block 1 minen' } },
  { id: 'chain', language: 'es', english: 'A chain', title: 'Una cadena', of: 'Lección 3 de 11', intro: 'Una cadena de bloques es una fila de bloques.', step: 'Vuelve a minar el bloque 2.', control: { role: 'button', name: 'Minar el bloque 2' } },
  { id: 'copies', language: 'zh-CN', english: 'Many copies', title: '多个副本', of: '第 4 课，共 11 课', intro: '不存在一份“正本”。', step: '修改 Cleo 副本中的区块 2', control: { role: 'button', name: 'Cleo 把她改过的区块发给 Ana 和 Ben' } },
  { id: 'keys', language: 'de', english: 'Keys and signatures', title: 'Schlüssel und Signaturen', of: 'Lektion 5 von 11', intro: 'Ein Schlüsselpaar sind zwei Zahlen', step: 'Erzeuge ein Schlüsselpaar.', control: { role: 'button', name: 'Schlüsselpaar erzeugen' } },
  { id: 'coins', language: 'es', english: 'Transactions and coins', title: 'Transacciones y monedas', of: 'Lección 6 de 11', intro: 'El saldo de nadie está escrito en ninguna parte.', step: 'Envía 4 monedas de Alice a Bob.', control: { role: 'button', name: 'Minar el pool en un bloque' } },
  { id: 'merkle', language: 'zh-CN', english: 'Merkle trees', title: '默克尔树', of: '第 7 课，共 11 课', intro: '区块头只有 80 字节', step: '篡改一笔交易，沿着发生变化的哈希', control: { role: 'heading', name: '证明有多长？' } },
  { id: 'difficulty', language: 'de', english: 'Mining and difficulty', title: 'Mining und Schwierigkeit', of: 'Lektion 8 von 11', intro: 'Der Zielwert ist eine 256-Bit-Zahl', step: 'Mine einen Block mit 16 Null-Bits oder weniger', control: { role: 'button', name: 'Block minen' } },
  { id: 'forks', language: 'es', english: 'Forks and most work', title: 'Bifurcaciones y más trabajo', of: 'Lección 9 de 11', intro: 'Los mensajes tardan en cruzar una red', step: 'Divide la red: Ana y Ben a la izquierda', control: { role: 'button', name: 'Dividir la red' } },
  { id: 'attacks', language: 'zh-CN', english: 'Attacks', title: '攻击', of: '第 10 课，共 11 课', intro: '双花：Mallory 向一家商店付款', step: '观看 Mallory 拥有 10% 算力时的一场竞赛', control: { role: 'button', name: '观看一场竞赛' } },
  { id: 'bitcoin', language: 'de', english: 'Real Bitcoin', title: 'Echtes Bitcoin', of: 'Lektion 11 von 11', intro: 'Alles bisher läuft nach denselben Regeln wie Bitcoin.', step: 'Erstelle einen Beweis für eine Transaktion', control: { role: 'heading', name: 'Header-Inspektor' } },
];

for (const lesson of LESSONS) {
  test.describe(`lesson ${lesson.id} in ${lesson.language}`, () => {
    test.use({ locale: LOCALES[lesson.language] });

    test(`shows its title, opening words, steps and playground in ${lesson.language}`, async ({ page }) => {
      await openApp(page, { path: `./#learn/${lesson.id}` });
      await expect(page.locator('html')).toHaveAttribute('lang', lesson.language);
      const frame = FRAME[lesson.language];
      await expect(page.getByRole('heading', { name: lesson.title, exact: true })).toBeVisible({ timeout: 20_000 });
      await expect(page.getByText(lesson.of, { exact: true })).toBeVisible();
      await expect(page.getByText(lesson.intro)).toBeVisible();
      await expect(page.getByText(lesson.step)).toBeVisible();
      await expect(page.getByRole(lesson.control.role, { name: lesson.control.name })).toBeVisible();
      await expect(page.getByRole('heading', { name: frame.list })).toBeVisible();
      await expect(page.getByRole('heading', { name: new RegExp(`^${frame.steps}`) })).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(frame.next) })).toBeVisible();
      await expect(page.getByRole('button', { name: frame.reset })).toBeVisible();
      await expect(page.getByText(frame.share)).toBeVisible();
      // No English left on the main heading or the frame.
      await expect(page.getByRole('heading', { name: lesson.english, exact: true })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Next lesson|Start this lesson again/ })).toHaveCount(0);
    });
  });
}

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('words the lesson notices in Spanish: a reset, and a switch to German with the lesson open', async ({ page }) => {
    await openApp(page, { path: './#learn/chain' });
    await expect(page.getByRole('heading', { name: 'Una cadena', exact: true })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Empezar esta lección de nuevo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'La lección empieza de nuevo desde el principio.' })).toBeVisible();
    await page.getByRole('combobox', { name: /Language/ }).selectOption('de');
    await expect(page.getByRole('heading', { name: 'Eine Kette', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Die Lektion beginnt wieder von vorn.' })).toBeVisible();
    await expect(page.getByText('Eine Blockchain ist eine Reihe von Blöcken.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Block 3 minen' })).toBeVisible();
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('names the real Bitcoin headers in German and says whose header it is', async ({ page }) => {
    await openApp(page, { path: './#learn/bitcoin' });
    const pick = page.getByRole('combobox', { name: 'Echten Header wählen' });
    await expect(pick).toBeVisible({ timeout: 20_000 });
    await pick.selectOption({ label: 'Genesis-Block' });
    await expect(page.getByTestId('header-origin')).toHaveText('Das ist der echte Header von Genesis-Block.');
    await expect(page.getByText('3. Januar 2009.')).toBeVisible();
    await expect(page.getByText('✓ Der Arbeitsnachweis stimmt')).toBeVisible();
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

/** One lesson per language, photographed at both sizes. */
const SHOTS = [
  { language: 'es', lesson: 'keys', title: 'Claves y firmas' },
  { language: 'de', lesson: 'chain', title: 'Eine Kette' },
  { language: 'zh-CN', lesson: 'copies', title: '多个副本' },
] as const;

for (const shot of SHOTS) {
  test.describe(`${shot.language} lesson screenshots`, () => {
    test.use({ locale: LOCALES[shot.language] });
    for (const size of SIZES) {
      test(`lesson ${shot.lesson} in ${shot.language} at ${size.width}x${size.height}`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openApp(page, { path: `./#learn/${shot.lesson}` });
        const title = page.getByRole('heading', { name: shot.title, exact: true });
        await expect(title).toBeVisible({ timeout: 20_000 });
        await noPageOverflow(page, `lesson ${shot.lesson}`);
        const tag = `lang-learn-${shot.language}-${size.name}`;
        await title.scrollIntoViewIfNeeded();
        await screenshot(page, `${tag}-top`);
        await page.locator('.playground').scrollIntoViewIfNeeded();
        await screenshot(page, `${tag}-playground`);
      });
    }
  });
}

test.describe('lesson coins in German', () => {
  test.use({ locale: 'de-DE' });

  test('the payment preview names the coin it spends in German, with its plural', async ({ page }) => {
    await openApp(page, { path: './#learn/coins' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // Alice pays 4 from her 5-coin coin (the lesson's first step, typed in already).
    await expect(page.getByText('Gibt aus: Münze im Wert von 5 Münzen.', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/coin coin/)).toHaveCount(0);
  });
});

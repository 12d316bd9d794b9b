/**
 * The pictures in other languages: a block's Merkle tree with a proof path
 * (explorer), the Chain panel's charts, the network picture and the lab's plot
 * after a run draw their own words, their accessible names included, in
 * German, Spanish and Simplified Chinese, with none of their English left; every
 * word drawn in an SVG stays inside its picture (German's long words, Chinese
 * characters a whole em wide) and the page never scrolls sideways.
 * Screenshots of each at a projector (1280x800) and a phone (390x844) go to
 * docs/screenshots/i18n/views-<picture>-<language>-<width>.png.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { stillPath } from './fixtures';

const LANGUAGES = {
  de: {
    locale: 'de-DE',
    explore: 'Das Netzwerk erkunden',
    closeTour: 'Rundgang schließen',
    chain: 'Kette',
    network: 'Netzwerk',
    lab: 'Labor',
    block: (h: number) => new RegExp(`^Block ${h} · `),
    merkle: (h: number) => `Merkle-Baum von Block ${h}`,
    leaf: (i: number) => new RegExp(`^Transaktion ${i} Txid [0-9a-f]{8}…[0-9a-f]{4} · Tx ${i}`),
    proofHeading: (i: number) => `Beweis, dass Transaktion ${i} im Block ist`,
    verified: 'bestätigt ✓',
    rootMatches: 'stimmt mit dem Header überein ✓',
    tamper: 'Eine Transaktion fälschen',
    merkleTable: 'Den Merkle-Baum als Tabelle zeigen',
    levels: ['Wurzel', 'Txids'],
    charts: /^Diagramme der Kette von /,
    chartTitles: ['Zeit zwischen Blöcken', 'Schwierigkeit (1 = das leichteste erlaubte Ziel)', 'Hashrate je Miner (Anteil an der Arbeit)'],
    showTable: 'Als Tabelle zeigen',
    networkPicture: 'Bild des Netzwerks',
    node: /^Node A, #\d+ · Zweig \d+, .*Höhe \d+, Spitze [0-9a-f]{8}…[0-9a-f]{4}, Form (Kreis|Quadrat|Raute)/,
    mostWork: 'Zweig 0 (meiste Arbeit)',
    networkTable: 'Das Netzwerk als Tabelle zeigen',
    inFlight: /^Nachrichten unterwegs: \d+$/,
    race: 'Double-Spend-Wettlauf',
    q: 'Anteil q des Angreifers',
    z: 'Bestätigungen z',
    trials: 'Versuche',
    run: 'Starten',
    raceDone: 'q 0.3, z 1: Der Angriff gelang in',
    plot: /: 1 gemessene Punkte mit 95-%-Intervallen über \d+ theoretischen Kurven/,
    legend: 'Legende',
  },
  es: {
    locale: 'es-ES',
    explore: 'Explorar la red',
    closeTour: 'Cerrar el recorrido',
    chain: 'Cadena',
    network: 'Red',
    lab: 'Laboratorio',
    block: (h: number) => new RegExp(`^Bloque ${h} · `),
    merkle: (h: number) => `Árbol de Merkle del bloque ${h}`,
    leaf: (i: number) => new RegExp(`^Transacción ${i} txid [0-9a-f]{8}…[0-9a-f]{4} · tx ${i}`),
    proofHeading: (i: number) => `Prueba de que la transacción ${i} está en el bloque`,
    verified: 'verificada ✓',
    rootMatches: 'coincide con la cabecera ✓',
    tamper: 'Alterar una transacción',
    merkleTable: 'Mostrar el árbol de Merkle como tabla',
    levels: ['raíz', 'txids'],
    charts: /^Gráficos de la cadena de /,
    chartTitles: ['Tiempo entre bloques', 'Dificultad (1 = el objetivo más fácil permitido)', 'Tasa de hash por minero (parte del trabajo)'],
    showTable: 'Mostrar como tabla',
    networkPicture: 'Dibujo de la red',
    node: /^Node A, #\d+ · rama \d+, .*altura \d+, punta [0-9a-f]{8}…[0-9a-f]{4}, forma de (círculo|cuadrado|rombo)/i,
    mostWork: 'rama 0 (más trabajo)',
    networkTable: 'Mostrar la red como tabla',
    inFlight: /^Mensajes en camino: \d+$/,
    race: 'Carrera de doble gasto',
    q: 'Cuota q del atacante',
    z: 'Confirmaciones z',
    trials: 'Intentos',
    run: 'Ejecutar',
    raceDone: 'q 0.3, z 1: el ataque tuvo éxito en',
    plot: /: 1 puntos medidos con intervalos del 95\s%\s+sobre \d+ curvas teóricas/,
    legend: 'Leyenda',
  },
  'zh-CN': {
    locale: 'zh-CN',
    explore: '探索网络',
    closeTour: '关闭导览',
    chain: '区块链',
    network: '网络',
    lab: '实验室',
    block: (h: number) => new RegExp(`^区块 ${h} · `),
    merkle: (h: number) => `区块 ${h}的默克尔树`,
    leaf: (i: number) => new RegExp(`^交易 ${i} txid [0-9a-f]{8}…[0-9a-f]{4} · 交易 ${i}`),
    proofHeading: (i: number) => `交易 ${i} 在区块中的证明`,
    verified: '已验证 ✓',
    rootMatches: '由交易算出的根与区块头一致 ✓',
    tamper: '篡改一笔交易',
    merkleTable: '以表格显示默克尔树',
    levels: ['根', '交易 ID'],
    charts: / 的链的图表$/,
    chartTitles: ['出块间隔', '难度（1 = 允许的最容易目标）', '各矿工的算力（工作量占比）'],
    showTable: '以表格显示',
    networkPicture: '网络图',
    node: /^Node A, #\d+ · 分支 \d+, .*高度 \d+, 链顶 [0-9a-f]{8}…[0-9a-f]{4}, (圆形|方形|菱形)形状/,
    mostWork: '分支 0（工作量最多）',
    networkTable: '以表格显示网络',
    inFlight: /^传输中的消息：\d+$/,
    race: '双花竞赛',
    q: '攻击者算力比例 q',
    z: '确认数 z',
    trials: '试验次数',
    run: '运行',
    raceDone: 'q 0.3，z 1：攻击在',
    plot: /：1 个测量点及其 95% 区间，叠在 \d+ 条理论曲线上/,
    legend: '图例',
  },
} as const;
type Code = keyof typeof LANGUAGES;

/** The English each picture drew before: none of it may be left. */
const ENGLISH = [
  'Tamper with a transaction',
  'Show the Merkle tree as a table',
  'Hover over or focus a node to read its full hash.',
  'root in the header',
  'Time between blocks',
  'Hash rate per miner (share of the work)',
  'Show as table',
  'No data yet.',
  'Show the network as a table',
  'branch 0 (most work)',
  'Legend',
];

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '390', width: 390, height: 844 },
] as const;

function shotPath(name: string): string {
  return fileURLToPath(new URL(`../docs/screenshots/i18n/${name}.png`, import.meta.url));
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

/** The words drawn in `svg` that reach past its edges (more than a pixel): none, in any language. */
async function wordsOutside(svg: Locator): Promise<string[]> {
  return svg.evaluate((s) => {
    const box = s.getBoundingClientRect();
    return [...s.querySelectorAll('text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
      })
      .map((t) => t.textContent ?? '');
  });
}

/** The tag line of each Merkle node is squeezed into its box: the words that run past it (none). */
async function merkleTagsOutside(merkle: Locator): Promise<string[]> {
  return merkle.getByTestId('merkle-node').evaluateAll((nodes) =>
    nodes
      .filter((n) => {
        const rect = n.querySelector('rect')!.getBoundingClientRect();
        const tag = n.querySelector('text.tag')!.getBoundingClientRect();
        return tag.width > 0 && (tag.left < rect.left - 1 || tag.right > rect.right + 1);
      })
      .map((n) => n.querySelector('text.tag')!.textContent ?? ''),
  );
}

async function openIn(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto(stillPath('./'));
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
}

async function noEnglish(scope: Locator): Promise<void> {
  for (const english of ENGLISH) await expect(scope.getByText(english, { exact: true })).toHaveCount(0);
}

for (const code of Object.keys(LANGUAGES) as Code[]) {
  const lang = LANGUAGES[code];
  test.describe(`a ${code} browser`, () => {
    test.use({ locale: lang.locale, viewport: { width: 1280, height: 800 } });

    test(`draws the Merkle proof, the charts, the network picture and a lab run in ${code}, inside their pictures at 1280 and 390`, async ({ page }) => {
      test.setTimeout(240_000);
      await openIn(page, code);

      // A block of several transactions (made through window.pocket: the setup is not what is tested).
      const block = await page.evaluate(async () => {
        const p = window.pocket;
        const w = await p.getWallets();
        for (let i = 0; i < 4; i++) await p.send(w[i]!.address, w[i + 2]!.address, 40_000_000 + i, 1_000);
        const mined = await p.mineBlock(w[5]!.address);
        await p.settle();
        return mined;
      });
      expect(block.txids.length).toBeGreaterThanOrEqual(5);

      // The explorer's Merkle tree, with the proof of transaction 3.
      await page.getByRole('tab', { name: new RegExp(`^${lang.chain}`) }).click();
      await page.getByRole('button', { name: lang.block(block.height) }).first().click();
      const merkle = page.getByRole('region', { name: lang.merkle(block.height) });
      await expect(merkle.getByTestId('merkle-node').first()).toBeVisible({ timeout: 20_000 });
      await merkle.getByRole('button', { name: lang.leaf(3) }).click();
      await expect(merkle.getByRole('button', { name: lang.leaf(3) })).toHaveAttribute('aria-pressed', 'true');
      await expect(merkle.getByRole('heading', { name: lang.proofHeading(3) })).toBeVisible();
      await expect(merkle.getByTestId('merkle-verified')).toContainText(lang.verified);
      await expect(merkle.getByTestId('merkle-root-status')).toContainText(lang.rootMatches);
      await expect(merkle.getByRole('button', { name: lang.tamper })).toBeVisible();
      await expect(merkle.getByText(lang.merkleTable)).toBeVisible();
      for (const level of lang.levels) await expect(merkle.getByTestId('merkle-svg').getByText(level, { exact: true }).first()).toBeAttached();
      await noEnglish(merkle);

      // The Chain panel's charts.
      const charts = page.locator('details.charts');
      await charts.getByRole('heading', { name: lang.charts }).click();
      const intervals = page.getByTestId('chart-intervals');
      await expect(intervals.locator('svg')).toBeVisible({ timeout: 20_000 });
      for (const title of lang.chartTitles) await expect(charts.locator('figcaption', { hasText: title }).first()).toBeVisible();
      await expect(intervals.getByText(lang.showTable, { exact: true })).toBeVisible();
      await noEnglish(charts);

      // The network picture.
      await page.getByRole('tab', { name: new RegExp(`^${lang.network}`) }).click();
      const picture = page.getByRole('group', { name: lang.networkPicture });
      await expect(picture).toBeVisible({ timeout: 20_000 });
      await expect(picture.getByRole('button', { name: lang.node })).toBeVisible();
      const network = page.locator('section.network-view');
      await expect(network.getByText(lang.mostWork)).toBeVisible();
      await expect(network.getByText(lang.networkTable)).toBeVisible();
      await expect(network.getByRole('heading', { name: lang.inFlight })).toBeVisible();
      await noEnglish(network);

      // The lab plot after a double-spend race.
      await page.getByRole('tab', { name: new RegExp(`^${lang.lab}`) }).click();
      const race = page.getByRole('region', { name: lang.race });
      await race.getByLabel(lang.q).fill('0.3');
      await race.getByLabel(lang.z).fill('1');
      await race.getByLabel(lang.trials).fill('200');
      await race.getByRole('button', { name: lang.run, exact: true }).click();
      await expect(page.getByTestId('lab-race-result')).toContainText(lang.raceDone, { timeout: 180_000 });
      const figure = page.getByTestId('lab-race-figure');
      await expect(figure.getByRole('img', { name: lang.plot })).toBeVisible();
      await expect(figure.getByRole('list', { name: lang.legend })).toBeVisible();
      await noEnglish(figure);

      // Each picture at a projector and a phone: nothing past its edges, nothing past the page's.
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        const shot = async (what: string, scope: Locator, svgs: Locator) => {
          await scope.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await noPageOverflow(page, `${what} at ${size.width}`);
          for (const svg of await svgs.all()) expect(await wordsOutside(svg), `${what} at ${size.width}: words past the picture`).toEqual([]);
          await page.screenshot({ path: shotPath(`views-${what}-${code}-${size.name}`) });
        };

        await page.getByRole('tab', { name: new RegExp(`^${lang.chain}`) }).click();
        // The tab may have been drawn anew: the block, its proof and the charts opened again if so.
        if (!(await merkle.isVisible())) await page.getByRole('button', { name: lang.block(block.height) }).first().click();
        const leaf = merkle.getByRole('button', { name: lang.leaf(3) });
        if ((await leaf.getAttribute('aria-pressed')) !== 'true') await leaf.click();
        await expect(leaf).toHaveAttribute('aria-pressed', 'true');
        if (!(await intervals.locator('svg').isVisible())) await charts.getByRole('heading', { name: lang.charts }).click();
        if (size.width < 600) await expect(merkle.getByTestId('merkle-svg')).toHaveAttribute('data-layout', 'outline');
        expect(await merkleTagsOutside(merkle), `Merkle tags at ${size.width}`).toEqual([]);
        await shot('merkle', leaf, merkle.getByTestId('merkle-svg'));
        await shot('charts', intervals, charts.locator('svg[role="img"]'));

        await page.getByRole('tab', { name: new RegExp(`^${lang.network}`) }).click();
        await shot('network', picture, picture);

        await page.getByRole('tab', { name: new RegExp(`^${lang.lab}`) }).click();
        await shot('lab-plot', figure.getByRole('img', { name: lang.plot }), figure.locator('svg[role="img"]'));
      }
    });
  });
}

/**
 * The Network panel in other languages: in Spanish its cards draw their own
 * words (node table, misbehaving peers, partition, link settings, simulated
 * mining, nodes, peers, resolve, miners, node log, statistics), a partition
 * and its heal report in Spanish, bad entries get their Spanish sentence and
 * change nothing, and no English is left on its headings and buttons;
 * screenshots in es, de and zh-CN at a projector and a phone
 * (e2e/screenshots/lang-network-*), each checked for nothing wider than the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './fixtures';

const LANGUAGES = {
  de: { locale: 'de-DE', explore: 'Das Netzwerk erkunden', closeTour: 'Rundgang schließen', network: 'Netzwerk', nodes: 'Knoten', partition: 'Teilen und wieder verbinden', log: 'Knoten-Log' },
  es: { locale: 'es-ES', explore: 'Explorar la red', closeTour: 'Cerrar el recorrido', network: 'Red', nodes: 'Nodos', partition: 'Dividir y reunir', log: 'Registro del nodo' },
  'zh-CN': { locale: 'zh-CN', explore: '探索网络', closeTour: '关闭导览', network: '网络', nodes: '节点', partition: '分割与恢复', log: '节点日志' },
} as const;
type Code = keyof typeof LANGUAGES;

async function openNetwork(page: Page, code: Code): Promise<void> {
  const lang = LANGUAGES[code];
  await page.goto('./');
  await page.waitForFunction(() => window.pocket !== undefined, null, { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await page.getByRole('button', { name: lang.explore }).click();
  await page.getByRole('button', { name: lang.closeTour }).click();
  await page.getByRole('tab', { name: new RegExp(`^${lang.network}`) }).click();
  await expect(page.getByRole('heading', { name: lang.nodes, exact: true })).toBeVisible({ timeout: 20_000 });
}

async function noPageOverflow(page: Page, where: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: the page must not scroll sideways`).toBeLessThanOrEqual(client);
}

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('shows the Network panel in Spanish: its forms, their checks, a partition and its heal', async ({ page }) => {
    test.setTimeout(120_000);
    await openNetwork(page, 'es');
    for (const heading of ['Pares que se portan mal', 'Dibujo', 'Dividir y reunir', 'Latencia, variación y pérdida de los enlaces', 'Minería simulada', 'Añadir o quitar un nodo', 'Registrar pares', 'Resolver conflictos', 'Dar un minero a un nodo', 'Registro del nodo', 'Estadísticas de la red'])
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    for (const button of ['Dividir', 'Reunir', 'Aplicar los ajustes de enlace', 'Mineros simulados', 'Añadir nodo', 'Registrar pares', 'Resolver conflictos', 'Fijar minero'])
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Parte del minero' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Elegir Node A' })).toBeVisible();
    await expect(page.getByLabel('Mostrar')).toContainText('Descarga inicial de bloques');
    for (const english of ['Misbehaving peers', 'Partition and heal', 'Simulated mining', 'Add or remove a node', 'Register peers', 'Resolve conflicts', 'Give a node a miner', 'Node log', 'Network statistics', 'Apply link settings', 'Miner share', 'Best chain'])
      await expect(page.getByText(english, { exact: true })).toHaveCount(0);

    // A bad latency and a loss of 100 % get their Spanish sentences, and the settings stay.
    const links = page.getByRole('region', { name: 'Latencia, variación y pérdida de los enlaces' });
    const current = await links.getByTestId('link-current').textContent();
    expect(current).toMatch(/^Ahora: [\d.,]+ ms de latencia/);
    await links.getByLabel('Latencia (ms)').fill('rápido');
    await links.getByLabel('Pérdida (%)').fill('100');
    await links.getByRole('button', { name: 'Aplicar los ajustes de enlace' }).click();
    await expect(links.getByText('La latencia debe ser un número de milisegundos, como 150.')).toBeVisible();
    await expect(links.getByText(/^La pérdida debe ser menor que el 100/)).toBeVisible();
    await expect(links.getByTestId('link-current')).toHaveText(current!);

    // A name already taken is refused in Spanish, and no node is added.
    const nodesBefore = await page.getByTestId('node-row').count();
    await page.getByLabel('Nombre del nuevo nodo').fill('Node A');
    await page.getByRole('button', { name: 'Añadir nodo' }).click();
    await expect(page.getByText('Ya hay un nodo llamado «Node A».')).toBeVisible();
    await expect(page.getByTestId('node-row')).toHaveCount(nodesBefore);

    // Everyone in one group is refused; a real split and its heal are reported in Spanish.
    const part = page.getByRole('region', { name: 'Dividir y reunir' });
    await expect(part.getByTestId('partition-status')).toContainText('Unida:');
    for (const node of ['Node A', 'Node B', 'Node C', 'Node D']) await part.getByRole('radio', { name: `${node} en el grupo 2` }).check();
    await part.getByRole('button', { name: 'Dividir', exact: true }).click();
    await expect(part.getByText('Pon al menos un nodo en cada grupo: si todos están en un lado, no se corta nada.')).toBeVisible();
    await part.getByRole('radio', { name: 'Node A en el grupo 1' }).check();
    await part.getByRole('button', { name: 'Dividir', exact: true }).click();
    await expect(part.getByTestId('partition-status')).toContainText('Dividida: grupo 1: Node A · grupo 2: Node B, Node C, Node D');
    await expect(page.getByTestId('node-row').first()).toContainText('grupo 1');
    await part.getByRole('button', { name: 'Reunir' }).click();
    await expect(part.getByTestId('partition-status')).toContainText('Unida:');

    // The node log's tags are Spanish too.
    await page.getByLabel('Mostrar').selectOption('peers');
    await expect(page.getByTestId('node-log')).toContainText('⇄ pares');
  });
});

const SIZES = [
  { name: '1280', width: 1280, height: 720 },
  { name: '390', width: 390, height: 844 },
] as const;

for (const code of Object.keys(LANGUAGES) as Code[]) {
  test.describe(`${code} network screenshots`, () => {
    test.use({ locale: LANGUAGES[code].locale });
    for (const size of SIZES) {
      test(`the Network panel in ${code} at ${size.width}x${size.height}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize({ width: size.width, height: size.height });
        await openNetwork(page, code);
        await noPageOverflow(page, 'Network');
        await screenshot(page, `lang-network-${code}-${size.name}-nodes`);
        await page.getByRole('heading', { name: LANGUAGES[code].partition, exact: true }).scrollIntoViewIfNeeded();
        await screenshot(page, `lang-network-${code}-${size.name}-partition`);
        await page.getByRole('heading', { name: LANGUAGES[code].log, exact: true }).scrollIntoViewIfNeeded();
        await noPageOverflow(page, 'Network, log');
        await screenshot(page, `lang-network-${code}-${size.name}-log`);
      });
    }
  });
}

/**
 * The mining engine on the Mining panel: before any mining the card says the
 * first run will measure the engines; "Mine one block" measures them (the
 * status says so), picks the fastest and mines with it; the card shows the
 * engine, its rate while mining and each engine's measured figure (the GPU
 * disabled with its reason in a Chromium without WebGPU); choosing JavaScript
 * switches the workers, is kept over a reload, and "Measure again" returns to
 * the fastest. An engine that cannot start here (the GPU without an adapter)
 * is stood in for, and the card says which and why. A bad engine through the
 * API is refused, naming the argument, and changes nothing. Screenshots at
 * 1280x720 and 390x844, light and dark.
 * (The GPU itself, on Chromium's WebGPU adapter: mining-engines.e2e.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { dismissToasts, openApp, openTab, screenshot } from './fixtures';

const running = (page: Page) => page.getByTestId('engine-running');

// Each test measures the engines and mines: half a minute on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('the first run measures the engines and mines with the fastest; the choice is the user\'s and is kept', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Mining');
  const card = page.getByTestId('engine-card');
  await expect(card.getByRole('heading', { name: 'Engine' })).toBeVisible();
  await expect(running(page)).toContainText('until the first mining run measures the engines');
  await expect(card.getByTestId('engine-note-wasm-simd')).toHaveText('not measured yet');

  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: /Block \d+ found by/ })).toBeVisible({ timeout: 30_000 });
  await expect(running(page)).toContainText('chosen by the self-benchmark as the fastest');
  const info = await page.evaluate(() => window.pocket.getMiningEngines());
  expect(info.chosen).not.toBeNull();
  // The pool reports its engine once its lanes have switched, a moment after the choice.
  await expect.poll(() => page.evaluate(async () => (await window.pocket.getMiningStats()).engine)).toBe(info.chosen);
  await expect(running(page)).toHaveAttribute('data-engine', info.chosen!);
  // Every CPU engine measured with its rate; the fastest marked; the GPU's absence explained.
  const best = info.benchmark!.measurements.reduce((a, b) => ((b.poolRate ?? 0) > (a.poolRate ?? 0) ? b : a));
  expect(best.engine).toBe(info.chosen);
  await expect(card.getByTestId(`engine-note-${best.engine}`)).toContainText('fastest here');
  for (const e of ['wasm-simd', 'js']) await expect(card.getByTestId(`engine-note-${e}`)).toHaveText(/H\/s on 1 worker|H\/s per worker/);
  const gpu = info.benchmark!.measurements.find((m) => m.engine === 'webgpu')!;
  expect(gpu.unavailable).not.toBeNull();
  await expect(card.getByRole('radio', { name: /GPU \(WebGPU\)/ })).toBeDisabled();
  await expect(card.getByTestId('engine-note-webgpu')).toHaveText(`unavailable here: ${gpu.unavailable}`);

  // The user's choice: the workers switch, the stats follow, the card says who chose.
  await card.getByRole('radio', { name: /JavaScript/ }).check();
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: 'Mining uses JavaScript now.' })).toBeVisible();
  await expect(running(page)).toHaveAttribute('data-engine', 'js');
  await expect(running(page)).toContainText('JavaScript, chosen by you');
  await expect(page.getByTestId('mining-mode')).toContainText(/Web Workers\s*JavaScript/);
  expect((await page.evaluate(() => window.pocket.getMiningStats())).engine).toBe('js');

  // Its rate while mining; "Measure again" is refused meanwhile, with the reason written out.
  await page.getByLabel('Expected hashes per block').fill('1e12');
  await page.getByRole('button', { name: 'Set difficulty' }).click();
  await page.getByRole('button', { name: 'Mine continuously' }).click();
  await expect(running(page)).toContainText(/[kM]H\/s/, { timeout: 10_000 });
  await expect(card.getByRole('button', { name: 'Measure again' })).toBeDisabled();
  await expect(card).toContainText('Stop mining to measure again');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('mining-status')).toContainText('Not mining.');

  // Kept over a reload.
  await page.evaluate(() => window.pocket.flush());
  await page.reload();
  await openApp(page);
  await openTab(page, 'Mining');
  await expect(running(page)).toContainText('JavaScript, chosen by you');
  await expect(card.getByRole('radio', { name: /JavaScript/ })).toBeChecked();

  // Measure again: the fastest mines again.
  await card.getByRole('button', { name: 'Measure again' }).click();
  await expect(running(page)).toContainText('chosen by the self-benchmark as the fastest', { timeout: 10_000 });
  expect((await page.evaluate(() => window.pocket.getMiningStats())).engine).toBe((await page.evaluate(() => window.pocket.getMiningEngines())).chosen);
});

test('a bad engine through the API is refused, naming the argument, and changes nothing', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'Mining');
  const before = await page.evaluate(() => window.pocket.getMiningEngines());
  const err = await page.evaluate(() => window.pocket.setMiningEngine('cuda' as never).then(() => null, (e: { code: string; field?: string; message: string }) => ({ code: e.code, field: e.field, message: e.message })));
  expect(err).toEqual({ code: 'bad-argument', field: 'engine', message: "The engine must be one of 'webgpu', 'wasm-simd', 'js'." });
  expect(await page.evaluate(() => window.pocket.getMiningEngines())).toEqual(before);
  await expect(running(page)).toContainText('until the first mining run measures the engines');
});

test('an engine that cannot start here is stood in for, and the card says which and why (390x844, dark)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await page.getByLabel('Theme').selectOption('dark');
  await openTab(page, 'Mining');
  // Chosen before any measurement, in a Chromium without a WebGPU adapter: the pool falls back to SIMD workers.
  await page.evaluate(() => window.pocket.setMiningEngine('webgpu'));
  await expect(running(page)).toContainText('WebAssembly SIMD, standing in for GPU (WebGPU)');
  const why = page.getByTestId('engine-fallback');
  await expect(why).toContainText(/Why: The GPU \(WebGPU\) miner could not start \(.+\); mining uses WebAssembly SIMD workers instead\./);
  expect(await page.evaluate(() => window.pocket.getMiningEngines())).toMatchObject({ chosen: 'webgpu', chosenBy: 'user', running: 'wasm-simd' });

  // The stand-in mines: a block the node accepts, with the engine in the stats.
  const height = (await page.evaluate(() => window.pocket.getNodes()))[0]!.height;
  await page.getByRole('button', { name: 'Mine one block' }).click();
  await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: `Block ${height + 1} found by` })).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => window.pocket.getMiningStats())).toMatchObject({ engine: 'wasm-simd', blocksFound: 1 });
  await dismissToasts(page);
  await page.getByTestId('engine-card').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await screenshot(page, 'mining-engine-fallback-390-dark');

  // Choosing an engine that runs here ends the fallback and its reason.
  await page.getByTestId('engine-card').getByRole('radio', { name: /WebAssembly SIMD/ }).check();
  await expect(running(page)).toContainText('WebAssembly SIMD, chosen by you');
  await expect(why).toHaveCount(0);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the engine card after the self-benchmark, while mining, at ${size.width}x${size.height}, ${theme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page);
      await page.getByLabel('Theme').selectOption(theme);
      await openTab(page, 'Mining');
      await page.getByLabel('Expected hashes per block').fill('1e12');
      await page.getByRole('button', { name: 'Set difficulty' }).click();
      await page.getByRole('button', { name: 'Mine continuously' }).click();
      await expect(running(page)).toContainText('chosen by the self-benchmark', { timeout: 30_000 });
      await expect(running(page)).toContainText(/[kM]H\/s/, { timeout: 10_000 });
      await page.waitForTimeout(1000);
      await dismissToasts(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, 'the page must not scroll sideways').toBeLessThanOrEqual(client);
      await page.getByTestId('engine-card').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await screenshot(page, `mining-engine-${size.width}-${theme}`);
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(page.getByTestId('mining-status')).toContainText('Not mining.');
    });
  }
}

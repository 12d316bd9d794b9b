/**
 * The mining engines in real Chromium, through the real workers of
 * src/workers (built into a harness page, e2e/harness/miners.ts): the GPU
 * miner on the WebGPU adapter Chromium exposes with --enable-unsafe-webgpu
 * (a software one here), and the WebAssembly SIMD worker. Each must find
 * exactly the nonce the JavaScript kernel finds (computed here in Node) on
 * several headers and easy targets, and a pool running it must go quiet when
 * cancelled. Where Chromium has no adapter, the GPU tests say so and skip.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from './chromium';
import { dismissToasts, openApp, openTab, screenshot } from './fixtures';
import { serveStatic, type StaticServer } from './static-server';
import { createKernel } from '../src/core/sha256d-kernel';
import { serializeHeader, NONCE_OFFSET, type BlockHeader } from '../src/core/header';
import { bitsToTarget, hashToBigInt } from '../src/core/pow';
import { sha256d } from '../src/core/hash';
import { bytesToHex } from '../src/core/bytes';
import fixtures from '../src/core/fixtures/bitcoin-blocks.json' with { type: 'json' };
import type { MinersHarness } from './harness/miners';
import type { MiningEngine } from '../src/workers/mining-engine';

// Only this file's browser gets WebGPU: every other spec keeps the usual flags.
test.use({ launchOptions: chromiumLaunchOptions(['--enable-unsafe-webgpu']) });
test.describe.configure({ mode: 'serial' });

const HARNESS = fileURLToPath(new URL('../dist-harness/', import.meta.url));
let server: StaticServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await build({ configFile: fileURLToPath(new URL('./harness/vite.config.ts', import.meta.url)), logLevel: 'warn' });
  server = await serveStatic(HARNESS, '/');
});
test.afterAll(async () => server?.close());

type W = { minersHarness: MinersHarness; harnessReady?: boolean };

async function openHarness(page: Page): Promise<void> {
  await page.goto(`${server.url}miners.html`);
  await page.waitForFunction(() => (window as unknown as W).harnessReady === true, null, { timeout: 30_000 });
}

/** xorshift32: reproducible headers, so a failure names a case that replays. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

interface Case {
  readonly name: string;
  readonly header: Uint8Array;
  readonly target: bigint;
  readonly from: number;
  readonly to: number;
}

/** Random headers at targets from 1 in 64 to 1 in 4096, one tie of the top word, and Bitcoin's genesis block. */
function cases(): Case[] {
  const next = prng(0x69b);
  const list: Case[] = [];
  for (let i = 0; i < 8; i++) {
    const header = Uint8Array.from({ length: 80 }, () => next() & 0xff);
    const from = next() % 0xf000_0000;
    list.push({ name: `random header ${i}, 1 in 2^${6 + (i % 7)}`, header, target: (1n << 256n) >> BigInt(6 + (i % 7)), from, to: from + 40_000 });
  }
  const header = Uint8Array.from({ length: 80 }, () => next() & 0xff);
  const withNonce = Uint8Array.from(header);
  new DataView(withNonce.buffer).setUint32(NONCE_OFFSET, 1234, true);
  list.push({ name: 'target equal to the hash of nonce 1234 (top words tie)', header, target: hashToBigInt(sha256d(withNonce)), from: 0, to: 5000 });
  const g = fixtures.blocks.find((b) => b.height === 0)!;
  const genesis: BlockHeader = { version: g.version, prevHash: g.prevHash, merkleRoot: g.merkleRoot, time: g.time, bits: g.bits, nonce: 0 };
  list.push({ name: 'Bitcoin genesis header at its real target', header: serializeHeader(genesis), target: bitsToTarget(g.bits), from: g.nonce - 20_000, to: g.nonce + 20_000 });
  return list;
}

async function expectSameNoncesAsJs(page: Page, engine: MiningEngine): Promise<void> {
  let wins = 0;
  for (const c of cases()) {
    const expected = createKernel(c.header, c.target).scan(c.from, c.to);
    const got = await page.evaluate(
      ([e, h, t, from, to]) => (window as unknown as W).minersHarness.scan(e, h, t, from, to),
      [engine, bytesToHex(c.header), c.target.toString(16), c.from, c.to] as const,
    );
    expect({ nonce: got.nonce, hashes: got.hashes }, c.name).toEqual(expected);
    if (got.nonce !== null) wins++;
  }
  // Most ranges hold a win: a miner that never reports one cannot pass.
  expect(wins).toBeGreaterThanOrEqual(8);
}

async function expectCancelStops(page: Page, engine: MiningEngine): Promise<void> {
  const run = await page.evaluate((e) => (window as unknown as W).minersHarness.cancelRun(e, 5), engine);
  expect(run.engine).toBe(engine);
  expect(run.hashesWhileMining).toBeGreaterThan(0);
  expect(run.hashesAfterCancel).toBe(0);
  expect(run.busyAfterCancel).toBe(false);
  test.info().annotations.push({ type: 'cancel latency (ms)', description: run.cancelMs.map((ms) => ms.toFixed(1)).join(', ') });
}

test.describe('GPU miner (WebGPU)', () => {
  test.beforeEach(async ({ page }) => {
    await openHarness(page);
    const adapter = await page.evaluate(() => (window as unknown as W).minersHarness.adapter());
    test.skip(adapter === null, 'Chromium exposes no WebGPU adapter on this machine (navigator.gpu.requestAdapter() gave null)');
    test.info().annotations.push({ type: 'adapter', description: adapter! });
  });

  test('starts on the adapter and finds the nonce the JavaScript kernel finds, on several headers and easy targets', async ({ page }) => {
    const status = await page.evaluate(() => (window as unknown as W).minersHarness.start('webgpu'));
    expect(status.engine).toBe('webgpu');
    expect(status.device).toBeTruthy();
    await expectSameNoncesAsJs(page, 'webgpu');
  });

  test('a pool on the GPU mines, and cancel stops it', async ({ page }) => {
    await expectCancelStops(page, 'webgpu');
  });

  test('in the app: measured on the Mining panel, chosen there, the GPU mines a block the node accepts', async ({ page }) => {
    // The app boots, measures three engines and mines on a software adapter: slow on a loaded 2-core machine.
    test.setTimeout(120_000);
    await openApp(page);
    await openTab(page, 'Mining');
    const card = page.getByTestId('engine-card');
    await card.getByRole('button', { name: 'Measure the engines' }).click();
    await expect(card.getByTestId('engine-note-webgpu')).toContainText('H/s on google swiftshader', { timeout: 30_000 });
    await card.getByRole('radio', { name: /GPU \(WebGPU\)/ }).check();
    await expect(card.getByTestId('engine-running')).toHaveAttribute('data-engine', 'webgpu', { timeout: 30_000 });
    await expect(card.getByTestId('engine-running')).toContainText('GPU (WebGPU) on google swiftshader (software), chosen by you');
    const height = (await page.evaluate(() => window.pocket.getNodes()))[0]!.height;
    await page.getByRole('button', { name: 'Mine one block' }).click();
    await expect(page.getByLabel('Notifications').getByRole('status').filter({ hasText: `Block ${height + 1} found by` })).toBeVisible({ timeout: 30_000 });
    const stats = await page.evaluate(() => window.pocket.getMiningStats());
    expect(stats).toMatchObject({ engine: 'webgpu', engineDevice: 'google swiftshader (software)', workers: 1, blocksFound: 1 });
    await expect(page.getByTestId('mining-mode')).toContainText('GPU worker');
    await dismissToasts(page);
    await card.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'mining-engine-gpu-1280-light');
  });
});

test('the engine self-benchmark measures every engine in real workers and picks the fastest for the pool', async ({ page }) => {
  await openHarness(page);
  const adapter = await page.evaluate(() => (window as unknown as W).minersHarness.adapter());
  const r = await page.evaluate(() => (window as unknown as W).minersHarness.benchmark(1));
  test.info().annotations.push({ type: 'self-benchmark', description: `${r.elapsedMs.toFixed(0)} ms: ${r.measurements.map((m) => `${m.engine} ${m.poolRate === null ? m.unavailable : `${(m.poolRate / 1e6).toFixed(2)} M/s`}`).join(', ')}` });
  expect(r.measurements.map((m) => m.engine)).toEqual(['js', 'wasm-simd', 'webgpu']);
  for (const m of r.measurements.filter((m) => m.engine !== 'webgpu')) expect(m.poolRate, m.engine).toBeGreaterThan(0);
  const gpu = r.measurements.find((m) => m.engine === 'webgpu')!;
  if (adapter === null) expect(gpu.unavailable).toMatch(/adapter/);
  else expect(gpu.poolRate).toBeGreaterThan(0);
  const fastest = r.measurements.reduce((a, b) => ((b.poolRate ?? 0) > (a.poolRate ?? 0) ? b : a));
  expect(r.best).toBe(fastest.engine);
});

test.describe('WebAssembly SIMD worker', () => {
  test.beforeEach(async ({ page }) => openHarness(page));

  test('runs SIMD in Chromium\'s worker and finds the nonce the JavaScript kernel finds', async ({ page }) => {
    const status = await page.evaluate(() => (window as unknown as W).minersHarness.start('wasm-simd'));
    expect(status).toEqual({ engine: 'wasm-simd', notice: null, device: null });
    await expectSameNoncesAsJs(page, 'wasm-simd');
  });

  test('a pool on SIMD workers mines, and cancel stops it', async ({ page }) => {
    await expectCancelStops(page, 'wasm-simd');
  });
});

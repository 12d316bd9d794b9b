/**
 * The mining engine (src/app/mining-engine-service.ts) in the running app, through the API: the self-benchmark
 * before the first run (and only then), the choice kept in the settings over
 * a reload and a reset but not taken from an imported file, the user's choice,
 * the GPU switch, bad arguments refused naming the argument and changing
 * nothing. The lanes are in-process (no GPU, as a browser without an adapter),
 * or a stand-in GPU that hashes in-process where a GPU must win.
 */
import { describe, expect, it } from 'vitest';
import { type ChainStore } from '../storage/index';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool, type BackendFactory, type MinerBackend } from '../workers/index';
import { createMainThreadBackend } from '../workers/main-thread-backend';
import { inProcessWorkers } from '../workers/testing';
import { createPocketApi } from './pocket-api';
import { PocketApp } from '../app/pocket-app';
import { PocketError } from '../app/errors';
import { regtestDemo } from '../app/testing';

async function open(o: { store?: ChainStore; factory?: BackendFactory } = {}) {
  const store = o.store ?? createMemoryStore();
  const pool = new MiningPool({ workers: 1, engine: 'wasm-simd', backendFactory: o.factory ?? inProcessWorkers });
  const app = await PocketApp.open({ store, pool, buildState: async (seed, params) => regtestDemo(seed, params) });
  // Lanes start asynchronously (a SIMD lane compiles its kernel first): `running` is null until they are up.
  await pool.ready;
  return { app, api: createPocketApi(app), store, pool };
}

async function rejection(p: Promise<unknown>): Promise<PocketError> {
  try {
    await p;
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a rejection');
}

/** A GPU that hashes in this process and claims a huge rate, so the self-benchmark picks it. */
async function standInGpu(): Promise<MinerBackend> {
  const inner = await createMainThreadBackend('wasm-simd');
  return { ...inner, kind: 'worker', status: { engine: 'webgpu', notice: null, device: 'Stand-in GPU' }, chunkMs: 10, measure: async () => 5e9 };
}
const withGpu: BackendFactory = (i, engine) => (engine === 'webgpu' ? standInGpu() : inProcessWorkers(i, engine));

describe('the engine self-benchmark', () => {
  it('runs before the first mining run only, keeps its choice and figures, and puts the winner on the pool', async () => {
    const { app, api } = await open();
    expect(await api.getMiningEngines()).toMatchObject({ chosen: null, chosenBy: null, running: 'wasm-simd', gpuAllowed: true, benchmark: null });
    const [wallet] = await api.getWallets();
    await api.mineBlock(wallet!.address);
    const info = await api.getMiningEngines();
    expect(info.chosenBy).toBe('benchmark');
    expect(info.benchmark!.measurements.map((m) => m.engine)).toEqual(['js', 'wasm-simd', 'webgpu']);
    expect(info.benchmark!.measurements.find((m) => m.engine === 'webgpu')!.unavailable).toBe('no WebGPU adapter in this process');
    const fastest = info.benchmark!.measurements.reduce((a, b) => ((b.poolRate ?? 0) > (a.poolRate ?? 0) ? b : a));
    expect(info.chosen).toBe(fastest.engine);
    expect((await api.getMiningStats()).engine).toBe(info.chosen);
    expect(app.settings.current.engineBenchmark).toEqual(info.benchmark);
    // A second run does not measure again.
    await api.mineBlock(wallet!.address);
    expect(await api.getMiningEngines()).toEqual(info);
  });

  it('picks the GPU when it is fastest, and the mining stats say so with its name', async () => {
    const { api } = await open({ factory: withGpu });
    const [wallet] = await api.getWallets();
    await api.mineBlock(wallet!.address);
    expect((await api.getMiningEngines()).chosen).toBe('webgpu');
    expect(await api.getMiningStats()).toMatchObject({ engine: 'webgpu', engineDevice: 'Stand-in GPU', workers: 1 });
  });

  it('a Stop pressed while the engines are measured is not followed by a start', async () => {
    const { app, api } = await open();
    const started = app.mining.startMining(app.nodes.selected.id, (await api.getWallets())[0]!.address);
    expect(app.engines.view.measuring).toBe(true);
    await app.mining.stopMining();
    expect((await rejection(started)).code).toBe('mining-stopped');
    expect(app.mining.mining).toBe(false);
    expect(app.engines.view.measuring).toBe(false);
  });
});

describe('choosing the engine', () => {
  it('setMiningEngine switches the pool and is kept over a reload and a reset', async () => {
    const store = createMemoryStore();
    const { app, api } = await open({ store });
    await api.setMiningEngine('js');
    expect(await api.getMiningEngines()).toMatchObject({ chosen: 'js', chosenBy: 'user', running: 'js' });
    const [wallet] = await api.getWallets();
    const mined = await api.mineBlock(wallet!.address);
    expect(mined.height).toBeGreaterThan(0);
    expect(app.settings.current.engineBenchmark).toBeNull(); // chosen by hand: nothing was measured
    await app.lifecycle.flush();

    const again = await open({ store });
    expect(await again.api.getMiningEngines()).toMatchObject({ chosen: 'js', chosenBy: 'user', running: 'js' });
    await again.api.resetSystem({ seed: 'another class' });
    expect(await again.api.getMiningEngines()).toMatchObject({ chosen: 'js', chosenBy: 'user' });
  });

  it('an imported file does not bring another device\'s engine settings', async () => {
    const other = await open();
    await other.api.setMiningEngine('js');
    await other.api.setGpuMining(false);
    const file = await other.api.exportState({ includeWallets: true });
    const here = await open();
    await here.api.setMiningEngine('wasm-simd');
    await here.api.importState(file);
    expect(await here.api.getMiningEngines()).toMatchObject({ chosen: 'wasm-simd', chosenBy: 'user', gpuAllowed: true });
  });

  it('refuses an unknown engine, an unavailable one and a GPU turned off, naming the argument and changing nothing', async () => {
    const { app, api } = await open();
    const [wallet] = await api.getWallets();
    await api.mineBlock(wallet!.address); // measures: no GPU here
    const before = await api.getMiningEngines();
    const unknown = await rejection(api.setMiningEngine('cuda' as never));
    expect([unknown.code, unknown.field, unknown.message]).toEqual(['bad-argument', 'engine', "The engine must be one of 'webgpu', 'wasm-simd', 'js'."]);
    const missing = await rejection(api.setMiningEngine('webgpu'));
    expect([missing.code, missing.field]).toEqual(['engine-unavailable', 'engine']);
    expect(missing.message).toBe('GPU (WebGPU) cannot mine in this browser: no WebGPU adapter in this process.');
    await api.setGpuMining(false);
    const off = await rejection(api.setMiningEngine('webgpu'));
    expect([off.code, off.field, off.message]).toEqual(['bad-argument', 'engine', 'The GPU is turned off: turn it on before choosing it.']);
    expect((await rejection(api.setGpuMining('yes' as never))).field).toBe('on');
    expect(await api.getMiningEngines()).toEqual({ ...before, gpuAllowed: false });
    expect(app.engines.view.running).toBe(before.running);
  });

  it('turning the GPU off while it is the engine hands over to the fastest CPU engine measured', async () => {
    const { api } = await open({ factory: withGpu });
    const [wallet] = await api.getWallets();
    await api.mineBlock(wallet!.address);
    expect((await api.getMiningEngines()).running).toBe('webgpu');
    await api.setGpuMining(false);
    const info = await api.getMiningEngines();
    const cpu = info.benchmark!.measurements.filter((m) => m.engine !== 'webgpu').reduce((a, b) => ((b.poolRate ?? 0) > (a.poolRate ?? 0) ? b : a));
    expect(info).toMatchObject({ gpuAllowed: false, chosen: cpu.engine, running: cpu.engine });
    // Measured again with the GPU off, the GPU is not even tried.
    const again = await api.measureMiningEngines();
    expect(again.measurements.find((m) => m.engine === 'webgpu')!.unavailable).toBe('the GPU is turned off in the settings');
  });

  it('refuses to measure while mining', async () => {
    const { app, api } = await open();
    await app.engines.choose('js');
    await api.startMining({ address: (await api.getWallets())[0]!.address });
    const busy = await rejection(api.measureMiningEngines());
    expect(busy.code).toBe('mining-busy');
    await api.stopMining();
  });
});

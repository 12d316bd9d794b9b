/**
 * The engine self-benchmark in Node with in-process backends (the GPU is
 * faked: its real run is in e2e/mining-engines.e2e.ts): every engine is
 * measured or named unavailable with its reason, the pool rate is the lane
 * rate times the lanes, and the best is the highest pool rate.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkEngines } from './engine-benchmark';
import type { BackendFactory, MinerBackend } from './miner-backend';
import type { MiningEngine } from './mining-engine';
import { inProcessWorkers } from './testing';

/** A backend that claims an engine and a fixed rate, and records that it was disposed. */
function fixed(engine: MiningEngine, rate: number, disposed: MiningEngine[], notice: string | null = null): MinerBackend {
  return {
    kind: 'worker',
    status: { engine, notice, device: engine === 'webgpu' ? 'Fake GPU' : null },
    scan: () => Promise.reject(new Error('not used')),
    measure: () => Promise.resolve(rate),
    dropQueued: () => {},
    dispose: () => disposed.push(engine),
  };
}

describe('benchmarkEngines', () => {
  it('measures the CPU engines in real in-process workers and names the missing GPU\'s reason', async () => {
    const r = await benchmarkEngines({ workers: 2, msPerEngine: 40, backendFactory: inProcessWorkers });
    const by = Object.fromEntries(r.measurements.map((m) => [m.engine, m]));
    for (const e of ['js', 'wasm-simd'] as const) {
      expect(by[e]!.laneRate).toBeGreaterThan(0);
      expect(by[e]!.lanes).toBe(2);
      expect(by[e]!.poolRate).toBe(by[e]!.laneRate! * 2);
      expect(by[e]!.unavailable).toBeNull();
    }
    expect(by.webgpu).toMatchObject({ laneRate: null, poolRate: null, unavailable: 'no WebGPU adapter in this process' });
    const fastest = r.measurements.reduce((a, b) => ((b.poolRate ?? 0) > (a.poolRate ?? 0) ? b : a));
    expect(r.best).toBe(fastest.engine);
    expect(r.elapsedMs).toBeGreaterThan(0);
  });

  it('picks the GPU when its one lane beats the CPU workers together, and frees every backend', async () => {
    const disposed: MiningEngine[] = [];
    const rates: Record<MiningEngine, number> = { js: 1e6, 'wasm-simd': 5e6, webgpu: 12e6 };
    const factory: BackendFactory = (_i, engine) => fixed(engine, rates[engine], disposed);
    const twoWorkers = await benchmarkEngines({ workers: 2, backendFactory: factory });
    expect(twoWorkers.best).toBe('webgpu');
    expect(twoWorkers.measurements.find((m) => m.engine === 'webgpu')).toMatchObject({ lanes: 1, poolRate: 12e6, device: 'Fake GPU' });
    // With three workers the SIMD pool (15 M/s) beats the same GPU.
    expect((await benchmarkEngines({ workers: 3, backendFactory: factory })).best).toBe('wasm-simd');
    expect(disposed.sort()).toEqual(['js', 'js', 'wasm-simd', 'wasm-simd', 'webgpu', 'webgpu']);
  });

  it('does not touch the GPU when the setting turns it off', async () => {
    const asked: MiningEngine[] = [];
    const factory: BackendFactory = (_i, engine) => {
      asked.push(engine);
      return fixed(engine, 1e6, []);
    };
    const r = await benchmarkEngines({ workers: 1, allowGpu: false, backendFactory: factory });
    expect(asked).toEqual(['js', 'wasm-simd']);
    expect(r.measurements.find((m) => m.engine === 'webgpu')!.unavailable).toBe('the GPU is turned off in the settings');
  });

  it('an engine that fell back (no SIMD) is unavailable with its notice, and JavaScript remains', async () => {
    const factory: BackendFactory = (_i, engine) =>
      engine === 'wasm-simd' ? fixed('js', 1e6, [], 'WebAssembly SIMD is unavailable (no SIMD)') : engine === 'webgpu' ? Promise.reject(new Error('no WebGPU adapter is available')) : fixed('js', 1e6, []);
    const r = await benchmarkEngines({ workers: 1, backendFactory: factory });
    expect(r.best).toBe('js');
    expect(r.measurements.map((m) => [m.engine, m.unavailable])).toEqual([
      ['js', null],
      ['wasm-simd', 'WebAssembly SIMD is unavailable (no SIMD)'],
      ['webgpu', 'no WebGPU adapter is available'],
    ]);
  });

  it('checks its arguments, naming them', async () => {
    await expect(benchmarkEngines({ workers: 0 })).rejects.toThrow(/workers must be a positive integer, got 0/);
    await expect(benchmarkEngines({ workers: 1, msPerEngine: -5 })).rejects.toThrow(/msPerEngine must be a positive number/);
  });
});

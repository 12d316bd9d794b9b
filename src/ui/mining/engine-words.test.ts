import { describe, expect, it } from 'vitest';
import { engineOptions, isFallback, runningEngineText, type RunningEngine } from './engine-words';
import type { EngineBenchmark, MiningEngine } from '../../workers/index';

const benchmark: EngineBenchmark = {
  best: 'wasm-simd',
  elapsedMs: 480,
  measurements: [
    { engine: 'js', laneRate: 1.6e6, lanes: 2, poolRate: 3.2e6, device: null, unavailable: null },
    { engine: 'wasm-simd', laneRate: 5.1e6, lanes: 2, poolRate: 10.2e6, device: null, unavailable: null },
    { engine: 'webgpu', laneRate: null, lanes: 1, poolRate: null, device: null, unavailable: 'no WebGPU adapter is available' },
  ],
};

describe('engineOptions', () => {
  it('gives each engine its measured rate or the reason it cannot mine, GPU first', () => {
    expect(engineOptions(benchmark, true)).toEqual([
      { engine: 'webgpu', name: 'GPU (WebGPU)', note: 'unavailable here: no WebGPU adapter is available', disabled: true },
      { engine: 'wasm-simd', name: 'WebAssembly SIMD', note: '10.2 MH/s (5.10 MH/s per worker × 2) — fastest here', disabled: false },
      { engine: 'js', name: 'JavaScript', note: '3.20 MH/s (1.60 MH/s per worker × 2)', disabled: false },
    ]);
  });

  it('names the GPU\'s adapter, says one worker plainly, and disables a GPU that is turned off', () => {
    const gpu: EngineBenchmark = {
      best: 'webgpu',
      elapsedMs: 700,
      measurements: [
        { engine: 'js', laneRate: 1.5e6, lanes: 1, poolRate: 1.5e6, device: null, unavailable: null },
        { engine: 'wasm-simd', laneRate: 5e6, lanes: 1, poolRate: 5e6, device: null, unavailable: null },
        { engine: 'webgpu', laneRate: 2.4e8, lanes: 1, poolRate: 2.4e8, device: 'nvidia ampere', unavailable: null },
      ],
    };
    expect(engineOptions(gpu, true).map((o) => o.note)).toEqual(['240 MH/s on nvidia ampere — fastest here', '5.00 MH/s on 1 worker', '1.50 MH/s on 1 worker']);
    expect(engineOptions(gpu, false)[0]).toEqual({ engine: 'webgpu', name: 'GPU (WebGPU)', note: 'turned off below', disabled: true });
  });

  it('before any measurement every engine is "not measured yet" and may be chosen', () => {
    expect(engineOptions(null, true).map((o) => [o.note, o.disabled])).toEqual([
      ['not measured yet', false],
      ['not measured yet', false],
      ['not measured yet', false],
    ]);
  });
});

describe('runningEngineText and isFallback', () => {
  const runs = (running: MiningEngine | null, requested: MiningEngine, o: { device?: string; mainThread?: boolean } = {}): RunningEngine => ({
    running,
    requested,
    device: o.device ?? null,
    mainThread: o.mainThread ?? false,
  });

  it('says which engine mines and who chose it', () => {
    expect(runningEngineText(runs('wasm-simd', 'wasm-simd'), 'wasm-simd', 'benchmark')).toBe('WebAssembly SIMD, chosen by the self-benchmark as the fastest');
    expect(runningEngineText(runs('js', 'js'), 'js', 'user')).toBe('JavaScript, chosen by you');
    expect(runningEngineText(runs('webgpu', 'webgpu', { device: 'google swiftshader (software)' }), 'webgpu', 'user')).toBe('GPU (WebGPU) on google swiftshader (software), chosen by you');
    expect(isFallback(runs('webgpu', 'webgpu', { device: 'x' }))).toBe(false);
  });

  it('says what a fallback stands in for: another engine, or Web Workers', () => {
    const gpuLost = runs('wasm-simd', 'webgpu');
    expect(runningEngineText(gpuLost, 'webgpu', 'benchmark')).toBe('WebAssembly SIMD, standing in for GPU (WebGPU)');
    expect(isFallback(gpuLost)).toBe(true);
    const noSimd = runs('js', 'wasm-simd');
    expect(runningEngineText(noSimd, null, null)).toBe('JavaScript, standing in for WebAssembly SIMD');
    expect(isFallback(noSimd)).toBe(true);
    const noWorkers = runs('js', 'js', { mainThread: true });
    expect(runningEngineText(noWorkers, 'js', 'user')).toBe("JavaScript on the page's main thread, standing in for Web Workers");
    expect(isFallback(noWorkers)).toBe(true);
  });

  it('says when nothing was measured yet, and while starting', () => {
    expect(runningEngineText(runs('wasm-simd', 'wasm-simd'), null, null)).toBe('WebAssembly SIMD, until the first mining run measures the engines');
    expect(runningEngineText(runs(null, 'wasm-simd'), null, null)).toBe('Starting…');
    expect(isFallback(runs(null, 'webgpu'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { engineOptions, runningEngineText } from './engine-words';
import type { EngineBenchmark } from '../../workers/index';

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

describe('runningEngineText', () => {
  it('says which engine mines and who chose it', () => {
    expect(runningEngineText('wasm-simd', 'wasm-simd', 'benchmark', null)).toBe('WebAssembly SIMD, chosen by the self-benchmark as the fastest');
    expect(runningEngineText('js', 'js', 'user', null)).toBe('JavaScript, chosen by you');
    expect(runningEngineText('webgpu', 'webgpu', 'user', 'google swiftshader (software)')).toBe('GPU (WebGPU) on google swiftshader (software), chosen by you');
  });

  it('says when a fallback stands in, when nothing was measured yet, and while starting', () => {
    expect(runningEngineText('wasm-simd', 'webgpu', 'benchmark', null)).toBe('WebAssembly SIMD, standing in for GPU (WebGPU) (see the notice)');
    expect(runningEngineText('wasm-simd', null, null, null)).toBe('WebAssembly SIMD, until the first mining run measures the engines');
    expect(runningEngineText(null, null, null, null)).toBe('Starting…');
  });
});

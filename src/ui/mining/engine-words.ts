/**
 * Words for the mining engine card: each engine's line in the choice (its
 * measured rate, or why it cannot mine here), and the sentence saying which
 * engine mines now and why it is that one. Pure, tested in Node.
 */
import { ENGINE_NAMES, type MiningEngine } from '../../api/index';
import type { EngineBenchmark } from '../../workers/index';
import { formatHashRate } from './mining-format';

export interface EngineOption {
  readonly engine: MiningEngine;
  readonly name: string;
  /** The figure or the reason, after the name. */
  readonly note: string;
  /** It cannot be chosen: the GPU is turned off, or the engine is missing in this browser. */
  readonly disabled: boolean;
}

/** One line per engine, fastest kind first, from the last self-benchmark (if any). */
export function engineOptions(benchmark: EngineBenchmark | null, gpuAllowed: boolean): EngineOption[] {
  return (['webgpu', 'wasm-simd', 'js'] as const).map((engine) => {
    const name = ENGINE_NAMES[engine];
    if (engine === 'webgpu' && !gpuAllowed) return { engine, name, note: 'turned off below', disabled: true };
    const m = benchmark?.measurements.find((x) => x.engine === engine);
    if (!m) return { engine, name, note: 'not measured yet', disabled: false };
    if (m.unavailable !== null || m.laneRate === null || m.poolRate === null) return { engine, name, note: `unavailable here: ${m.unavailable ?? 'did not start'}`, disabled: true };
    const fastest = benchmark!.best === engine ? ' — fastest here' : '';
    if (engine === 'webgpu') return { engine, name, note: `${formatHashRate(m.poolRate)}${m.device ? ` on ${m.device}` : ''}${fastest}`, disabled: false };
    const per = m.lanes === 1 ? '1 worker' : `${formatHashRate(m.laneRate)} per worker × ${m.lanes}`;
    return { engine, name, note: `${formatHashRate(m.poolRate)}${m.lanes === 1 ? ` on ${per}` : ` (${per})`}${fastest}`, disabled: false };
  });
}

/** "WebAssembly SIMD, chosen by the self-benchmark" and the like; null engine: nothing runs yet. */
export function runningEngineText(running: MiningEngine | null, chosen: MiningEngine | null, chosenBy: 'benchmark' | 'user' | null, device: string | null): string {
  if (running === null) return 'Starting…';
  const where = running === 'webgpu' && device ? ` on ${device}` : '';
  if (chosen === null) return `${ENGINE_NAMES[running]}${where}, until the first mining run measures the engines`;
  if (running !== chosen) return `${ENGINE_NAMES[running]}${where}, standing in for ${ENGINE_NAMES[chosen]} (see the notice)`;
  return `${ENGINE_NAMES[running]}${where}, chosen ${chosenBy === 'user' ? 'by you' : 'by the self-benchmark as the fastest'}`;
}

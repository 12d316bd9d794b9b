/**
 * Words for the mining engine card: each engine's line in the choice (its
 * measured rate, or why it cannot mine here), and the sentence saying which
 * engine mines now and why it is that one (or what it stands in for, when the
 * pool fell back). Pure, tested in Node.
 */
import { ENGINE_NAMES, type MiningEngine } from '../../api/index';
import type { EngineBenchmark } from '../../workers/index';
import { formatHashRate } from './mining-format';
import { text } from './text';

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
    if (engine === 'webgpu' && !gpuAllowed) return { engine, name, note: text.engine.turnedOff, disabled: true };
    const m = benchmark?.measurements.find((x) => x.engine === engine);
    if (!m) return { engine, name, note: text.engine.notMeasured, disabled: false };
    if (m.unavailable !== null || m.laneRate === null || m.poolRate === null)
      return { engine, name, note: text.engine.unavailable(m.unavailable ?? text.engine.didNotStart), disabled: true };
    const fastest = benchmark!.best === engine ? text.engine.fastestHere : '';
    const rate = formatHashRate(m.poolRate);
    if (engine === 'webgpu') return { engine, name, note: `${text.engine.gpuRate(rate, m.device)}${fastest}`, disabled: false };
    const note = m.lanes === 1 ? text.engine.oneWorker(rate) : text.engine.perWorker(rate, formatHashRate(m.laneRate), m.lanes);
    return { engine, name, note: `${note}${fastest}`, disabled: false };
  });
}

/** What the pool runs, as the engine card reads it from the pool's stats. */
export interface RunningEngine {
  /** The engine hashing now (null while the workers start). */
  readonly running: MiningEngine | null;
  /** The engine the pool was asked for: a fallback runs another one. */
  readonly requested: MiningEngine;
  /** The GPU adapter's name when the GPU mines. */
  readonly device: string | null;
  /** Web Workers were refused: the page's main thread mines in short slices. */
  readonly mainThread: boolean;
}

/** Another engine than the one asked for mines, or the main thread does: the card then gives the pool's reason. */
export function isFallback(r: RunningEngine): boolean {
  return r.mainThread || (r.running !== null && r.running !== r.requested);
}

/** "WebAssembly SIMD, chosen by the self-benchmark as the fastest" and the like. */
export function runningEngineText(r: RunningEngine, chosen: MiningEngine | null, chosenBy: 'benchmark' | 'user' | null): string {
  if (r.running === null) return text.engine.starting;
  const name = ENGINE_NAMES[r.running];
  if (r.mainThread) {
    const onMain = text.engine.mainThread(name);
    return r.running !== r.requested ? text.engine.standingIn(onMain, ENGINE_NAMES[r.requested]) : text.engine.mainThreadWorkers(onMain);
  }
  const running = r.running === 'webgpu' && r.device ? text.engine.onDevice(name, r.device) : name;
  if (r.running !== r.requested) return text.engine.standingIn(running, ENGINE_NAMES[r.requested]);
  if (chosen === null) return text.engine.untilMeasured(running);
  return chosenBy === 'user' ? text.engine.chosenByYou(running) : text.engine.chosenByBenchmark(running);
}

/**
 * The mining engine's settings: which engine mines (chosen by the engine
 * self-benchmark the first time mining starts, or by the user), whether the
 * GPU may mine at all, and the figures the last self-benchmark measured.
 * They describe this device, not the chain: a reset keeps them and an import
 * does not bring another device's (lifecycle-service.ts, state-file-service.ts).
 * readEngineSettings checks them field by field as readSettings does.
 */
import type { JsonObject } from '../storage/index';
// From the files, not the workers barrel: the barrel would bring the mining pool's code with the page.
import { MINING_ENGINES, isMiningEngine, type MiningEngine } from '../workers/mining-engine';
import type { EngineBenchmark, EngineMeasurement } from '../workers/engine-benchmark';

export interface EngineSettings {
  /** The engine that mines; null until the first self-benchmark. */
  readonly miningEngine: MiningEngine | null;
  /** Who chose it. */
  readonly miningEngineChosenBy: 'benchmark' | 'user' | null;
  /** The GPU may mine (WebGPU). Off: neither the self-benchmark nor the user picks it. */
  readonly gpuMining: boolean;
  /** The last self-benchmark's figures, or null. */
  readonly engineBenchmark: EngineBenchmark | null;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  miningEngine: null,
  miningEngineChosenBy: null,
  gpuMining: true,
  engineBenchmark: null,
};

const rate = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : null);
const text = (x: unknown): string | null => (typeof x === 'string' ? x : null);

function readMeasurement(raw: unknown): EngineMeasurement | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (!isMiningEngine(o.engine) || !Number.isInteger(o.lanes) || (o.lanes as number) < 1) return null;
  return { engine: o.engine, laneRate: rate(o.laneRate), lanes: o.lanes as number, poolRate: rate(o.poolRate), device: text(o.device), unavailable: text(o.unavailable) };
}

/** A stored benchmark, or null if any part of it is not one (it is only shown, and re-measured on request). */
function readBenchmark(raw: unknown): EngineBenchmark | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  if (!isMiningEngine(o.best) || !Array.isArray(o.measurements)) return null;
  const measurements = o.measurements.map(readMeasurement);
  if (measurements.length !== MINING_ENGINES.length || measurements.some((m) => m === null)) return null;
  return { best: o.best, measurements: measurements as EngineMeasurement[], elapsedMs: rate(o.elapsedMs) ?? 0 };
}

/** The engine settings read back from storage: bad fields replaced by the defaults. */
export function readEngineSettings(o: Record<string, unknown>): EngineSettings {
  const gpuMining = typeof o.gpuMining === 'boolean' ? o.gpuMining : DEFAULT_ENGINE_SETTINGS.gpuMining;
  const engine = isMiningEngine(o.miningEngine) && !(o.miningEngine === 'webgpu' && !gpuMining) ? o.miningEngine : null;
  return {
    miningEngine: engine,
    miningEngineChosenBy: engine !== null && (o.miningEngineChosenBy === 'benchmark' || o.miningEngineChosenBy === 'user') ? o.miningEngineChosenBy : null,
    gpuMining,
    engineBenchmark: readBenchmark(o.engineBenchmark),
  };
}

/** The engine settings out of all settings, as plain JSON (to carry them over a reset or an import). */
export function engineSettingsJson(s: EngineSettings): JsonObject {
  const own: EngineSettings = { miningEngine: s.miningEngine, miningEngineChosenBy: s.miningEngineChosenBy, gpuMining: s.gpuMining, engineBenchmark: s.engineBenchmark };
  return JSON.parse(JSON.stringify(own)) as JsonObject;
}

/**
 * The engine self-benchmark: when mining starts for the first time, each
 * engine this browser has hashes for a moment in its own worker (well under a
 * second in all), and the fastest for the whole pool wins: the GPU's rate
 * against a CPU engine's rate per worker times the workers the pool would run.
 * An engine that cannot start (no SIMD, no GPU adapter, GPU turned off) is
 * listed with the reason. The GPU starts (adapter, device, shader compile)
 * while the CPU engines are measured, and is measured last, alone.
 */
import type { BackendFactory } from './miner-backend';
import { ENGINE_NAMES, type MiningEngine } from './mining-engine';
import { createWorkerBackend } from './worker-backend';

export interface EngineMeasurement {
  readonly engine: MiningEngine;
  /** Hashes per second of one lane (one CPU worker, or the GPU); null when the engine could not run. */
  readonly laneRate: number | null;
  /** Lanes the pool would run it on. */
  readonly lanes: number;
  /** laneRate x lanes: what the pool would mine at; null when unavailable. */
  readonly poolRate: number | null;
  /** The GPU adapter's name, else null. */
  readonly device: string | null;
  /** Why the engine is unavailable, else null. */
  readonly unavailable: string | null;
}

export interface EngineBenchmark {
  /** The engine with the highest pool rate. */
  readonly best: MiningEngine;
  readonly measurements: readonly EngineMeasurement[];
  /** How long the whole benchmark took (ms). */
  readonly elapsedMs: number;
}

export interface BenchmarkOptions {
  /** CPU workers the pool runs (the GPU is one lane). */
  readonly workers: number;
  /** Try the GPU at all (a setting can turn it off). Default true. */
  readonly allowGpu?: boolean;
  /** Hashing time per engine (ms). Default 150. */
  readonly msPerEngine?: number;
  /** Creates a backend for an engine; default: a real worker (tests inject in-process ones). */
  readonly backendFactory?: BackendFactory;
  readonly now?: () => number;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Measures every engine and names the fastest; never rejects (the JavaScript engine is the floor). */
export async function benchmarkEngines(o: BenchmarkOptions): Promise<EngineBenchmark> {
  if (!Number.isInteger(o.workers) || o.workers < 1) throw new RangeError(`workers must be a positive integer, got ${o.workers}`);
  const ms = o.msPerEngine ?? 150;
  if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`msPerEngine must be a positive number, got ${ms}`);
  const now = o.now ?? (() => performance.now());
  const factory: BackendFactory = o.backendFactory ?? ((_index, engine) => createWorkerBackend({ engine }));
  const started = now();

  async function measure(engine: MiningEngine, lanes: number, backendPromise: Promise<Awaited<ReturnType<BackendFactory>>>): Promise<EngineMeasurement> {
    const none = (unavailable: string): EngineMeasurement => ({ engine, laneRate: null, lanes, poolRate: null, device: null, unavailable });
    let backend;
    try {
      backend = await backendPromise;
    } catch (err) {
      return none(message(err));
    }
    try {
      if (backend.status.engine !== engine) return none(backend.status.notice ?? `${ENGINE_NAMES[engine]} did not start`);
      const laneRate = await backend.measure(ms);
      return { engine, laneRate, lanes, poolRate: laneRate * lanes, device: backend.status.device, unavailable: null };
    } catch (err) {
      return none(message(err));
    } finally {
      backend.dispose();
    }
  }

  const start = (engine: MiningEngine) => Promise.resolve().then(() => factory(0, engine));
  const gpu = o.allowGpu === false ? null : start('webgpu');
  gpu?.catch(() => {}); // observed in measure()
  const measurements = [await measure('js', o.workers, start('js')), await measure('wasm-simd', o.workers, start('wasm-simd'))];
  measurements.push(gpu ? await measure('webgpu', 1, gpu) : { engine: 'webgpu', laneRate: null, lanes: 1, poolRate: null, device: null, unavailable: 'the GPU is turned off in the settings' });

  let best: EngineMeasurement = measurements[0]!;
  for (const m of measurements) if (m.poolRate !== null && m.poolRate > (best.poolRate ?? 0)) best = m;
  return { best: best.engine, measurements, elapsedMs: now() - started };
}

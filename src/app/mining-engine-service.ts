/**
 * Which engine the worker pool mines with: GPU (WebGPU), WebAssembly SIMD
 * workers or JavaScript workers (src/workers/mining-engine.ts). The first time
 * mining starts, a short self-benchmark measures each engine this browser has
 * and picks the fastest for the pool; the choice and the figures are kept in
 * the settings (engine-settings.ts), the user can choose another engine, and
 * the GPU can be turned off. The mining service asks `ensureChosen()` before
 * it starts a run.
 */
import { said } from './app-sentences';
import { ENGINE_NAMES, isMiningEngine, type MiningEngine } from '../workers/mining-engine';
import type { BenchmarkOptions, EngineBenchmark } from '../workers/engine-benchmark';
import type { PagePool } from '../workers/page-pool';
import type { AppEvents } from './app-events';
import { PocketError, badValue } from './errors';
import type { SettingsService } from './settings-service';

export interface EngineView {
  /** The engine the settings name; null before the first self-benchmark. */
  readonly chosen: MiningEngine | null;
  readonly chosenBy: 'benchmark' | 'user' | null;
  /** The engine the pool runs now (after any fallback), and the GPU's name when it is the GPU. */
  readonly running: MiningEngine | null;
  readonly device: string | null;
  /** The GPU may mine. */
  readonly gpuAllowed: boolean;
  /** The last self-benchmark's figures, or null. */
  readonly benchmark: EngineBenchmark | null;
  /** A self-benchmark is running. */
  readonly measuring: boolean;
}

export interface MiningEngineDeps {
  readonly pool: PagePool;
  readonly settings: SettingsService;
  readonly events: AppEvents;
  /** Whether a mining run is going on (measuring then would measure half-speed engines). */
  readonly mining: () => boolean;
  /** The self-benchmark; tests may pass their own. */
  readonly benchmark?: (o: BenchmarkOptions) => Promise<EngineBenchmark>;
}

export class MiningEngineService {
  private measuringRun: Promise<EngineBenchmark> | null = null;

  constructor(private readonly d: MiningEngineDeps) {}

  get view(): EngineView {
    const s = this.d.settings.current;
    const pool = this.d.pool.stats;
    return {
      chosen: s.miningEngine,
      chosenBy: s.miningEngineChosenBy,
      running: pool.engine,
      device: pool.device,
      gpuAllowed: s.gpuMining,
      benchmark: s.engineBenchmark,
      measuring: this.measuringRun !== null,
    };
  }

  /** Puts the settings' engine on the pool (after a load, a reload or an import). */
  async apply(): Promise<void> {
    const engine = this.d.settings.current.miningEngine;
    if (engine !== null) await this.d.pool.setEngine(engine);
  }

  /** Runs the self-benchmark if no engine was ever chosen, and puts the winner on the pool. Never rejects. */
  async ensureChosen(): Promise<void> {
    if (this.d.settings.current.miningEngine !== null) return;
    try {
      await this.runBenchmark();
    } catch (e) {
      this.d.events.notice('warn', said('enginesUnmeasured', { problem: (e as Error).message, engine: this.view.running ? ENGINE_NAMES[this.view.running] : null }));
    }
  }

  /** "Measure again": the self-benchmark picks the fastest engine anew (refused while mining). */
  async measure(): Promise<EngineBenchmark> {
    if (this.d.mining()) throw new PocketError('mining-busy', 'Stop mining first: the engines would be measured while the workers mine, at a fraction of their speed.');
    return this.runBenchmark();
  }

  /** The user's choice of engine; it mines from now on (a run in progress switches over). */
  async choose(engine: MiningEngine): Promise<void> {
    if (!isMiningEngine(engine)) throw new PocketError('bad-argument', `The engine must be one of 'webgpu', 'wasm-simd', 'js'.`, 'engine');
    if (engine === 'webgpu' && !this.d.settings.current.gpuMining) throw badValue('engine', said('gpuOff'));
    const measured = this.d.settings.current.engineBenchmark?.measurements.find((m) => m.engine === engine);
    if (measured?.unavailable) throw new PocketError('engine-unavailable', `${ENGINE_NAMES[engine]} cannot mine in this browser: ${measured.unavailable}.`, 'engine');
    this.d.settings.update({ miningEngine: engine, miningEngineChosenBy: 'user' });
    await this.d.pool.setEngine(engine);
    this.d.events.changed(['mining']);
  }

  /** Lets the GPU mine or not. Turned off while it mines, the fastest CPU engine measured takes over. */
  async setGpuAllowed(on: boolean): Promise<void> {
    if (typeof on !== 'boolean') throw new PocketError('bad-argument', 'on must be true or false.', 'on');
    const s = this.d.settings.current;
    if (on || s.miningEngine !== 'webgpu') {
      this.d.settings.update({ gpuMining: on });
      this.d.events.changed(['mining']);
      return;
    }
    const cpu = this.fastestCpuEngine();
    this.d.settings.update({ gpuMining: false, miningEngine: cpu, miningEngineChosenBy: 'benchmark' });
    await this.d.pool.setEngine(cpu);
    this.d.events.changed(['mining']);
  }

  private fastestCpuEngine(): MiningEngine {
    const measured = this.d.settings.current.engineBenchmark?.measurements ?? [];
    const cpu = measured.filter((m) => m.engine !== 'webgpu' && m.poolRate !== null).sort((a, b) => b.poolRate! - a.poolRate!);
    return cpu[0]?.engine ?? 'wasm-simd';
  }

  /** One self-benchmark at a time; its result is saved and put on the pool. */
  private runBenchmark(): Promise<EngineBenchmark> {
    this.measuringRun ??= (async () => {
      this.d.events.changed(['mining']);
      try {
        // The self-benchmark's code loads with the first measurement, not with the page.
        const run = this.d.benchmark ?? (await import('../workers/engine-benchmark')).benchmarkEngines;
        const result = await run({
          workers: this.d.pool.stats.requestedWorkers,
          allowGpu: this.d.settings.current.gpuMining,
          backendFactory: await this.d.pool.backends(),
        });
        this.d.settings.update({ miningEngine: result.best, miningEngineChosenBy: 'benchmark', engineBenchmark: result });
        await this.d.pool.setEngine(result.best);
        return result;
      } finally {
        this.measuringRun = null;
        this.d.events.changed(['mining', 'settings']);
      }
    })();
    return this.measuringRun;
  }
}

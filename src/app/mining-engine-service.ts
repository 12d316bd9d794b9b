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
import { ENGINE_NAMES, type MiningEngine } from '../workers/mining-engine';
import type { BenchmarkOptions, EngineBenchmark } from '../workers/engine-benchmark';
import type { PagePool } from '../workers/page-pool';
import type { AppEvents } from './app-events';
import type { EngineChoice } from './engine-choice';
import { PocketError } from './errors';
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
  private choiceLoading: Promise<EngineChoice> | null = null;

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

  /** One self-benchmark at a time: measuring from the moment it is asked for, until its result is on the pool. */
  private runBenchmark(): Promise<EngineBenchmark> {
    this.measuringRun ??= (async () => {
      this.d.events.changed(['mining']);
      try {
        return await (await this.choice()).measureEngines();
      } finally {
        this.measuringRun = null;
        this.d.events.changed(['mining', 'settings']);
      }
    })();
    return this.measuringRun;
  }

  /** The user's choice of engine; it mines from now on (a run in progress switches over). */
  async choose(engine: MiningEngine): Promise<void> {
    return (await this.choice()).choose(engine);
  }

  /** Lets the GPU mine or not. Turned off while it mines, the fastest CPU engine measured takes over. */
  async setGpuAllowed(on: boolean): Promise<void> {
    return (await this.choice()).setGpuAllowed(on);
  }

  /** Choosing and measuring (engine-choice.ts): loaded with the first mining run or choice, not with the page. */
  private choice(): Promise<EngineChoice> {
    this.choiceLoading ??= import('./engine-choice')
      .then(({ EngineChoice }) => new EngineChoice(this.d))
      .catch((e: unknown) => {
        this.choiceLoading = null; // offline now, perhaps not next time
        throw e;
      });
    return this.choiceLoading;
  }
}

/**
 * Choosing the pool's engine (for the mining engine service,
 * mining-engine-service.ts): the self-benchmark that picks the fastest, the
 * user's choice, the GPU allowed or not. Loaded with the first mining run or
 * choice: a first screen only puts the settings' engine on the pool.
 */
import { said } from './app-sentences';
import { ENGINE_NAMES, isMiningEngine, type MiningEngine } from '../workers/mining-engine';
import type { EngineBenchmark } from '../workers/engine-benchmark';
import { PocketError, badValue } from './errors';
import type { MiningEngineDeps } from './mining-engine-service';

export class EngineChoice {
  constructor(private readonly d: MiningEngineDeps) {}

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

  /** The self-benchmark (the service runs one at a time); its result is saved and put on the pool. */
  async measureEngines(): Promise<EngineBenchmark> {
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
  }
}

/**
 * Mining and the lab's experiments in Web Workers, off the page's thread.
 * The page imports from here:
 *
 *   MiningPool        lanes (N CPU workers, one GPU worker, or the main thread
 *                     as a fallback) mining block templates; cancel/restart,
 *                     progress, found blocks, stats, run-time engine changes
 *   LazyMiningPool    the page's pool: the same calls (PagePool), its code loaded
 *                     with the first job or start() (import it from ./lazy-mining-pool)
 *   MiningScheduler   several miners (simulation nodes) sharing one pool by share
 *   MiningEngine      'webgpu' | 'wasm-simd' | 'js', with names for people
 *   benchmarkEngines  the short self-benchmark that picks the fastest engine
 *   NonceSpace,
 *   sliceNonceSpace   how lanes split the 32-bit nonce space (pure)
 *   createMinerApi    the CPU worker's API (miner.worker.ts serves it over task-channel.ts;
 *                     import it from ./miner-api, so that the page does not carry it)
 *   backends          createWorkerBackend (real Worker); createMainThreadBackend
 *                     (./main-thread-backend, loaded by the pool only without workers)
 *   LabRunner         the lab's experiments (src/lab tasks) on N lab workers, progress,
 *                     cancel; lab-backend.ts (worker or sliced main thread), lab-api.ts
 *                     (types only here: import ./lab-runner, which loads with the first run)
 *   hashcash-search  the first lesson's zero-bits search (core/hashcash.ts) in a worker,
 *                    imported directly so its code loads on first use
 *
 * The kernels themselves are pure and live in core: sha256d-kernel.ts
 * (JavaScript), sha256d-simd.ts (WebAssembly SIMD, compiled from
 * core/assembly/), sha256d-wgsl.ts (the WebGPU compute shader).
 */
export { MiningPool, type PoolOptions, type AddJobOptions, type CancelReport } from './mining-pool';
export { LazyMiningPool, type LazyPoolOptions } from './lazy-mining-pool';
export type { PagePool } from './page-pool';
export { defaultWorkerCount } from './worker-count';
export type { FoundListener, ProgressListener } from './mining-pool';
export { MiningScheduler, type MiningParticipant, type ParticipantStats } from './mining-scheduler';
export { MiningJob, type Chunk, type JobState } from './mining-job';
export type { PoolStats, WorkerStats, JobStats, PoolMode } from './pool-stats';
export { NonceSpace, sliceNonceSpace, type NonceRange } from './nonce-slices';
export { HashRateMeter } from './hash-rate';
// The miner's kernels (createMinerApi, createMainThreadBackend) are not exported here: only the
// workers and the pool's main-thread fallback load them (import ./miner-api, ./main-thread-backend).
export type { MinerApi, ScanResult, EngineStatus } from './miner-api';
export { nextMacrotask, type MinerBackend, type BackendFactory } from './miner-backend';
export { createWorkerBackend, type WorkerBackendOptions } from './worker-backend';
// The lab's runner and backends load with the first experiment (the app's lab service imports ./lab-runner
// then): a barrel that re-exported them would bring them with the page.
export type { LabRunner, LabRunnerOptions, LabRunOptions } from './lab-runner';
export type { LabBackend, LabBackendFactory } from './lab-backend';
// createMainThreadLabBackend (./main-thread-lab-backend) and createLabApi (./lab-api) carry every experiment:
// the runner loads the first only without workers, the lab worker imports the second. A barrel that
// re-exported them would bring the experiments with the page.
export type { LabApi } from './lab-api';
// The searcher's code loads when the first lesson first searches (import it from ./hashcash-search).
export type { HashcashSearcher, HashcashRun, HashcashFound } from './hashcash-search';
export { MINING_ENGINES, ENGINE_NAMES, isMiningEngine, checkEngine, type MiningEngine, type CpuEngine } from './mining-engine';
export { POOL_NOTICES, poolNotice, readPoolNotice, type PoolNoticeKey, type PoolNoticeValues, type ReadPoolNotice } from './pool-notices';
// benchmarkEngines loads with the first measurement (import ./engine-benchmark): re-exported here, it would come with the page.
export type { EngineBenchmark, EngineMeasurement, BenchmarkOptions } from './engine-benchmark';

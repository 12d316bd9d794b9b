/**
 * A pool lane backed by a real Web Worker, called through task-channel.ts: a CPU miner
 * (miner.worker.ts, JavaScript or WebAssembly SIMD kernel) or the GPU miner
 * (gpu-miner.worker.ts, WebGPU). Creation proves the worker works (a ping
 * answered within a timeout, then the engine chosen) so that a blocked or
 * broken worker script, or a GPU that is not there, is detected up front and
 * the pool can fall back.
 */
import gpuMinerWorkerUrl from './gpu-miner.worker.ts?worker-chunk';
import minerWorkerUrl from './miner.worker.ts?worker-chunk';
import type { EngineStatus, MinerApi } from './miner-api';
import type { MinerBackend } from './miner-backend';
import { taskClient } from './task-channel';
import type { MiningEngine } from './mining-engine';

export interface WorkerBackendOptions {
  /** The engine the worker runs (default: the JavaScript kernel). */
  readonly engine?: MiningEngine;
  /** How long the worker may take to load, answer a ping and start its engine (ms). */
  readonly startTimeoutMs?: number;
  /** Creates the Worker (tests and benchmarks may point elsewhere). */
  readonly createWorker?: () => Worker;
}

export const DEFAULT_START_TIMEOUT_MS = 8000;
/** A GPU chunk (one dispatch, or a few) of about this long: two in flight keep cancel well under 50 ms. */
export const GPU_CHUNK_MS = 10;

function defaultWorker(engine: MiningEngine): Worker {
  return new Worker(engine === 'webgpu' ? gpuMinerWorkerUrl : minerWorkerUrl, { type: 'module' });
}

/** Starts a mining worker and waits until it answers and runs its engine; rejects with the reason it could not. */
export async function createWorkerBackend(o: WorkerBackendOptions = {}): Promise<MinerBackend> {
  const engine = o.engine ?? 'js';
  const timeoutMs = o.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const worker = o.createWorker ? o.createWorker() : defaultWorker(engine);
  // A few lines of postMessage rather than Comlink: a first visit starts this worker right after its first screen.
  const api = taskClient<MinerApi>(worker, ['ping', 'useEngine', 'scan', 'measure', 'dropQueued']);
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A failed script load, an uncaught error in the worker or dispose(): every pending and later call fails.
  let fail: (reason: Error) => void = () => {};
  const failure = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failure.catch(() => {}); // observed through the races below
  worker.addEventListener('error', (e) => fail(new Error(`the mining worker failed: ${e.message || 'its script could not be loaded or threw'}`)));
  worker.addEventListener('messageerror', () => fail(new Error('the mining worker failed: a message could not be decoded')));

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    fail(new Error('miner backend disposed'));
    worker.terminate();
  };

  let status: EngineStatus;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the mining worker did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const answer = await Promise.race([api.ping(), failure, timeout]);
    if (answer !== 'pong') throw new Error('the mining worker answered something unexpected');
    status = await Promise.race([api.useEngine(engine), failure, timeout]);
  } catch (err) {
    dispose();
    throw err;
  } finally {
    clearTimeout(timer);
  }

  return {
    kind: 'worker',
    status,
    ...(status.engine === 'webgpu' ? { chunkMs: GPU_CHUNK_MS } : {}),
    scan(header, target, from, to, jobId) {
      if (disposed) return Promise.reject(new Error('miner backend disposed'));
      return Promise.race([api.scan(header, target, from, to, jobId), failure]);
    },
    dropQueued(jobIds) {
      if (!disposed) api.dropQueued([...jobIds]).catch(() => {});
    },
    measure(ms) {
      if (disposed) return Promise.reject(new Error('miner backend disposed'));
      return Promise.race([api.measure(ms), failure]);
    },
    dispose,
  };
}

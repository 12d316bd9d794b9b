/**
 * A miner backend is one lane of the pool: something that scans a chunk of
 * nonces asynchronously. Two kinds exist: a Web Worker (worker-backend.ts:
 * a CPU miner, or the GPU miner) and the main thread itself
 * (main-thread-backend.ts), used when workers cannot be created and by the
 * Node tests (which inject it as the "worker" factory).
 */
import type { EngineStatus, ScanResult } from './miner-api';
import type { MiningEngine } from './mining-engine';

export type { ScanResult } from './miner-api';

export interface MinerBackend {
  /** Where the hashing happens: a worker, or the page's own thread. */
  readonly kind: 'worker' | 'main-thread';
  /** The engine that runs, with the reason when it is not the one asked for, and the GPU's name. */
  readonly status: EngineStatus;
  /** The chunk duration this backend wants (ms), when it differs from the pool's default for its kind. */
  readonly chunkMs?: number;
  /** Scans [from, to) of the 80-byte header for job `jobId`; rejects if the backend died. */
  scan(header: Uint8Array, target: bigint, from: number, to: number, jobId?: number): Promise<ScanResult>;
  /** These jobs were cancelled: chunks of theirs not yet started come back unhashed. */
  dropQueued(jobIds: readonly number[]): void;
  /** Hashes per second of its engine, hashing for about `ms` (the engine self-benchmark). */
  measure(ms: number): Promise<number>;
  /** Frees the backend (terminates a worker). Idempotent. */
  dispose(): void;
}

/**
 * Creates the backend of lane `index` for an engine. May throw or reject (a
 * worker that cannot start, no GPU); the pool then falls back (see mining-pool.ts).
 */
export type BackendFactory = (index: number, engine: MiningEngine) => MinerBackend | Promise<MinerBackend>;

/**
 * Resolves on a later macrotask, so the page can handle input and paint
 * between two slices of main-thread mining. A MessageChannel message is used
 * in pages because nested setTimeout calls are clamped to 4 ms (HTML spec,
 * "timer initialisation steps"), which would leave the CPU idle a third of
 * the time; Node (tests) uses setImmediate.
 */
export function nextMacrotask(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; document?: unknown };
  if (typeof g.setImmediate === 'function') return new Promise((resolve) => g.setImmediate!(resolve));
  if (typeof MessageChannel === 'function' && g.document !== undefined) {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

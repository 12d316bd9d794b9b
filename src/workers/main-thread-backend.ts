/**
 * The main thread as a miner backend: where Web Workers cannot start, and in
 * the Node tests. It carries the miner's kernels (the SIMD one's loader; its
 * WebAssembly file is fetched only if this thread may compile it), so the pool
 * imports it only when it needs it (pool-lanes.ts) and a page whose workers
 * start never downloads it.
 */
import { createMinerApi } from './miner-api';
import { nextMacrotask, type MinerBackend } from './miner-backend';
import type { CpuEngine } from './mining-engine';

/**
 * Mines on the calling thread: each scan first yields a macrotask, then hashes
 * the chunk synchronously. The pool keeps main-thread chunks to a few
 * milliseconds, so the page never sees a long task from mining. The SIMD
 * kernel is used where the page may compile WebAssembly; else JavaScript.
 * Resolves once the engine's kernel is ready.
 */
export async function createMainThreadBackend(engine: CpuEngine = 'js'): Promise<MinerBackend> {
  const api = createMinerApi();
  const status = await api.useEngine(engine);
  let disposed = false;
  return {
    kind: 'main-thread',
    status,
    async scan(header, target, from, to) {
      await nextMacrotask();
      if (disposed) throw new Error('miner backend disposed');
      return api.scan(header, target, from, to);
    },
    async measure(ms) {
      await nextMacrotask();
      return api.measure(ms);
    },
    dropQueued: (jobIds) => api.dropQueued(jobIds),
    dispose() {
      disposed = true;
    },
  };
}

/**
 * The GPU mining Web Worker: only wraps the WebGPU miner (gpu-miner.ts) with
 * Comlink. Started by worker-backend.ts for the 'webgpu' engine from its
 * `?worker-chunk` URL (scripts/worker-chunk.js).
 */
import * as Comlink from 'comlink';
import { createGpuMinerApi } from './gpu-miner';

Comlink.expose(createGpuMinerApi((self as unknown as { navigator: { gpu?: GPU } }).navigator.gpu));

/**
 * The GPU mining Web Worker: only wraps the WebGPU miner (gpu-miner.ts) with
 * Comlink. Created by worker-backend.ts for the 'webgpu' engine with
 * `new Worker(new URL('./gpu-miner.worker.ts', import.meta.url), { type: 'module' })`.
 */
import * as Comlink from 'comlink';
import { createGpuMinerApi } from './gpu-miner';

Comlink.expose(createGpuMinerApi((self as unknown as { navigator: { gpu?: GPU } }).navigator.gpu));

/**
 * The GPU mining Web Worker: only serves the WebGPU miner (gpu-miner.ts) over
 * the task channel (task-channel.ts), as the CPU miner's worker does. Started
 * by worker-backend.ts for the 'webgpu' engine from its `?worker-chunk` URL
 * (scripts/worker-chunk.js).
 */
import { createGpuMinerApi } from './gpu-miner';
import { serveTasks, type TaskPort } from './task-channel';

serveTasks(self as unknown as TaskPort, { ...createGpuMinerApi((self as unknown as { navigator: { gpu?: GPU } }).navigator.gpu) });

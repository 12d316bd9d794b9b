/**
 * The CPU mining Web Worker: only serves the kernels (miner-api.ts) over the
 * task channel (task-channel.ts). Started by worker-backend.ts from its `?worker-chunk` URL
 * (scripts/worker-chunk.js).
 */
import { createMinerApi } from './miner-api';
import { createQueuedMinerApi } from './queued-scans';
import { serveTasks, type TaskPort } from './task-channel';

serveTasks(self as unknown as TaskPort, { ...createQueuedMinerApi(createMinerApi()) });

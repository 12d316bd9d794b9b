/**
 * The CPU mining Web Worker: only wraps the kernels (miner-api.ts) with
 * Comlink. Created by worker-backend.ts with
 * `new Worker(new URL('./miner.worker.ts', import.meta.url), { type: 'module' })`.
 */
import * as Comlink from 'comlink';
import { createMinerApi } from './miner-api';
import { createQueuedMinerApi } from './queued-scans';

Comlink.expose(createQueuedMinerApi(createMinerApi()));

/**
 * The CPU mining Web Worker: only wraps the kernels (miner-api.ts) with
 * Comlink. Started by worker-backend.ts from its `?worker-chunk` URL
 * (scripts/worker-chunk.js).
 */
import * as Comlink from 'comlink';
import { createMinerApi } from './miner-api';
import { createQueuedMinerApi } from './queued-scans';

Comlink.expose(createQueuedMinerApi(createMinerApi()));

/**
 * The hashcash Web Worker: only wraps the pure search (core/hashcash.ts) with
 * Comlink. Created by hashcash-search.ts.
 */
import * as Comlink from 'comlink';
import { hashcashSearch } from '../core/hashcash';

const api = { ping: () => 'pong' as const, search: hashcashSearch };
export type HashcashWorkerApi = typeof api;
Comlink.expose(api);

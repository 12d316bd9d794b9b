/**
 * A Web Worker for the page's heavy one-off jobs, so the UI never freezes:
 * building the demo state (it mines the history) and validating an import file
 * (it replays every block). Each only wraps a pure function.
 */
import * as Comlink from 'comlink';
import type { ConsensusParams } from '../core/index';
import type { JsonObject } from '../storage/index';
import { validateImport } from '../storage/import-validate';
import { buildDemoState } from './demo-state';

const tasks = {
  buildDemoState: (seed: string, params: ConsensusParams, settings: JsonObject) => buildDemoState(seed, params, settings),
  validateImport: (text: string) => validateImport(text),
  ping: () => 'pong' as const,
};

export type TasksApi = typeof tasks;

Comlink.expose(tasks);

/**
 * The seeded demo a first visit shows, as an export file: `npm run build`
 * writes it (scripts/built-demo.js) by running this in Node, so a first visit
 * downloads a few kilobytes instead of mining the history in a worker. The
 * same seed, params, settings and code as the page's own build of the demo
 * (tasks.ts), so the file holds the very chain the seed mines
 * (demo-file.test.ts checks it). Deterministic: the same code gives the same
 * bytes, so the file's name (its hash) changes only when the demo does.
 */
import { exportToJson } from '../storage/export';
import { buildDemoState } from '../workers/demo-state';
import { DEMO_PARAMS } from './tasks';
import { DEFAULT_SEED, DEFAULT_SETTINGS, settingsJson } from './settings';

/** The first visit's demo as export-file text, wallets included (their keys come from the public seed anyway). */
export function demoFileText(): string {
  const state = buildDemoState(DEFAULT_SEED, DEMO_PARAMS, settingsJson(DEFAULT_SETTINGS));
  // The time of the newest block, not of the build: the file must not change when nothing else does.
  const newest = Math.max(...state.nodes.flatMap((n) => n.blocks.map((b) => b.header.time)));
  return exportToJson(state, { includeWallets: true, exportedAt: new Date(newest * 1000).toISOString() });
}

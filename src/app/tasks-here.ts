/**
 * The tasks' code for this thread, imported on demand by tasks.ts: only where
 * the tasks worker cannot start (and in tests), so the page does not carry it.
 */
export { buildDemoState } from '../workers/demo-state';
export { validateImport } from '../storage/import-validate';

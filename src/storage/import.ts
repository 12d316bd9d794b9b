/**
 * Import into a store: validate the whole file first (import-validate.ts,
 * which the app may run in a worker), then replace the state in one
 * transaction (import-apply.ts). A refused file changes nothing.
 */
import { applyImport } from './import-apply';
import { validateImport, type ImportOptions, type ImportResult } from './import-validate';
import type { ChainStore } from './store';

/** Validates `input` (JSON text or parsed) and, only if every check passes, replaces the stored state. */
export async function importIntoStore(store: ChainStore, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const result = validateImport(input, options);
  if (result.ok) await applyImport(store, result);
  return result;
}

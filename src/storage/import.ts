/**
 * Import into a store: validate the whole file first (import-validate.ts,
 * which the app may run in a worker), then replace the state in one
 * transaction. A refused file changes nothing. A file without wallets keeps
 * the wallets already stored.
 */
import { validateImport, type ImportOptions, type ImportResult } from './import-validate';
import type { ChainStore } from './store';

/** Writes an already validated import (e.g. validated in a worker). */
export async function applyImport(store: ChainStore, result: ImportResult): Promise<void> {
  if (!result.ok) throw new TypeError('result must be a successful import (result.ok is false)');
  await store.replaceAll(result.state, { keepWallets: !result.includesWallets });
}

/** Validates `input` (JSON text or parsed) and, only if every check passes, replaces the stored state. */
export async function importIntoStore(store: ChainStore, input: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const result = validateImport(input, options);
  if (result.ok) await applyImport(store, result);
  return result;
}

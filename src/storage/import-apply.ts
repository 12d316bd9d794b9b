/**
 * Writing an import that passed validation (import-validate.ts, which the app
 * runs in a worker): the state replaced in one transaction. A file without
 * wallets keeps the wallets already stored.
 */
import type { ImportResult } from './import-validate';
import type { ChainStore } from './store';

/** Writes an already validated import (e.g. validated in a worker). */
export async function applyImport(store: ChainStore, result: ImportResult): Promise<void> {
  if (!result.ok) throw new TypeError('result must be a successful import (result.ok is false)');
  await store.replaceAll(result.state, { keepWallets: !result.includesWallets });
}

/**
 * Small pure helpers of the Settings panel: the workers field, the name of an
 * export file, reading an import file's text, and a sentence for the storage
 * status with what to do about it. Tested in Node (settings-inputs.test.ts).
 */
import type { StorageStatus } from '../../storage/index';
import type { ReadOnlyReason } from '../../app/write-guard';

/** Mirrors the mining service's setWorkers range. */
export const MAX_WORKERS = 64;

export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function readWorkers(text: string): Reading<number> {
  const s = String(text ?? '').trim();
  if (!/^\d+$/.test(s)) return { ok: false, message: `Mining workers: enter a whole number from 1 to ${MAX_WORKERS}.` };
  const n = Number(s);
  if (n < 1 || n > MAX_WORKERS) return { ok: false, message: `Mining workers: must be from 1 to ${MAX_WORKERS}, not ${n}.` };
  return { ok: true, value: n };
}

/** "pocket-chain-my-class-2024-05-01T10-20-30.json" (wallets: "...-with-keys.json", so nobody shares it by mistake). */
export function exportFileName(seed: string, when: Date, includeWallets: boolean): string {
  const slug =
    String(seed ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'state';
  const stamp = when.toISOString().slice(0, 19).replace(/:/g, '-');
  return `pocket-chain-${slug}-${stamp}${includeWallets ? '-with-keys' : ''}.json`;
}

/** Files above this are refused before reading (a whole export of a 10,000-block chain is ~10 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** A first look at the chosen file, before its text is read and validated by the system. */
export function checkImportFile(file: { name: string; size: number } | null | undefined): Reading<true> {
  if (!file) return { ok: false, message: 'Choose a file exported from Pocket Chain (a .json file).' };
  if (file.size === 0) return { ok: false, message: `"${file.name}" is empty: nothing was changed.` };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `"${file.name}" is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large for an export of Pocket Chain: nothing was changed.` };
  return { ok: true, value: true };
}

export interface StorageAdvice {
  /** "IndexedDB" or "Memory only". */
  readonly where: string;
  /** Whether changes reach storage that survives a reload. */
  readonly saving: boolean;
  readonly sentence: string;
  /** What the user can do. */
  readonly todo: string;
  /** Whether "Try saving again" can help (storage refused a write; not when the browser has no IndexedDB at all). */
  readonly canRetry: boolean;
}

/** Where the state lives and what to do, from the storage status, the tab's role and the browser's persistence grant. */
export function storageAdvice(status: StorageStatus | null, readOnly: ReadOnlyReason, persisted: boolean | null): StorageAdvice {
  const where = status?.backend === 'memory' ? 'Memory only' : 'IndexedDB';
  if (readOnly === 'other-tab') {
    return {
      where,
      saving: false,
      sentence: 'Another tab of Pocket Chain is the one that saves; this tab follows it live and changes nothing.',
      todo: 'Close the other tab (or work there) to make changes here.',
      canRetry: false,
    };
  }
  if (readOnly === 'damaged') {
    return {
      where,
      saving: false,
      sentence: 'Stored data is damaged; nothing is being saved until you choose what to do (the banner above lists the problems).',
      todo: 'Rebuild the damaged node from its blocks or reset to the demo from the banner; export first if you want a copy.',
      canRetry: false,
    };
  }
  if (!status || status.persistent) {
    const eviction =
      persisted === true
        ? 'The browser has agreed to keep it even when disk space runs low.'
        : 'The browser may still clear it if the disk runs low on space (it has not granted persistent storage).';
    return {
      where,
      saving: true,
      sentence: `Every change is saved in this browser (IndexedDB), so a reload or a crash loses nothing. ${eviction}`,
      todo: 'To keep a copy elsewhere or move to another browser, export a file below.',
      canRetry: false,
    };
  }
  const keep = 'Export a file before closing this tab to keep your work.';
  const todo: Record<string, [string, boolean]> = {
    'indexeddb-missing': [`${keep} To save automatically, open Pocket Chain in a normal (not private) window.`, false],
    'open-refused': [`${keep} To save automatically, open Pocket Chain in a normal (not private) window, or allow this site to store data.`, false],
    'quota-exceeded': [`${keep} Free some disk space (or clear other sites' data), then try saving again.`, true],
    blocked: [`${keep} Close other tabs of Pocket Chain that hold the database, then reload.`, false],
  };
  const [text, canRetry] = todo[status.code] ?? [`${keep} Then try saving again.`, true];
  return { where, saving: false, sentence: status.message, todo: text, canRetry };
}

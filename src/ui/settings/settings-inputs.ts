/**
 * Small pure helpers of the Settings panel: the workers field, the name of an
 * export file, reading an import file's text, and a sentence for the storage
 * status with what to do about it. Tested in Node (settings-inputs.test.ts).
 */
import type { StorageStatus } from '../../storage/index';
import type { ReadOnlyReason } from '../../app/write-guard';
import { text } from './text';
import { storageSentence } from '../../app/app-sentences';
import { appSentence } from '../app-words/app-sentence';

/** Mirrors the mining service's setWorkers range. */
export const MAX_WORKERS = 64;

export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function readWorkers(typed: string): Reading<number> {
  const s = String(typed ?? '').trim();
  if (!/^\d+$/.test(s)) return { ok: false, message: text.workers.notWhole(MAX_WORKERS) };
  const n = Number(s);
  if (n < 1 || n > MAX_WORKERS) return { ok: false, message: text.workers.outOfRange(MAX_WORKERS, n) };
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
  if (!file) return { ok: false, message: text.files.noFile };
  if (file.size === 0) return { ok: false, message: text.files.emptyFile(file.name) };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: text.files.tooLarge(file.name, MAX_IMPORT_BYTES / 1024 / 1024) };
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
  const a = text.advice;
  const where = status?.backend === 'memory' ? a.memory : a.indexedDb;
  if (readOnly === 'other-tab') {
    return {
      where,
      saving: false,
      sentence: a.otherTab,
      todo: a.otherTabTodo,
      canRetry: false,
    };
  }
  if (readOnly === 'damaged') {
    return {
      where,
      saving: false,
      sentence: a.damaged,
      todo: a.damagedTodo,
      canRetry: false,
    };
  }
  if (!status || status.persistent) {
    const eviction = persisted === true ? a.kept : a.mayClear;
    return {
      where,
      saving: true,
      sentence: a.saved(eviction),
      todo: a.savedTodo,
      canRetry: false,
    };
  }
  const todo: Record<string, [string, boolean]> = {
    'indexeddb-missing': [a.privateWindow, false],
    'open-refused': [a.refusedOpen, false],
    'quota-exceeded': [a.quota, true],
    blocked: [a.blocked, false],
  };
  const [then, canRetry] = todo[status.code] ?? [a.tryAgain, true];
  return { where, saving: false, sentence: appSentence(storageSentence(status)), todo: `${a.keep} ${then}`, canRetry };
}

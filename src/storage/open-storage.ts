/**
 * The app's entry point to storage: open IndexedDB if the browser allows it,
 * otherwise (no IndexedDB, refused in a private mode, an upgrade blocked by
 * an old tab for too long, a failed migration) fall back to memory with a
 * status that says why and that nothing is being saved. Never throws for a
 * storage problem: the app always gets a working store.
 */
import { StorageError } from './errors';
import { FallbackStore, SAVING_STATUS, memoryStatus } from './fallback-store';
import { openIdbStore, type IdbOpenOptions } from './idb-store';
import type { RecordStore } from './record-store';

export interface OpenStorageOptions extends IdbOpenOptions {
  /** Give up on IndexedDB (and use memory) if opening takes longer, e.g. blocked by an old tab. Default 10 s. */
  readonly timeoutMs?: number;
  /** Ask the browser to keep the data under storage pressure (navigator.storage.persist). Default true. */
  readonly requestPersistence?: boolean;
}

export async function openStorage(options: OpenStorageOptions = {}): Promise<FallbackStore> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timedOut = false;
  const opening = openIdbStore(options);
  // An open that completes after we gave up must not keep the database locked.
  opening.then((s) => timedOut && s.close()).catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new StorageError('blocked', `IndexedDB did not open within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  let store: RecordStore;
  try {
    store = await Promise.race([opening, timeout]);
  } catch (e) {
    return FallbackStore.inMemory(e instanceof StorageError ? memoryStatus(e.code, e.detail) : memoryStatus('open-refused', String(e)));
  } finally {
    clearTimeout(timer);
  }
  if (options.requestPersistence ?? true) void requestPersistentStorage();
  return new FallbackStore(store, SAVING_STATUS);
}

/** navigator.storage.persist(), where the browser has it; false otherwise. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator?.storage;
  try {
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Bytes used and available for this origin (navigator.storage.estimate), where the browser tells. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = (globalThis as { navigator?: { storage?: { estimate?: () => Promise<{ usage?: number; quota?: number }> } } }).navigator?.storage;
  try {
    const e = await storage?.estimate?.();
    return e ? { usage: e.usage ?? 0, quota: e.quota ?? 0 } : null;
  } catch {
    return null;
  }
}

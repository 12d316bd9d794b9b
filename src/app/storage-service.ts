/**
 * Where the state is kept, as the page shows it: whether writes reach
 * IndexedDB (or the app runs in memory and says why), asking the browser to
 * keep the data, how much space it uses, and trying IndexedDB again after a
 * failure. Without a status source (tests, Node) everything is in memory.
 */
import { storageSentence } from './app-sentences';
import { requestPersistentStorage, storageEstimate, type StorageStatus } from '../storage/index';
import type { AppEvents } from './app-events';

/** What the page's storage tells about itself (storage's FallbackStore fits). */
export interface StorageStatusSource {
  readonly status: StorageStatus;
  onStatus(listener: (status: StorageStatus) => void): () => void;
  /** Tries IndexedDB again; true when it works now. */
  retryPersistence(): Promise<boolean>;
}

export class StorageService {
  constructor(
    private readonly source: StorageStatusSource | null,
    private readonly events: AppEvents,
    /** Writes everything queued (after IndexedDB works again). */
    private readonly flush: () => Promise<void>,
  ) {}

  /**
   * Announces every later change of the status (a notice, and a 'storage'
   * change). Called once the first load is done: what happened before it is
   * in the status itself, which the page shows.
   */
  listen(): void {
    this.source?.onStatus((s) => {
      this.events.notice(s.persistent ? 'info' : 'warn', storageSentence(s));
      this.events.changed(['storage']);
    });
  }

  /** Null when there is no status source (in memory by design). */
  get status(): StorageStatus | null {
    return this.source?.status ?? null;
  }

  /** Tries IndexedDB again and, if it works, writes what was kept in memory meanwhile. */
  async retry(): Promise<boolean> {
    if (!this.source) return false;
    const ok = await this.source.retryPersistence();
    if (ok) await this.flush();
    return ok;
  }

  /** Asks the browser to keep the data even when space runs low (it decides). */
  requestPersistence(): Promise<boolean> {
    return requestPersistentStorage();
  }

  /** Whether the browser already promised to keep the data; null when it cannot say. */
  async persisted(): Promise<boolean | null> {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    return storage?.persisted ? storage.persisted().catch(() => null) : null;
  }

  /** Bytes used and available to this site, when the browser says. */
  estimate(): Promise<{ usage: number; quota: number } | null> {
    return storageEstimate();
  }
}

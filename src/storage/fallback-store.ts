/**
 * Keeps the app running when storage fails. Wraps the IndexedDB store; when a
 * write is refused because storage is full or unusable (QuotaExceededError, a
 * connection closed by the browser), it copies what was saved into an
 * in-memory store, repeats the refused write there, and from then on works in
 * memory, with a status saying that nothing is being saved. Errors caused by
 * the arguments (a TypeError, a bad record) are not storage failures and pass
 * through. retryPersistence() tries to write everything back to IndexedDB.
 */
import { StorageError, isStorageUnusable, rootCause, type StorageErrorCode } from './errors';
import { SAVING_SENTENCE, notSavingSentence } from './status-words';
import type { ChainDelta, Wallet } from '../core/index';
import type { JsonObject, QuarantineRecord } from './schema';
import type { VerifyOptions, VerifyReport } from './verify-stored';
import type { BodiesPage, ChainStore, ConfigPatch, IndexLoadResult, LoadResult, MaintenanceReport, NodeDelta, NodeState, PersistedState, RebuildReport, ReplaceOptions, StateBuilder } from './store';

export interface StorageStatus {
  /** True while writes reach IndexedDB. */
  readonly persistent: boolean;
  readonly backend: 'indexeddb' | 'memory';
  /** 'ok', or why storage is not used. */
  readonly code: 'ok' | StorageErrorCode;
  /** A sentence for the status bar (English: the page words it by `code` and `detail`). */
  readonly message: string;
  /** The browser's own words on why, when it gave some. */
  readonly detail?: string;
}

export const SAVING_STATUS: StorageStatus = { persistent: true, backend: 'indexeddb', code: 'ok', message: SAVING_SENTENCE };

export function memoryStatus(code: StorageErrorCode, detail?: string): StorageStatus {
  return { persistent: false, backend: 'memory', code, message: notSavingSentence(code, detail), ...(detail ? { detail } : {}) };
}

function statusFor(e: unknown): StorageStatus {
  if (e instanceof StorageError) return memoryStatus(e.code);
  const cause = rootCause(e) as { name?: string; message?: string };
  return memoryStatus(cause?.name === 'QuotaExceededError' ? 'quota-exceeded' : 'write-failed', cause?.message);
}

/** The in-memory store, its code loaded only when storage fails (most visits never need it). */
async function newMemoryStore(): Promise<ChainStore> {
  const { createMemoryStore } = await import('./memory-store');
  return createMemoryStore();
}

export class FallbackStore implements ChainStore {
  private current: ChainStore;
  private statusValue: StorageStatus;
  private readonly listeners = new Set<(s: StorageStatus) => void>();
  private queue: Promise<unknown> = Promise.resolve();

  /** No IndexedDB at all: starts in memory with `status`. */
  static async inMemory(status: StorageStatus = memoryStatus('indexeddb-missing')): Promise<FallbackStore> {
    return new FallbackStore(null, status, await newMemoryStore());
  }

  /** `primary` null (see inMemory): no IndexedDB at all, work in `memory` with `status`. */
  constructor(
    private readonly primary: ChainStore | null,
    status: StorageStatus = primary ? SAVING_STATUS : memoryStatus('indexeddb-missing'),
    memory?: ChainStore,
  ) {
    const current = primary ?? memory;
    if (!current) throw new TypeError('memory must be given when primary is null (use FallbackStore.inMemory)');
    this.current = current;
    this.statusValue = primary ? status : { ...status, persistent: false, backend: 'memory' };
  }

  get status(): StorageStatus {
    return this.statusValue;
  }

  get backend(): 'indexeddb' | 'memory' {
    return this.current.backend;
  }

  /** Calls `listener` on every status change; returns the unsubscribe function. */
  onStatus(listener: (s: StorageStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(s: StorageStatus): void {
    this.statusValue = s;
    for (const l of this.listeners) l(s);
  }

  /** One operation at a time, so a switch to memory cannot interleave with a write. */
  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private run<T>(op: (s: ChainStore) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      try {
        return await op(this.current);
      } catch (e) {
        if (this.current !== this.primary || !isStorageUnusable(e)) throw e;
        await this.switchToMemory(e);
        return op(this.current);
      }
    });
  }

  private async switchToMemory(cause: unknown): Promise<void> {
    const memory = await newMemoryStore();
    try {
      const saved = await this.primary!.load();
      if (saved.state) await memory.replaceAll(saved.state);
    } catch {
      // Unreadable too: continue from an empty memory store; the status says nothing is saved.
    }
    this.current = memory;
    this.setStatus(statusFor(cause));
  }

  /** Writes the in-memory state back to IndexedDB and uses it again; false if it is still refused. */
  retryPersistence(): Promise<boolean> {
    return this.serial(async () => {
      if (!this.primary || this.current === this.primary) return this.current === this.primary;
      try {
        const { state } = await this.current.load();
        if (state) await this.primary.replaceAll(state);
        this.current = this.primary;
        this.setStatus(SAVING_STATUS);
        return true;
      } catch (e) {
        this.setStatus(statusFor(e));
        return false;
      }
    });
  }

  load(): Promise<LoadResult> {
    return this.run((s) => s.load());
  }
  loadIndex(): Promise<IndexLoadResult> {
    return this.run((s) => s.loadIndex());
  }
  verify(options?: VerifyOptions): Promise<VerifyReport> {
    return this.run((s) => s.verify(options));
  }
  readBodies(after: string | null, limit: number): Promise<BodiesPage> {
    return this.run((s) => s.readBodies(after, limit));
  }
  readBlocks(hashes: readonly string[]): Promise<{ blocks: Map<string, unknown>; undo: Map<string, unknown> }> {
    return this.run((s) => s.readBlocks(hashes));
  }
  commitDelta(nodeId: string, delta: ChainDelta): Promise<void> {
    return this.run((s) => s.commitDelta(nodeId, delta));
  }
  commitDeltas(items: readonly NodeDelta[], config?: ConfigPatch): Promise<void> {
    return this.run((s) => s.commitDeltas(items, config));
  }
  saveNode(node: NodeState): Promise<void> {
    return this.run((s) => s.saveNode(node));
  }
  deleteNode(nodeId: string): Promise<void> {
    return this.run((s) => s.deleteNode(nodeId));
  }
  saveWallets(wallets: readonly Wallet[]): Promise<void> {
    return this.run((s) => s.saveWallets(wallets));
  }
  saveConfig(patch: ConfigPatch): Promise<void> {
    return this.run((s) => s.saveConfig(patch));
  }
  loadLearn(): Promise<JsonObject | null> {
    return this.run((s) => s.loadLearn());
  }
  saveLearn(progress: JsonObject): Promise<void> {
    return this.run((s) => s.saveLearn(progress));
  }
  replaceAll(state: PersistedState, options?: ReplaceOptions): Promise<void> {
    return this.run((s) => s.replaceAll(state, options));
  }
  async reset(build: StateBuilder): Promise<PersistedState> {
    const state = typeof build === 'function' ? await build() : build;
    await this.replaceAll(state);
    return state;
  }
  maintain(options?: { all?: boolean }): Promise<MaintenanceReport> {
    return this.run((s) => s.maintain(options));
  }
  rebuildNode(nodeId: string): Promise<RebuildReport> {
    return this.run((s) => s.rebuildNode(nodeId));
  }
  quarantined(): Promise<QuarantineRecord[]> {
    return this.run((s) => s.quarantined());
  }
  close(): void {
    this.current.close();
    if (this.primary && this.primary !== this.current) this.primary.close();
  }
}

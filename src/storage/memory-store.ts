/**
 * The in-memory twin of the IndexedDB store: the same records, keys and
 * transaction semantics (structured-clone copies in and out, all-or-nothing
 * writes, one transaction at a time), kept in Maps. Used by unit tests and when
 * IndexedDB is missing or refused; it forgets everything when the page closes.
 */
import { StorageError } from './errors';
import { RecordStore } from './record-store';
import { ALL_STORES, KEY_PATHS, SCHEMA_VERSION, STORES, type NodeScopedStore, type StoreName } from './schema';
import type { Backend, RecordKey, RecordReader, RecordWriter } from './backend';

type Table = Map<string, object>;

function encodeKey(key: RecordKey): string {
  return typeof key === 'string' ? `s${key}` : JSON.stringify(key);
}

function keyOf(store: StoreName, value: Record<string, unknown>): RecordKey {
  const path = KEY_PATHS[store];
  if (Array.isArray(path)) return path.map((p) => value[p] as string);
  return value[path] as string;
}

export class MemoryBackend implements Backend {
  readonly kind = 'memory' as const;
  readonly schemaVersion = SCHEMA_VERSION;
  private readonly tables = new Map<StoreName, Table>(ALL_STORES.map((s) => [s, new Map()]));
  private nextQuarantineId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private table(store: StoreName): Table {
    const t = this.tables.get(store);
    if (!t) throw new TypeError(`unknown store ${store}`);
    return t;
  }

  private reader(): RecordReader {
    return {
      get: async <T>(store: StoreName, key: RecordKey) => {
        const v = this.table(store).get(encodeKey(key));
        return v === undefined ? undefined : (structuredClone(v) as T);
      },
      getAll: async <T>(store: StoreName) => [...this.table(store).values()].map((v) => structuredClone(v) as T),
      getAllOfNode: async <T>(store: NodeScopedStore, nodeId: string) =>
        [...this.table(store).values()].filter((v) => (v as { nodeId?: unknown }).nodeId === nodeId).map((v) => structuredClone(v) as T),
      isBlockReferenced: async (hash: string) => {
        for (const v of this.table(STORES.nodeBlocks).values()) if ((v as { hash?: unknown }).hash === hash) return true;
        return false;
      },
    };
  }

  /** Runs operations one at a time, like IndexedDB's overlapping read-write transactions. */
  private run<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.closed) throw new StorageError('closed');
      return op();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    return this.run(() => fn(this.reader()));
  }

  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T> {
    return this.run(async () => {
      const undo: (() => void)[] = [];
      const remember = (t: Table, k: string) => {
        const prev = t.get(k);
        undo.push(() => (prev === undefined ? t.delete(k) : t.set(k, prev)));
      };
      const idBefore = this.nextQuarantineId;
      const writer: RecordWriter = {
        ...this.reader(),
        put: (store, value) => {
          const copy = structuredClone(value) as Record<string, unknown>;
          if (store === STORES.quarantine && copy.id === undefined) copy.id = this.nextQuarantineId++;
          const t = this.table(store);
          const k = encodeKey(keyOf(store, copy));
          remember(t, k);
          t.set(k, copy);
        },
        delete: (store, key) => {
          const t = this.table(store);
          const k = encodeKey(key);
          remember(t, k);
          t.delete(k);
        },
        deleteAllOfNode: (store, nodeId) => {
          const t = this.table(store);
          for (const [k, v] of t) {
            if ((v as { nodeId?: unknown }).nodeId === nodeId) {
              remember(t, k);
              t.delete(k);
            }
          }
        },
        clear: (store) => {
          const t = this.table(store);
          const saved = new Map(t);
          undo.push(() => {
            t.clear();
            for (const [k, v] of saved) t.set(k, v);
          });
          t.clear();
        },
      };
      try {
        return await fn(writer);
      } catch (e) {
        for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
        this.nextQuarantineId = idBefore;
        if (e instanceof StorageError || e instanceof TypeError || e instanceof RangeError) throw e;
        throw new StorageError('write-failed', (e as Error)?.message, { cause: e });
      }
    });
  }

  close(): void {
    this.closed = true;
  }
}

/** A ChainStore that keeps everything in memory (nothing survives a reload). */
export function createMemoryStore(): RecordStore {
  return new RecordStore(new MemoryBackend());
}

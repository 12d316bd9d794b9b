/**
 * The in-memory twin of the IndexedDB store: the same records, keys, key
 * order and transaction semantics (structured-clone copies in and out,
 * all-or-nothing writes, one transaction at a time), kept in Maps. Used by
 * unit tests and when IndexedDB is missing or refused; it forgets everything
 * when the page closes.
 */
import { StorageError } from './errors';
import { RecordStore, type RecordStoreOptions } from './record-store';
import { ALL_STORES, KEY_PATHS, SCHEMA_VERSION, STORES, type StoreName } from './schema';
import { isKeyRange, type Backend, type KeyRange, type RecordKey, type RecordReader, type RecordWriter } from './backend';

interface Row {
  readonly key: RecordKey;
  readonly value: unknown;
}
type Table = Map<string, Row>;

function encodeKey(key: RecordKey): string {
  return typeof key === 'string' ? `s${key}` : JSON.stringify(key);
}

/** IndexedDB's key order: numbers < strings < arrays; arrays element by element, a prefix first. */
export function compareKeys(a: RecordKey, b: RecordKey): number {
  const rank = (k: RecordKey) => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function inRange(key: RecordKey, range: KeyRange | undefined): boolean {
  return !range || (compareKeys(key, range.lower) >= 0 && compareKeys(key, range.upper) <= 0);
}

function checkKey(key: unknown, store: StoreName): RecordKey {
  const ok = (k: unknown): boolean => typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k)) || (Array.isArray(k) && k.every(ok));
  if (!ok(key)) throw new StorageError('write-failed', `DataError: a record of ${store} has no valid key`);
  return key as RecordKey;
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

  private rows(store: StoreName, range?: KeyRange, limit = Infinity): Row[] {
    return [...this.table(store).values()]
      .filter((r) => inRange(r.key, range))
      .sort((x, y) => compareKeys(x.key, y.key))
      .slice(0, limit);
  }

  private reader(): RecordReader {
    return {
      get: async <T>(store: StoreName, key: RecordKey) => {
        const row = this.table(store).get(encodeKey(key));
        return row === undefined ? undefined : (structuredClone(row.value) as T);
      },
      getAll: async <T>(store: StoreName, range?: KeyRange, limit?: number) => this.rows(store, range, limit).map((r) => structuredClone(r.value) as T),
      getAllKeys: async (store: StoreName, range?: KeyRange, limit?: number) => this.rows(store, range, limit).map((r) => structuredClone(r.key)),
      count: async (store: StoreName) => this.table(store).size,
      lastKey: async (store: StoreName, range: KeyRange) => this.rows(store, range).at(-1)?.key,
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
      const store = (s: StoreName, value: unknown, key: RecordKey | undefined, mustBeNew: boolean) => {
        const copy = structuredClone(value);
        const path = KEY_PATHS[s];
        if (s === STORES.quarantine && (copy as { id?: number }).id === undefined) (copy as { id?: number }).id = this.nextQuarantineId++;
        const k = checkKey(path === null ? key : (copy as Record<string, unknown>)[path], s);
        const t = this.table(s);
        const encoded = encodeKey(k);
        if (mustBeNew && t.has(encoded)) throw new StorageError('write-failed', `ConstraintError: ${s} already holds the key ${encoded}`);
        remember(t, encoded);
        t.set(encoded, { key: k, value: copy });
      };
      const writer: RecordWriter = {
        ...this.reader(),
        put: (s, value, key) => store(s, value, key, false),
        add: (s, value, key) => store(s, value, key, true),
        delete: (s, key) => {
          const t = this.table(s);
          const doomed = isKeyRange(key) ? this.rows(s, key).map((r) => encodeKey(r.key)) : [encodeKey(key)];
          for (const k of doomed) {
            remember(t, k);
            t.delete(k);
          }
        },
        clear: (s) => {
          const t = this.table(s);
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
export function createMemoryStore(options: RecordStoreOptions = {}): RecordStore {
  return new RecordStore(new MemoryBackend(), options);
}

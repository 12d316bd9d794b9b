/**
 * The record layer under RecordStore: the few operations the storage logic
 * needs, run inside one transaction. IndexedDB (idb-store.ts) and memory
 * (memory-store.ts) implement it, so commit, load, compaction, rebuild and
 * reset are written once and behave the same on both.
 *
 * Rules for callers: inside `write`, only await the reader methods given (an
 * IndexedDB transaction commits as soon as it has no pending request, so
 * awaiting anything else would end it early). Puts and deletes are queued in
 * order; a throw anywhere aborts the whole transaction. Keys order as
 * IndexedDB orders them (numbers < strings < arrays, arrays element by
 * element), and getAll returns records in key order.
 */
import type { StoreName } from './schema';

export type RecordKey = string | number | RecordKey[];

/** Keys from `lower` to `upper`, both included. */
export interface KeyRange {
  readonly lower: RecordKey;
  readonly upper: RecordKey;
}

/** Every [nodeId, ...] key of one node: [nodeId] sorts before them and [nodeId, []] after. */
export function nodeRange(nodeId: string): KeyRange {
  return { lower: [nodeId], upper: [nodeId, []] };
}

export interface RecordReader {
  get<T>(store: StoreName, key: RecordKey): Promise<T | undefined>;
  /** Records in key order (of the range, when given), at most `limit`. */
  getAll<T>(store: StoreName, range?: KeyRange, limit?: number): Promise<T[]>;
  getAllKeys(store: StoreName, range?: KeyRange, limit?: number): Promise<RecordKey[]>;
  count(store: StoreName): Promise<number>;
  /** The greatest key in the range, if any. */
  lastKey(store: StoreName, range: KeyRange): Promise<RecordKey | undefined>;
}

export interface RecordWriter extends RecordReader {
  /**
   * Stores a structured-clone copy; `key` for stores without a keyPath. Throws
   * (DataCloneError) for a value that cannot be cloned.
   */
  put(store: StoreName, value: unknown, key?: RecordKey): void;
  /** Like put, but the transaction fails (ConstraintError) if the key is taken. */
  add(store: StoreName, value: unknown, key?: RecordKey): void;
  delete(store: StoreName, key: RecordKey | KeyRange): void;
  clear(store: StoreName): void;
}

export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  /** The schema version of the data (the IndexedDB version). */
  readonly schemaVersion: number;
  /**
   * The browser's words when it deleted the database as damaged before this
   * open (Chromium's IDBVersionChangeEvent.dataLoss 'total'); null otherwise.
   */
  readonly browserDataLoss?: string | null;
  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T>;
  /** Runs `fn` in one read-write transaction; if it throws, nothing it queued is kept. */
  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T>;
  close(): void;
}

export function isKeyRange(x: RecordKey | KeyRange): x is KeyRange {
  return typeof x === 'object' && !Array.isArray(x);
}

/**
 * The record layer under RecordStore: the few operations the storage logic
 * needs, run inside one transaction. IndexedDB (idb-store.ts) and memory
 * (memory-store.ts) implement it, so commit, load, rebuild and reset are written
 * once and behave the same on both.
 *
 * Rules for callers: inside `write`, only await the reader methods given (an
 * IndexedDB transaction commits as soon as it has no pending request, so
 * awaiting anything else would end it early). Puts and deletes are queued in
 * order; a throw anywhere aborts the whole transaction.
 */
import type { NodeScopedStore, StoreName } from './schema';

export type RecordKey = string | number | (string | number)[];

export interface RecordReader {
  get<T>(store: StoreName, key: RecordKey): Promise<T | undefined>;
  getAll<T>(store: StoreName): Promise<T[]>;
  /** Every record of one node in a node-scoped store. */
  getAllOfNode<T>(store: NodeScopedStore, nodeId: string): Promise<T[]>;
  /** True when some node's block index (nodeBlocks) still holds this block. */
  isBlockReferenced(hash: string): Promise<boolean>;
}

export interface RecordWriter extends RecordReader {
  /** Stores a structured-clone copy; throws (DataCloneError) for a value that cannot be cloned. */
  put(store: StoreName, value: object): void;
  delete(store: StoreName, key: RecordKey): void;
  deleteAllOfNode(store: NodeScopedStore, nodeId: string): void;
  clear(store: StoreName): void;
}

export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  /** The schema version of the data (the IndexedDB version). */
  readonly schemaVersion: number;
  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T>;
  /** Runs `fn` in one read-write transaction; if it throws, nothing it queued is kept. */
  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T>;
  close(): void;
}

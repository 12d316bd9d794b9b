/**
 * The ChainStore over IndexedDB (through idb). Every method is one IndexedDB
 * transaction over all stores: the browser commits it whole or not at all, so
 * a tab that dies mid-commit leaves the state before it (IndexedDB spec,
 * "transaction lifecycle": an unfinished transaction is aborted).
 *
 * Opening takes the factory as an option (tests pass a fresh fake-indexeddb
 * IDBFactory), runs the schema's creation (new-schema.ts) or, for an older
 * database, the migrations (migrations.ts, loaded only then) in the
 * versionchange transaction, and closes
 * this connection when another tab needs to upgrade (then every call fails
 * with StorageError 'closed').
 */
import { deleteDB, unwrap, wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { StorageError } from './errors';
import { RecordStore } from './record-store';
import { OlderSchemaFound, createNewSchema } from './new-schema';
import type { UpgradeTx } from './schema-v2';
import { ALL_STORES, DB_NAME, SCHEMA_VERSION, type StoreName } from './schema';
import { isKeyRange, type Backend, type KeyRange, type RecordKey, type RecordReader, type RecordWriter } from './backend';

function idbRange(range: KeyRange | undefined): IDBKeyRange | undefined {
  return range && IDBKeyRange.bound(range.lower, range.upper);
}

/** Maps DOMExceptions to StorageErrors; argument errors pass through. */
export function toStorageError(e: unknown, fallback: 'write-failed' | 'open-refused' = 'write-failed'): Error {
  if (e instanceof StorageError || e instanceof TypeError || e instanceof RangeError) return e;
  const name = (e as { name?: string } | null)?.name;
  const message = (e as Error | null)?.message ?? String(e);
  if (name === 'QuotaExceededError') return new StorageError('quota-exceeded', message, { cause: e });
  if (name === 'InvalidStateError') return new StorageError('closed', message, { cause: e });
  return new StorageError(fallback, `${name ?? 'Error'}: ${message}`, { cause: e });
}

type AnyTx = IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;

export class IdbBackend implements Backend {
  readonly kind = 'indexeddb' as const;
  private closed = false;

  constructor(
    private readonly db: IDBPDatabase,
    readonly schemaVersion: number,
    private readonly durability: IDBTransactionDurability = 'relaxed',
    readonly browserDataLoss: string | null = null,
  ) {}

  /** Marks the backend closed (another tab's upgrade, or close()). */
  markClosed(): void {
    this.closed = true;
  }

  private transaction(mode: 'readonly' | 'readwrite'): AnyTx {
    if (this.closed) throw new StorageError('closed');
    try {
      return this.db.transaction([...ALL_STORES], mode, { durability: this.durability }) as AnyTx;
    } catch (e) {
      throw toStorageError(e);
    }
  }

  private reader(tx: AnyTx): RecordReader {
    return {
      get: async <T>(store: StoreName, key: RecordKey) => (await tx.objectStore(store).get(key)) as T | undefined,
      getAll: async <T>(store: StoreName, range?: KeyRange, limit?: number) => (await tx.objectStore(store).getAll(idbRange(range), limit)) as T[],
      getAllKeys: async (store: StoreName, range?: KeyRange, limit?: number) => (await tx.objectStore(store).getAllKeys(idbRange(range), limit)) as RecordKey[],
      count: (store: StoreName) => tx.objectStore(store).count(),
      lastKey: async (store: StoreName, range: KeyRange) => ((await tx.objectStore(store).openKeyCursor(idbRange(range), 'prev'))?.key ?? undefined) as RecordKey | undefined,
    };
  }

  async read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    const tx = this.transaction('readonly');
    try {
      const result = await fn(this.reader(tx));
      await tx.done;
      return result;
    } catch (e) {
      throw toStorageError(e);
    }
  }

  async write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T> {
    const tx = this.transaction('readwrite');
    // Native stores for puts and deletes: fire-and-forget requests whose failure aborts the
    // transaction (tx.done rejects), without one promise per record.
    const native = (store: StoreName) => unwrap(tx.objectStore(store)) as IDBObjectStore;
    const writer: RecordWriter = {
      ...this.reader(tx),
      put: (store, value, key) => void native(store).put(value, key),
      add: (store, value, key) => void native(store).add(value, key),
      delete: (store, key) => void native(store).delete(isKeyRange(key) ? idbRange(key)! : key),
      clear: (store) => void native(store).clear(),
    };
    let result: T;
    try {
      result = await fn(writer);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      await tx.done.catch(() => undefined);
      throw toStorageError(e);
    }
    try {
      await tx.done;
    } catch (e) {
      throw toStorageError((unwrap(tx) as IDBTransaction).error ?? e);
    }
    return result;
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

export interface IdbOpenOptions {
  /** Database name (default "pocket-chain"). */
  readonly name?: string;
  /** The IndexedDB factory (default: globalThis.indexedDB). */
  readonly indexedDB?: IDBFactory;
  /** Another tab holds an older version open: the upgrade waits until it closes. */
  readonly onBlocked?: () => void;
  /** This connection was closed so another tab could upgrade; reload to continue. */
  readonly onClosedByUpgrade?: () => void;
  /**
   * 'relaxed' (default): a commit is done once the OS has the data, so a closed or crashed
   * tab keeps it; only a power cut right after may lose the last commits (never half of one:
   * atomicity does not depend on durability). 'strict' waits for the disk flush.
   */
  readonly durability?: IDBTransactionDurability;
  /** The schema upgrade to run (default: as the stored version needs; tests wrap migrations.ts's to fail mid-upgrade). */
  readonly upgrade?: SchemaUpgrade;
}

/** A versionchange step: creates or upgrades the stores inside the upgrade transaction. */
export type SchemaUpgrade = (db: IDBPDatabase, oldVersion: number, tx: UpgradeTx) => Promise<void>;

const loadMigrations = async (): Promise<SchemaUpgrade> => (await import('./migrations')).upgradeSchema;

/**
 * The upgrade a database needs, chosen before opening it: the versionchange
 * transaction commits as soon as no request is pending, so it cannot wait for
 * the migrations' code to load. A new or current database needs only the
 * stores; an older one (or a browser that cannot list its databases) gets the
 * migrations.
 */
async function upgradeFor(factory: IDBFactory, name: string): Promise<SchemaUpgrade> {
  if (typeof factory.databases !== 'function') return loadMigrations();
  let stored: number | undefined;
  try {
    stored = (await factory.databases()).find((d) => d.name === name)?.version;
  } catch {
    return loadMigrations();
  }
  return stored === undefined || stored >= SCHEMA_VERSION ? createNewSchema : loadMigrations();
}

/** Opens (creating or upgrading) the database and returns a store over it. */
export async function openIdbStore(options: IdbOpenOptions = {}): Promise<RecordStore> {
  return new RecordStore(await openIdbBackend(options));
}

/** The record layer alone (tests wrap it to inject failures). */
export async function openIdbBackend(options: IdbOpenOptions = {}): Promise<IdbBackend> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new StorageError('indexeddb-missing');
  const name = options.name ?? DB_NAME;
  if (options.upgrade) return openWith(factory, name, options.upgrade, options);
  try {
    return await openWith(factory, name, await upgradeFor(factory, name), options);
  } catch (e) {
    // An older tab wrote an older database between the check and the open (the aborted upgrade changed nothing).
    if (e instanceof StorageError && e.cause instanceof OlderSchemaFound) return openWith(factory, name, await loadMigrations(), options);
    throw e;
  }
}

async function openWith(factory: IDBFactory, name: string, upgrade: SchemaUpgrade, options: IdbOpenOptions): Promise<IdbBackend> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, SCHEMA_VERSION);
  } catch (e) {
    throw new StorageError('open-refused', (e as Error).message, { cause: e });
  }
  let migrationError: unknown;
  let browserDataLoss: string | null = null;
  request.onupgradeneeded = (event) => {
    // Chromium deletes a database it finds damaged and opens it as new; it says so here.
    const loss = event as IDBVersionChangeEvent & { dataLoss?: string; dataLossMessage?: string };
    if (loss.dataLoss === 'total') browserDataLoss = loss.dataLossMessage || 'the browser gave no reason';
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    tx.done.catch(() => undefined); // an aborted upgrade is reported through the open request
    upgrade(wrap(request.result), event.oldVersion, tx).catch((e: unknown) => {
      migrationError = e;
      try {
        tx.abort();
      } catch {
        // the transaction already failed
      }
    });
  };
  request.onblocked = () => options.onBlocked?.();
  let raw: IDBDatabase;
  try {
    raw = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } catch (e) {
    if (migrationError !== undefined) throw new StorageError('migration-failed', (migrationError as Error).message, { cause: migrationError });
    const name0 = (e as { name?: string } | null)?.name;
    if (name0 === 'VersionError') throw new StorageError('open-refused', 'the database was written by a newer version of Pocket Chain', { cause: e });
    if (name0 === 'QuotaExceededError') throw new StorageError('quota-exceeded', (e as Error).message, { cause: e });
    throw new StorageError('open-refused', `${name0 ?? 'Error'}: ${(e as Error)?.message}`, { cause: e });
  }
  const db = wrap(raw);
  const backend = new IdbBackend(db, db.version, options.durability ?? 'relaxed', browserDataLoss);
  raw.onversionchange = () => {
    backend.close();
    options.onClosedByUpgrade?.();
  };
  return backend;
}

/** Deletes the whole database (a last resort for the UI, e.g. after a failed migration). */
export async function deleteIdbDatabase(options: { name?: string; indexedDB?: IDBFactory } = {}): Promise<void> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new StorageError('indexeddb-missing');
  const name = options.name ?? DB_NAME;
  if (!options.indexedDB) return deleteDB(name);
  await new Promise<void>((resolve, reject) => {
    const req = factory.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(toStorageError(req.error));
  });
}

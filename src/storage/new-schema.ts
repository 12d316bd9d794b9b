/**
 * The current schema's stores and the meta 'info' record: all that opening a
 * new database (or one already at this version) needs. Upgrading an older
 * database runs migrations.ts, whose code idb-store.ts loads only when the
 * database it opens is older.
 */
import type { IDBPDatabase } from 'idb';
import { KEY_PATHS, SCHEMA_VERSION, STORES, type InfoRecord, type MigrationStep } from './schema';
import type { UpgradeTx } from './schema-v2';

/** Creates every current store that does not exist yet. */
export function createCurrentStores(db: IDBPDatabase): void {
  for (const name of Object.values(STORES)) {
    if (db.objectStoreNames.contains(name)) continue;
    const keyPath = KEY_PATHS[name];
    const s = db.createObjectStore(name, keyPath === null ? {} : { keyPath, autoIncrement: name === STORES.quarantine });
    if (name === STORES.quarantine) s.createIndex('byNode', 'nodeId');
  }
}

/** Writes meta 'info': this schema version, the creation time kept, the steps taken added to the history. */
export async function recordSchema(tx: UpgradeTx, steps: readonly MigrationStep[], at: string): Promise<void> {
  const meta = tx.objectStore(STORES.meta);
  const old = (await meta.get('info')) as InfoRecord | undefined;
  const info: InfoRecord = {
    key: 'info',
    schemaVersion: SCHEMA_VERSION,
    createdAt: old?.createdAt ?? at,
    migrations: [...(old?.migrations ?? []), ...steps],
  };
  await meta.put(info);
}

/** Thrown by createNewSchema when the database turns out older than the check before opening said (another tab wrote it meanwhile). */
export class OlderSchemaFound extends Error {
  constructor(readonly oldVersion: number) {
    super(`the database is at schema ${oldVersion}, older than ${SCHEMA_VERSION}: it needs the migrations`);
    this.name = 'OlderSchemaFound';
  }
}

/** The versionchange step for a database that is new (version 0): the current stores and 'info'. */
export async function createNewSchema(db: IDBPDatabase, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion > 0) throw new OlderSchemaFound(oldVersion);
  createCurrentStores(db);
  await recordSchema(tx, [], new Date().toISOString());
}

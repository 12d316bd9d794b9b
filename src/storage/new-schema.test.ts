import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';
import { OlderSchemaFound, createNewSchema } from './new-schema';
import { DB_NAME, SCHEMA_VERSION, STORES, type InfoRecord } from './schema';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

describe('a new database', () => {
  it('gets every current store and an info record with no migrations, and opens again without an upgrade', async () => {
    const factory = new IDBFactory();
    const store = await openIdbStore({ indexedDB: factory });
    store.close();
    const db = await request(factory.open(DB_NAME));
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(Object.values(STORES).sort());
    const info = (await request(db.transaction('meta').objectStore('meta').get('info'))) as InfoRecord;
    db.close();
    expect(info).toMatchObject({ schemaVersion: SCHEMA_VERSION, migrations: [] });
    // The second open finds the current version: nothing to create, the creation time kept.
    const again = await openIdbStore({ indexedDB: factory });
    again.close();
    const db2 = await request(factory.open(DB_NAME));
    expect(await request(db2.transaction('meta').objectStore('meta').get('info'))).toEqual(info);
    db2.close();
  });

  it('the creation step refuses an older database instead of leaving it half made', async () => {
    await expect(createNewSchema({} as never, 2, {} as never)).rejects.toBeInstanceOf(OlderSchemaFound);
    await expect(createNewSchema({} as never, 1, {} as never)).rejects.toThrow(/schema 1, older than 3: it needs the migrations/);
  });
});

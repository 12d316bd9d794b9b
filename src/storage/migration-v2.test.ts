/**
 * Upgrading a schema-2 database: fixtures/schema2-demo.json is a database the
 * schema-2 code wrote (a demo network run with a partition, a reorg, an orphan
 * and pools). It is recreated record by record with the raw IndexedDB API and
 * opened by the current code, which must load exactly what the schema-2 code
 * loaded from it, and keep working on it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../core/index';
import { stateFingerprint as chainFingerprint } from '../core/testing';
import { openIdbStore } from './idb-store';
import { upgradeSchema } from './migrations';
import { restoreNodes } from './node-state';
import { stateFingerprint } from './testing/compare';
import { DB_NAME, SCHEMA_VERSION, type InfoRecord } from './schema';
import type { Blockchain } from '../core/index';

interface StoreDump {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  records: { key: IDBValidKey; value: unknown }[];
}
interface Fixture {
  version: number;
  stores: Record<string, StoreDump>;
  expected: unknown;
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/schema2-demo.json', import.meta.url), 'utf8'), (_k, v: unknown) =>
  typeof v === 'object' && v !== null && '$bytes' in v ? hexToBytes((v as { $bytes: string }).$bytes) : v,
) as Fixture;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** The fixture's database, as the schema-2 code left it, in a fresh factory. */
async function writeSchema2(factory: IDBFactory, edit?: (stores: Record<string, StoreDump>) => void): Promise<void> {
  const stores = structuredClone(fixture.stores);
  edit?.(stores);
  const open = factory.open(DB_NAME, fixture.version);
  open.onupgradeneeded = () => {
    for (const [name, s] of Object.entries(stores)) {
      const store = open.result.createObjectStore(name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    }
  };
  const db = await request(open);
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [name, s] of Object.entries(stores)) for (const r of s.records) tx.objectStore(name).put(r.value);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Version, store names and every record, read with the raw API (to compare a database before and after). */
async function rawDump(factory: IDBFactory): Promise<unknown> {
  const db = await request(factory.open(DB_NAME));
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  const out: Record<string, unknown> = { version: db.version };
  for (const n of names) out[n] = await request(tx.objectStore(n).getAll());
  db.close();
  return out;
}

describe('migration from schema version 2', () => {
  it('the fixture is a schema-2 database with forks, an orphan and pools', () => {
    expect(fixture.version).toBe(2);
    const index = fixture.stores.nodeBlocks!.records.map((r) => r.value as { orphan: boolean });
    expect(index.some((r) => r.orphan)).toBe(true);
    expect(fixture.stores.mempool!.records.length).toBeGreaterThan(0);
    expect(fixture.stores.quarantine!.records.length).toBe(1);
  });

  it('loads exactly what the schema-2 code loaded, in the current stores', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory);
    const store = await openIdbStore({ indexedDB: factory });
    const r = await store.load();
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.problems).toEqual([]);
    expect(JSON.parse(stateFingerprint(r.state!))).toEqual(fixture.expected);
    // The quarantine kept its record; the history says what happened.
    expect(await store.quarantined()).toMatchObject([{ store: 'meta', key: 'settings', record: { value: 'not an object' } }]);
    const db = await request(factory.open(DB_NAME));
    expect([db.version, [...db.objectStoreNames].sort()]).toEqual([3, ['blocks', 'chainstate', 'journal', 'meta', 'quarantine', 'undo', 'wallets']]);
    const info = await request(db.transaction('meta').objectStore('meta').get('info'));
    db.close();
    expect((info as InfoRecord).migrations.map((m) => [m.from, m.to])).toEqual([[2, 3]]);
    store.close();
  });

  it('restores every node and keeps working: a reorg, commits and a reload on the migrated stores', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory);
    const store = await openIdbStore({ indexedDB: factory });
    const { chains, problems } = restoreNodes((await store.load()).state!);
    expect(problems).toEqual([]);
    expect([...chains.keys()].sort()).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
    // node-4 has been waiting for the parent of its orphan: node-1 sends it, node-4 adopts both.
    const n1 = chains.get('node-1')!;
    const n4 = chains.get('node-4')!;
    const orphan = n4.tree.orphanBlocks()[0]!;
    const parent = n1.getBlock(orphan.header.prevHash)!;
    const r = n4.processBlock(parent);
    expect(r.delta.orphansAdopted.length).toBe(1);
    await store.commitDelta('node-4', r.delta);
    const again = restoreNodes((await store.load()).state!);
    expect(again.problems).toEqual([]);
    // The pool as a set: after a reorg the live pool lists the returned transactions first, while
    // storage keeps arrival order (schema 2 did the same).
    const fingerprint = (c: Blockchain) => ({ ...JSON.parse(chainFingerprint(c)), pool: c.mempool.entries().map((e) => e.txid).sort() });
    expect(fingerprint(again.chains.get('node-4')!)).toEqual(fingerprint(n4));
    expect(again.chains.get('node-4')!.tip.hash).toBe(n1.tip.hash);
  });

  // The migrations' code loads only for an older database, so the version is read before opening.
  it('a browser that cannot list its databases still gets the migrations', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory);
    Object.defineProperty(factory, 'databases', { value: undefined });
    const store = await openIdbStore({ indexedDB: factory });
    const r = await store.load();
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(stateFingerprint(r.state!))).toEqual(fixture.expected);
    store.close();
  });

  it('a schema-2 database the version check missed (written by an older tab meanwhile) is still migrated, not refused', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory);
    // The check before opening sees no database; the open then meets the schema-2 one.
    Object.defineProperty(factory, 'databases', { value: async () => [] });
    const store = await openIdbStore({ indexedDB: factory });
    const r = await store.load();
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.problems).toEqual([]);
    expect(JSON.parse(stateFingerprint(r.state!))).toEqual(fixture.expected);
    store.close();
  });

  it('a v2 record that does not parse is kept in quarantine, and the damage is still found', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory, (stores) => {
      const coin = stores.utxos!.records.find((r) => (r.value as { nodeId: string }).nodeId === 'node-2')!;
      (coin.value as { amount: unknown }).amount = 'lots';
    });
    const store = await openIdbStore({ indexedDB: factory });
    const q = await store.quarantined();
    expect(q.map((x) => [x.nodeId, x.store, x.problem])).toEqual(
      expect.arrayContaining([['node-2', 'utxos', expect.stringMatching(/schema 2 -> 3: coin\.amount is not an integer/)]]),
    );
    // The node's set lacks that coin now: the check against its blocks names it, as it did in schema 2.
    const { problems } = restoreNodes((await store.load()).state!);
    expect(problems).toMatchObject([{ code: 'utxo-mismatch', nodeId: 'node-2' }]);
  });

  it('a migration that fails leaves the schema-2 database exactly as it was', async () => {
    const factory = new IDBFactory();
    await writeSchema2(factory);
    const before = await rawDump(factory);
    const failing: typeof upgradeSchema = async (db, old, tx) => {
      await upgradeSchema(db, old, tx);
      throw new Error('disk full during upgrade');
    };
    await expect(openIdbStore({ indexedDB: factory, upgrade: failing })).rejects.toMatchObject({ code: 'migration-failed', message: expect.stringContaining('disk full') });
    expect(await rawDump(factory)).toEqual(before);
    // Nothing was lost: the next start migrates normally.
    const store = await openIdbStore({ indexedDB: factory });
    expect(JSON.parse(stateFingerprint((await store.load()).state!))).toEqual(fixture.expected);
  });
});

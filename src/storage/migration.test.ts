/**
 * Upgrading an older database: a version-1 database (the single-node first cut:
 * hex blocks, a 'chain' tip record, no undo data) is written with the raw
 * IndexedDB API, then opened by the current code.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLASSROOM_PARAMS, blockToHex, bytesToHex, serializeTx, type Blockchain } from '../core/index';
import { TestChain, stateFingerprint as chainFingerprint } from '../core/testing';
import { openIdbStore } from './idb-store';
import { upgradeSchema } from './migrations';
import { restoreNodes } from './node-state';
import { DB_NAME, LEGACY_NODE_ID, SCHEMA_VERSION } from './schema';

interface V1Data {
  blocks: { hash: string; hex: string }[];
  chain: { key: string; value: string }[];
  utxos: object[];
  mempool: { txid: string; hex: string }[];
  wallets: object[];
}

function v1DataOf(t: TestChain): V1Data {
  const c: Blockchain = t.chain;
  return {
    blocks: [...c.tree.all()].map((e) => ({ hash: e.hash, hex: blockToHex(c.getBlock(e.hash)!) })),
    chain: [{ key: 'tip', value: c.tip.hash }],
    utxos: [...c.utxos.entries()].map(([outpoint, coin]) => ({ outpoint, ...coin })),
    mempool: c.mempool.entries().map((e) => ({ txid: e.txid, hex: bytesToHex(serializeTx(e.tx)) })),
    wallets: t.wallets.map(({ address, label, publicKey, privateKey }) => ({ address, label, publicKey, privateKey })),
  };
}

/** Writes a version-1 database exactly as the first cut laid it out. */
async function writeV1(factory: IDBFactory, data: V1Data): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const d = req.result;
      d.createObjectStore('blocks', { keyPath: 'hash' });
      d.createObjectStore('chain', { keyPath: 'key' });
      d.createObjectStore('utxos', { keyPath: 'outpoint' });
      d.createObjectStore('mempool', { keyPath: 'txid' });
      d.createObjectStore('wallets', { keyPath: 'address' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(['blocks', 'chain', 'utxos', 'mempool', 'wallets'], 'readwrite');
  for (const [store, records] of Object.entries(data)) for (const r of records as object[]) tx.objectStore(store).put(r);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function rawVersionAndStores(factory: IDBFactory): Promise<[number, string[]]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const out: [number, string[]] = [db.version, [...db.objectStoreNames].sort()];
  db.close();
  return out;
}

let t: TestChain;
beforeAll(() => {
  // Version 1 ran the classroom params (real proof of work: ~65,000 hashes a block).
  t = new TestChain(CLASSROOM_PARAMS, 3, 'v1-era');
  t.send(0, 1, 3 * 1e8);
  t.minePool();
  t.send(1, 2, 1e8, 1000);
  t.minePool();
  t.send(0, 2, 2 * 1e8, 500); // stays in the pool
}, 60_000);

describe('migration from schema version 1', () => {
  it('moves the single node to the current schema with undo data rebuilt, and nothing lost', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, v1DataOf(t));
    const store = await openIdbStore({ indexedDB: factory });
    const r = await store.load();
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.problems).toEqual([]);
    expect(r.state!.params).toEqual(CLASSROOM_PARAMS);
    // Version 1 kept no wallet order: they come back in key (address) order.
    const byAddress = (a: { address: string }, b: { address: string }) => (a.address < b.address ? -1 : 1);
    expect(r.state!.wallets).toEqual([...t.wallets].map(({ seed: _s, seedIndex: _i, ...w }) => w).sort(byAddress));
    expect(r.state!.nodes.map((n) => n.id)).toEqual([LEGACY_NODE_ID]);
    const node = r.state!.nodes[0]!;
    expect(node.undo.size).toBe(t.chain.height + 1);
    const { chains, problems } = restoreNodes(r.state!);
    expect(problems).toEqual([]);
    expect(chainFingerprint(chains.get(LEGACY_NODE_ID)!)).toBe(chainFingerprint(t.chain));
    // The restored node keeps working: it can disconnect with the rebuilt undo data.
    expect(chains.get(LEGACY_NODE_ID)!.getUndo(t.chain.tip.hash)).toEqual(t.chain.getUndo(t.chain.tip.hash));
    expect(await rawVersionAndStores(factory)).toEqual([SCHEMA_VERSION, ['blocks', 'chainstate', 'journal', 'meta', 'quarantine', 'undo', 'wallets']]);
    store.close();
  });

  it('keeps a version-1 record that does not parse in quarantine', async () => {
    const factory = new IDBFactory();
    const data = v1DataOf(t);
    data.mempool.push({ txid: 'ab'.repeat(32), hex: 'zz' });
    await writeV1(factory, data);
    const store = await openIdbStore({ indexedDB: factory });
    const q = await store.quarantined();
    expect(q).toMatchObject([{ store: 'mempool', key: 'ab'.repeat(32), record: { hex: 'zz' }, problem: expect.stringContaining('schema 1 -> 2') }]);
    expect(q).toHaveLength(1);
    expect((await store.load()).problems).toEqual([]);
  });

  it('a migration that fails leaves the version-1 database exactly as it was', async () => {
    const factory = new IDBFactory();
    await writeV1(factory, v1DataOf(t));
    // As if the disk filled up after the last step: the versionchange transaction aborts.
    const failing: typeof upgradeSchema = async (db, old, tx) => {
      await upgradeSchema(db, old, tx);
      throw new Error('disk full during upgrade');
    };
    await expect(openIdbStore({ indexedDB: factory, upgrade: failing })).rejects.toMatchObject({ code: 'migration-failed', message: expect.stringContaining('disk full') });
    expect(await rawVersionAndStores(factory)).toEqual([1, ['blocks', 'chain', 'mempool', 'utxos', 'wallets']]);
    // Nothing was lost: the next start migrates normally.
    const store = await openIdbStore({ indexedDB: factory });
    const { chains, problems } = restoreNodes((await store.load()).state!);
    expect(problems).toEqual([]);
    expect(chainFingerprint(chains.get(LEGACY_NODE_ID)!)).toBe(chainFingerprint(t.chain));
  });
});

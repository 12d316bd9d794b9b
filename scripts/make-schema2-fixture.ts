/**
 * Writes src/storage/fixtures/schema2-demo.json: a schema-2 IndexedDB
 * database as the schema-2 code wrote it, dumped store by store (definitions,
 * keys and records), for the migration test of the next schema.
 *
 * The database: the seeded demo network written the way a first visit writes
 * it (replaceAll), then run the way the app runs it, every chain-delta event
 * committed through commitDeltas: payments, blocks on two sides of a
 * partition, the heal and its reorg, an orphan left waiting, a pool with
 * arrival times; a damaged settings record replaced (so the quarantine store
 * holds one record). `expected` is the load() of the same database by the same
 * code, as the test fingerprint (storage/testing/compare.ts).
 *
 *   npx tsx scripts/make-schema2-fixture.ts
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { writeFileSync } from 'node:fs';
import {
  COIN,
  REGTEST_PARAMS,
  buildPayment,
  bytesToHex,
  spendableCoins,
  type ChainDelta,
} from '../src/core/index';
import { buildDemoState } from '../src/api/demo-state';
import { restoreNetwork } from '../src/api/restore-network';
import { openIdbBackend } from '../src/storage/idb-store';
import { RecordStore } from '../src/storage/record-store';
import { STORES } from '../src/storage/schema';
import { stateFingerprint } from '../src/storage/testing/compare';

const factory = new IDBFactory();
const backend = await openIdbBackend({ indexedDB: factory });
const store = new RecordStore(backend);

const state = buildDemoState('schema-2 fixture', REGTEST_PARAMS);
await store.replaceAll(state);

// Run the network as the app does: every delta committed in order, a burst as one batch.
const { network } = restoreNetwork(state);
let pending: { nodeId: string; delta: ChainDelta }[] = [];
network.on('chain-delta', (e) => pending.push({ nodeId: e.nodeId, delta: e.delta }));
const commit = async () => {
  const batch = pending;
  pending = [];
  if (batch.length > 0) await store.commitDeltas(batch);
};
const wallets = state.wallets;
const pay = (nodeId: string, from: number, to: number, coins: number, fee: number) => {
  const chain = network.node(nodeId).chain;
  const { tx } = buildPayment({
    from: wallets[from]!,
    to: wallets[to]!.address,
    amount: coins * COIN,
    fee,
    coins: spendableCoins(chain, wallets[from]!.address),
  });
  const r = network.submitTransaction(nodeId, tx);
  if (!r.accepted) throw new Error(`payment refused: ${r.code} ${r.message}`);
};

pay('node-1', 0, 4, 1, 1000);
network.runUntilIdle();
await commit();
network.mine('node-1', { minerAddress: wallets[0]!.address });
network.runUntilIdle();
await commit();

network.partition([
  ['node-1', 'node-2'],
  ['node-3', 'node-4'],
]);
pay('node-3', 2, 5, 1, 700);
network.mine('node-3', { minerAddress: wallets[2]!.address });
network.runUntilIdle();
await commit();
pay('node-1', 1, 5, 2, 1500);
network.mine('node-1', { minerAddress: wallets[0]!.address });
network.mine('node-2', { minerAddress: wallets[1]!.address });
network.runUntilIdle();
await commit();
network.heal();
network.runUntilIdle();
await commit();

// An orphan: a block on a branch node-4 has never seen (its parent is only on node-1).
network.partition([['node-1'], ['node-2', 'node-3', 'node-4']]);
const parent = network.mine('node-1', { minerAddress: wallets[0]!.address });
network.runUntilIdle();
const child = network.mine('node-1', { minerAddress: wallets[0]!.address });
await commit();
network.submitBlock('node-4', network.node('node-1').chain.getBlock(child.hash)!);
await commit();
if (!network.node('node-4').chain.tree.hasOrphan(child.hash))
  throw new Error(`expected ${child.hash} to wait as an orphan on node-4 (parent ${parent.hash})`);
pay('node-2', 3, 0, 1, 900);
network.runUntilIdle();
await commit();
await store.saveConfig({ network: network.config() as unknown as never });

// A damaged settings record, replaced: the old one goes to quarantine.
await backend.write(async (w) => w.put(STORES.meta, { key: 'settings', value: 'not an object' }));
await store.saveConfig({ settings: state.settings });

const loaded = await store.load();
if (loaded.problems.length > 0)
  throw new Error(`the fixture does not load cleanly: ${JSON.stringify(loaded.problems)}`);
store.close();

// Dump every store with the raw API.
const db = await new Promise<IDBDatabase>((resolve, reject) => {
  const req = factory.open('pocket-chain');
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});
const names = [...db.objectStoreNames];
const tx = db.transaction(names, 'readonly');
const req = <T>(r: IDBRequest<T>) =>
  new Promise<T>(
    (resolve, reject) => (
      (r.onsuccess = () => resolve(r.result)),
      (r.onerror = () => reject(r.error))
    ),
  );
const stores: Record<string, unknown> = {};
for (const name of names) {
  const s = tx.objectStore(name);
  const indexes = [...s.indexNames].map((i) => {
    const index = s.index(i);
    return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
  });
  const [keys, values] = await Promise.all([req(s.getAllKeys()), req(s.getAll())]);
  stores[name] = {
    keyPath: s.keyPath,
    autoIncrement: s.autoIncrement,
    indexes,
    records: keys.map((key, i) => ({ key, value: values[i] })),
  };
}
db.close();

const replacer = (_key: string, value: unknown) =>
  value instanceof Uint8Array ? { $bytes: bytesToHex(value) } : value;
const out = {
  about:
    'A schema-2 Pocket Chain database written by the schema-2 code (scripts/make-schema2-fixture.ts); see src/storage/fixtures/README.md.',
  name: db.name,
  version: db.version,
  stores,
  expected: JSON.parse(stateFingerprint(loaded.state!)),
};
writeFileSync(
  new URL('../src/storage/fixtures/schema2-demo.json', import.meta.url),
  `${JSON.stringify(out, replacer, 1)}\n`,
);
const counts = Object.entries(stores).map(
  ([n, s]) => `${n} ${(s as { records: unknown[] }).records.length}`,
);
console.log(`wrote src/storage/fixtures/schema2-demo.json: ${counts.join(', ')}`);

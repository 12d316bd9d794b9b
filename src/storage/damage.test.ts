/**
 * Damaged stored data: load names what is damaged and keeps it, rebuildNode
 * replays the node from its blocks (quarantining what cannot be used), reset
 * replaces everything. Records are damaged behind the store's back through a
 * second raw IndexedDB connection, as a disk or a buggy version would.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { stateFingerprint as chainFingerprint } from '../core/testing';
import { txid } from '../core/index';
import { openIdbStore } from './idb-store';
import { exportToJson } from './export';
import { restoreNodes } from './node-state';
import { buildFixture, fixtureState, type NetworkFixture } from './testing/network-fixture';
import { nodeFingerprint, stateFingerprint } from './testing/compare';
import { DB_NAME } from './schema';
import { encodeCheckpoint } from './checkpoint-codec';
import { decodeCheckpoint } from './checkpoint-decode';
import type { NodeChainstate } from './chainstate';
import type { RecordStore } from './record-store';

let f: NetworkFixture;
beforeAll(() => {
  f = buildFixture();
});

async function stored(): Promise<{ store: RecordStore; factory: IDBFactory }> {
  const factory = new IDBFactory();
  const store = await openIdbStore({ indexedDB: factory });
  await store.replaceAll(fixtureState(f));
  return { store, factory };
}

/** Runs `fn` on a raw read-write transaction of the stored database. */
async function tamper(factory: IDBFactory, fn: (tx: IDBTransaction) => void): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  fn(tx);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function rawGet(factory: IDBFactory, store: string, key: IDBValidKey): Promise<unknown> {
  let value: unknown;
  await tamper(factory, (tx) => {
    tx.objectStore(store).get(key).onsuccess = (e) => (value = (e.target as IDBRequest).result);
  });
  return value;
}

/** Decodes a node's checkpoint, lets `edit` change it, and writes it back (as a buggy version would). */
async function rewriteCheckpoint(factory: IDBFactory, nodeId: string, edit: (state: NodeChainstate) => void): Promise<void> {
  const parts: unknown[] = [];
  for (let i = 0; ; i++) {
    const part = await rawGet(factory, 'chainstate', [nodeId, i]);
    if (part === undefined) break;
    parts.push(part);
  }
  const state = decodeCheckpoint(nodeId, parts);
  edit(state);
  const records = encodeCheckpoint({ tip: state.tip, through: state.through, index: state.index.values(), coins: state.coins.entries(), pool: state.pool.values() });
  await tamper(factory, (tx) => {
    for (let i = 0; i < parts.length; i++) tx.objectStore('chainstate').delete([nodeId, i]);
    records.forEach((r, i) => tx.objectStore('chainstate').put(r, [nodeId, i]));
  });
}

const tipOf = (id: string) => (id === 'node-a' ? f.a.chain : f.b.chain).tip;

describe('damaged data', () => {
  it('a missing block is named, its nodes are left out, and nothing is deleted', async () => {
    const { store, factory } = await stored();
    const gone = tipOf('node-a').hash; // f4: both nodes hold it
    const saved = await rawGet(factory, 'blocks', gone);
    await tamper(factory, (tx) => tx.objectStore('blocks').delete(gone));
    const r = await store.load();
    expect(r.state!.nodes).toEqual([]);
    const missing = r.problems.filter((p) => p.code === 'block-missing');
    expect(missing.map((p) => p.nodeId).sort()).toEqual(['node-a', 'node-b']);
    expect(missing[0]!.message).toContain(gone);
    // The nodes' checkpoints are still there.
    expect(await rawGet(factory, 'chainstate', ['node-a', 0])).toBeInstanceOf(Uint8Array);
    // Putting the block back makes everything load again.
    await tamper(factory, (tx) => tx.objectStore('blocks').put(saved));
    expect((await store.load()).problems).toEqual([]);
  });

  it('block bytes that do not parse or hash to another hash are told apart', async () => {
    const { store, factory } = await stored();
    const g = f.a.chain.genesis.hash;
    const h1 = f.a.chain.entryAt(1)!.hash;
    const rec1 = (await rawGet(factory, 'blocks', h1)) as { bytes: Uint8Array };
    await tamper(factory, (tx) => {
      tx.objectStore('blocks').put({ hash: g, bytes: new Uint8Array([1, 2, 3]) });
      const flipped = Uint8Array.from(rec1.bytes);
      flipped[4] = flipped[4]! ^ 0xff; // inside prevHash: still parses, hashes differently
      tx.objectStore('blocks').put({ hash: h1, bytes: flipped });
    });
    const codes = new Set((await store.load()).problems.map((p) => `${p.code}:${p.key}`));
    expect(codes).toContain(`block-unparseable:${g}`);
    expect(codes).toContain(`block-hash-mismatch:${h1}`);
  });

  it('unparseable checkpoint, undo, pool and wallet records are each reported', async () => {
    const { store, factory } = await stored();
    const poolTx = f.b.chain.mempool.entries()[0]!.txid;
    const coinPart = (await rawGet(factory, 'chainstate', ['node-a', 2])) as Uint8Array;
    await rewriteCheckpoint(factory, 'node-b', (s) => s.pool.set(poolTx, { ...s.pool.get(poolTx)!, bytes: new Uint8Array([0]) }));
    await tamper(factory, (tx) => {
      tx.objectStore('chainstate').put(coinPart.slice(0, coinPart.length - 3), ['node-a', 2]);
      tx.objectStore('undo').delete(f.b.chain.entryAt(2)!.hash);
      tx.objectStore('wallets').put({ ...f.wallets[1]!, address: f.wallets[2]!.address, order: 9 });
    });
    const r = await store.load();
    const got = r.problems.map((p) => [p.code, p.nodeId ?? null, p.store, p.key ?? null]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['record-unparseable', 'node-a', 'chainstate', 'node-a'],
        ['undo-missing', 'node-b', 'undo', f.b.chain.entryAt(2)!.hash],
        ['record-unparseable', 'node-b', 'chainstate', poolTx],
        ['wallet-invalid', null, 'wallets', f.wallets[2]!.address],
      ]),
    );
    expect(r.problems.find((p) => p.nodeId === 'node-a')!.message).toMatch(/checkpoint does not parse \(the coin parts hold \d+ bytes, the head says \d+\)/);
    expect(r.state!.nodes).toEqual([]);
    // Saving the wallet list keeps the damaged record in quarantine instead of dropping it.
    await store.saveWallets(r.state!.wallets);
    const q = await store.quarantined();
    expect(q.map((x) => [x.store, x.key])).toEqual([['wallets', f.wallets[2]!.address]]);
  });

  it('missing or invalid params stop the load with a clear problem', async () => {
    const { store, factory } = await stored();
    await tamper(factory, (tx) => tx.objectStore('meta').put({ key: 'params', value: { name: 'x' } }));
    let r = await store.load();
    expect(r.state).toBeNull();
    expect(r.problems[0]).toMatchObject({ code: 'params-invalid' });
    // Saving params again sets the damaged record aside instead of overwriting it.
    await store.saveConfig({ params: f.params });
    expect(await store.quarantined()).toMatchObject([{ store: 'meta', key: 'params', record: { value: { name: 'x' } } }]);
    expect((await store.load()).problems).toEqual([]);
    await tamper(factory, (tx) => tx.objectStore('meta').delete('params'));
    r = await store.load();
    expect(r.problems[0]).toMatchObject({ code: 'params-missing' });
  });

  it('a UTXO set that differs from the blocks fails the check after restore, and a rebuild fixes it', async () => {
    const { store, factory } = await stored();
    const [outpoint, coin] = f.b.chain.utxos.entries().next().value!;
    await rewriteCheckpoint(factory, 'node-b', (s) => s.coins.add(outpoint, { ...coin, amount: coin.amount + 1 }));
    const { state, problems } = await store.load();
    expect(problems).toEqual([]); // every record parses...
    const restored = restoreNodes(state!);
    expect(restored.problems).toMatchObject([{ code: 'utxo-mismatch', nodeId: 'node-b', key: outpoint }]); // ...but the set is wrong
    expect([...restored.chains.keys()]).toEqual(['node-a']);

    const report = await store.rebuildNode('node-b');
    expect(report).toMatchObject({ nodeId: 'node-b', tipAfter: f.b.chain.tip.hash, quarantined: [], mempoolKept: f.b.chain.mempool.size });
    const again = restoreNodes((await store.load()).state!);
    expect(again.problems).toEqual([]);
    expect(chainFingerprint(again.chains.get('node-b')!)).toBe(chainFingerprint(f.b.chain));
  });

  it('rebuilding around a lost block quarantines it and keeps its descendants as orphans', async () => {
    const { store, factory } = await stored();
    const lost = f.b.chain.entryAt(3)!.hash; // f3: both nodes hold it
    const rec = (await rawGet(factory, 'blocks', lost)) as { bytes: Uint8Array };
    const flipped = Uint8Array.from(rec.bytes);
    flipped[4] = flipped[4]! ^ 0xff;
    await tamper(factory, (tx) => tx.objectStore('blocks').put({ hash: lost, bytes: flipped }));
    expect((await store.load()).problems.map((p) => `${p.code} ${p.nodeId}`).sort()).toEqual(['block-hash-mismatch node-a', 'block-hash-mismatch node-b']);

    const b3 = f.b.chain.tree.childrenOf(f.b.chain.entryAt(2)!.hash).find((h) => h !== lost)!;
    const t3 = f.b.chain.getBlock(b3)!.txs[1]!;
    const report = await store.rebuildNode('node-b');
    expect(report.quarantined).toEqual([
      { store: 'blocks', key: lost, problem: expect.stringContaining('hash to') },
      // Without f3 the node is back on b3, which confirms t3: the stored pool copy has no place.
      { store: 'chainstate', key: txid(t3), problem: expect.stringContaining('txn-already-known') },
    ]);
    expect(report.tipAfter).toBe(b3);
    // node-a still holds the damaged block; rebuilt too, nobody holds it and it is removed (its copy is in quarantine).
    await store.rebuildNode('node-a');
    expect(await rawGet(factory, 'blocks', lost)).toBeUndefined();
    const { state, problems } = await store.load();
    expect(problems).toEqual([]);
    const b = state!.nodes.find((n) => n.id === 'node-b')!;
    expect(b.tip).not.toBe(f.b.chain.tip.hash); // it lost its best branch...
    expect(b.orphans.map((o) => o.header.prevHash)).toEqual([lost]); // ...and f4 waits for f3
    expect((await store.quarantined())[0]!.record).toMatchObject({ hash: lost, bytes: flipped });
    expect(restoreNodes(state!).problems).toEqual([]);
  });

  it('rebuild refuses a node whose genesis is gone, and reset replaces everything', async () => {
    const { store, factory } = await stored();
    await tamper(factory, (tx) => tx.objectStore('blocks').delete(f.a.chain.genesis.hash));
    await expect(store.rebuildNode('node-a')).rejects.toMatchObject({ code: 'rebuild-impossible' });
    await expect(store.rebuildNode('node-zz')).rejects.toMatchObject({ code: 'node-not-found' });
    const fresh = buildFixture('another seed');
    const written = await store.reset(() => fixtureState(fresh));
    const r = await store.load();
    expect(r.problems).toEqual([]);
    expect(stateFingerprint(r.state!)).toBe(stateFingerprint(written));
    expect(r.state!.nodes.map(nodeFingerprint)).toEqual(fixtureState(fresh).nodes.map(nodeFingerprint));
  });

  it('reset from a seed: the same seed writes the same chain, another seed another one', async () => {
    const write = async (seed: string) => {
      const store = await openIdbStore({ indexedDB: new IDBFactory() });
      await store.reset(() => fixtureState(buildFixture(seed)));
      return exportToJson((await store.load()).state!, { includeWallets: true, exportedAt: 'fixed' });
    };
    const [a, b, c] = [await write('demo-1'), await write('demo-1'), await write('demo-2')];
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('a reset whose builder throws changes nothing', async () => {
    const { store } = await stored();
    const before = stateFingerprint((await store.load()).state!);
    await expect(
      store.reset(() => {
        throw new Error('demo network failed');
      }),
    ).rejects.toThrow('demo network failed');
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });
});

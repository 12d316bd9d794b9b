/**
 * Journals, compaction and garbage collection (schema 3): a commit costs about
 * the bytes it adds; compaction changes how the state is stored, never the
 * state, and dying at any write of it changes nothing; garbage collection
 * removes exactly the blocks no node holds; a store whose idea of where a
 * journal ends is stale (another tab wrote) learns again instead of
 * overwriting.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { COIN, serializeBlock } from '../core/index';
import { TestChain, buildBlockOn } from '../core/testing';
import { openIdbBackend } from './idb-store';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { nodeStateFromChain } from './node-state';
import { buildFixture, fixtureState, mineOn, type NetworkFixture } from './testing/network-fixture';
import { stateFingerprint } from './testing/compare';
import { nodeRange, type Backend, type RecordReader, type RecordWriter } from './backend';
import { STORES } from './schema';

/** A backend that counts the writes and bytes of each transaction, and can die after `budget` writes. */
class WatchedBackend implements Backend {
  budget = Infinity;
  writes: { store: string; bytes: number }[] = [];
  readonly kind: Backend['kind'];
  readonly schemaVersion: number;

  constructor(readonly inner: Backend) {
    this.kind = inner.kind;
    this.schemaVersion = inner.schemaVersion;
  }

  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    return this.inner.read(fn);
  }

  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T> {
    return this.inner.write((w) => {
      const note = (store: string, value?: unknown) => {
        if (this.budget-- <= 0) throw new Error('tab died mid-write');
        const bytes = value instanceof Uint8Array ? value.length : (value as { bytes?: Uint8Array } | undefined)?.bytes?.length ?? 0;
        this.writes.push({ store, bytes });
      };
      return fn({
        ...w,
        put: (s, v, k) => (note(s, v), w.put(s, v, k)),
        add: (s, v, k) => (note(s, v), w.add(s, v, k)),
        delete: (s, k) => (note(s), w.delete(s, k)),
        clear: (s) => (note(s), w.clear(s)),
      });
    });
  }

  close(): void {
    this.inner.close();
  }
}

const backends: [string, () => Promise<Backend>][] = [
  ['indexeddb', () => openIdbBackend({ indexedDB: new IDBFactory() })],
  ['memory', async () => new MemoryBackend()],
];

let f: NetworkFixture;
beforeAll(() => {
  f = buildFixture();
});

async function written(store: RecordStore, fx: NetworkFixture = f): Promise<void> {
  const f = fx;
  await store.saveConfig({ params: f.params, network: fixtureState(f).network, settings: fixtureState(f).settings });
  await store.saveWallets(f.wallets);
  for (const n of f.initial) await store.saveNode(n);
  for (const d of f.deltas) await store.commitDelta(d.nodeId, d.delta);
}

describe.each(backends)('%s', (_name, open) => {
  it("one block's commit writes the block, its undo data and one journal entry: about the block's bytes", async () => {
    const t = new TestChain();
    for (let i = 0; i < 8; i++) t.mine({ miner: t.wallets[i % 4]!.address });
    const backend = new WatchedBackend(await open());
    const store = new RecordStore(backend);
    await store.saveConfig({ params: t.params });
    await store.saveNode(nodeStateFromChain('n', t.chain));
    for (let i = 0; i < 10; i++) t.send(i % 4, (i + 1) % 4, COIN / 10, 1000);
    const entries = t.chain.mempool.entries();
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: entries.map((e) => e.tx), fees: entries.reduce((n, e) => n + e.fee, 0) });
    backend.writes = [];
    await store.commitDelta('n', t.chain.processBlock(block).delta);
    expect(backend.writes.map((w) => w.store).sort()).toEqual(['blocks', 'journal', 'undo']);
    const total = backend.writes.reduce((n, w) => n + w.bytes, 0);
    const blockBytes = serializeBlock(block).length;
    expect(block.txs).toHaveLength(11);
    expect(total).toBeLessThan(2 * blockBytes);
  });

  it('compaction folds the journal into the checkpoint and changes nothing else', async () => {
    const plain = new RecordStore(await open(), { compaction: 'manual' });
    await written(plain);
    const compacting = new RecordStore(await open(), { journalLimitBytes: 1 });
    await written(compacting);
    expect(stateFingerprint((await compacting.load()).state!)).toBe(stateFingerprint((await plain.load()).state!));
    const report = await plain.maintain({ all: true });
    expect([...report.compacted].sort()).toEqual(['node-a', 'node-b']);
    expect(stateFingerprint((await plain.load()).state!)).toBe(stateFingerprint((await compacting.load()).state!));
  });

  it('compaction by merging bytes and by rewriting the checkpoint whole store the same state', async () => {
    const merging = new RecordStore(await open(), { journalLimitBytes: 1 });
    await written(merging);
    const rewriting = new RecordStore(await open(), { journalLimitBytes: 1, compactBy: 'rewrite' });
    await written(rewriting);
    expect(stateFingerprint((await merging.load()).state!)).toBe(stateFingerprint((await rewriting.load()).state!));
  });

  it('a compaction that dies after any write leaves the stored state exactly as it was', async () => {
    const backend = new WatchedBackend(await open());
    const store = new RecordStore(backend, { compaction: 'manual' });
    await written(store);
    const before = stateFingerprint((await store.load()).state!);
    backend.writes = [];
    const probe = new RecordStore(new WatchedBackend(await open()), { compaction: 'manual' });
    await written(probe);
    const counting = (probe as unknown as { db: WatchedBackend }).db;
    counting.writes = [];
    await probe.maintain({ all: true });
    const total = counting.writes.length;
    expect(total).toBeGreaterThan(4);
    for (let k = 0; k < total; k++) {
      backend.budget = k;
      await expect(store.maintain({ all: true })).rejects.toThrow(/tab died/);
      backend.budget = Infinity;
      expect(stateFingerprint((await store.load()).state!), `after dying at write ${k} of ${total}`).toBe(before);
    }
  });

  it('garbage collection removes the blocks and undo data no node holds, and only those', async () => {
    const g = buildFixture('garbage');
    g.b.process(mineOn(g.b, g.clock, { withPool: false })); // a block only node-b holds
    const store = new RecordStore(await open());
    await written(store, g);
    const a = g.a.chain;
    const b = g.b.chain;
    const onlyB = [...b.tree.all()].map((e) => e.hash).filter((h) => !a.tree.has(h));
    expect(onlyB.length).toBeGreaterThan(0);
    const keys = (backend: RecordReader, s: 'blocks' | 'undo') => backend.getAllKeys(STORES[s]);
    const db = (store as unknown as { db: Backend }).db;
    await store.deleteNode('node-b');
    const [blocks, undo] = await db.read((r) => Promise.all([keys(r, 'blocks'), keys(r, 'undo')]));
    expect(blocks.sort()).toEqual([...a.tree.all()].map((e) => e.hash).sort());
    for (const h of onlyB) expect(undo).not.toContain(h);
    expect(undo).toContain(a.tip.hash);
  });

  it('garbage collection deletes nothing while some node cannot be read', async () => {
    const store = new RecordStore(await open());
    await written(store);
    const db = (store as unknown as { db: Backend }).db;
    await db.write(async (w) => w.put(STORES.chainstate, Uint8Array.of(9), ['node-a', 0]));
    const before = await db.read((r) => r.getAllKeys(STORES.blocks));
    expect(await store.maintain({ all: true }).catch((e: Error) => e.message)).toMatch(/unknown checkpoint format 9/);
    await store.deleteNode('node-b');
    expect(await db.read((r) => r.getAllKeys(STORES.blocks))).toEqual(before);
  });
});

describe('two stores on one database (another tab wrote in between)', () => {
  it('a store whose idea of the journal is stale learns again, and nothing is overwritten', async () => {
    const factory = new IDBFactory();
    const first = new RecordStore(await openIdbBackend({ indexedDB: factory }), { compaction: 'manual' });
    const second = new RecordStore(await openIdbBackend({ indexedDB: factory }), { compaction: 'manual' });
    await first.saveConfig({ params: f.params });
    for (const n of f.initial) await first.saveNode(n);
    const half = Math.floor(f.deltas.length / 2);
    await first.commitDeltas(f.deltas.slice(0, 2));
    await second.load(); // learns where the journals end
    await first.commitDeltas(f.deltas.slice(2, half)); // ...and is now behind
    await second.commitDeltas(f.deltas.slice(half));
    const journal = await (second as unknown as { db: Backend }).db.read((r) => r.getAllKeys(STORES.journal, nodeRange('node-a')));
    expect(new Set(journal.map((k) => JSON.stringify(k))).size).toBe(journal.length);
    expect(stateFingerprint((await first.load()).state!)).toBe(stateFingerprint({ ...fixtureState(f), network: null, settings: {}, wallets: [] }));
  });
});

/**
 * All-or-nothing commits: a failure injected at ANY point of a commit (as if
 * the tab died after the k-th request) leaves exactly the previous state, on
 * IndexedDB and in memory; so does a record that fails to serialize.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIdbBackend } from './idb-store';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { buildFixture, type NetworkFixture } from './testing/network-fixture';
import { stateFingerprint } from './testing/compare';
import type { Backend, RecordReader, RecordWriter } from './backend';
import type { NodeDelta } from './store';

/** A backend whose writes die after `budget` puts/deletes: the transaction never completes. */
class DyingBackend implements Backend {
  budget = Infinity;
  /** The stores written to, in order (to show what a commit touches). */
  readonly written: string[] = [];
  readonly kind: Backend['kind'];
  readonly schemaVersion: number;

  constructor(private readonly inner: Backend) {
    this.kind = inner.kind;
    this.schemaVersion = inner.schemaVersion;
  }

  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    return this.inner.read(fn);
  }

  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T> {
    return this.inner.write((w) => {
      const spend = (store: string) => {
        if (this.budget-- <= 0) throw new Error('tab died mid-commit');
        this.written.push(store);
      };
      const dying: RecordWriter = {
        ...w,
        put: (s, v, k) => (spend(s), w.put(s, v, k)),
        add: (s, v, k) => (spend(s), w.add(s, v, k)),
        delete: (s, k) => (spend(s), w.delete(s, k)),
        clear: (s) => (spend(s), w.clear(s)),
      };
      return fn(dying);
    });
  }

  close(): void {
    this.inner.close();
  }
}

/** Counts the writes a call makes. */
async function countWrites(backend: DyingBackend, call: () => Promise<unknown>): Promise<number> {
  backend.budget = 1e9;
  await call();
  return 1e9 - backend.budget;
}

const backends: [string, () => Promise<Backend>][] = [
  ['indexeddb', () => openIdbBackend({ indexedDB: new IDBFactory() })],
  ['memory', async () => new MemoryBackend()],
];

let f: NetworkFixture;
let reorgAt: number;
beforeAll(() => {
  f = buildFixture();
  // The delta where node-a adopts its orphan and reorganises: blocks, index, undo, coins, pool, tip.
  reorgAt = f.deltas.findIndex((d) => d.nodeId === 'node-a' && d.delta.reorg !== undefined);
});

async function storeBefore(make: () => Promise<Backend>, upTo: number): Promise<{ store: RecordStore; backend: DyingBackend }> {
  const backend = new DyingBackend(await make());
  const store = new RecordStore(backend);
  await store.saveConfig({ params: f.params });
  await store.saveWallets(f.wallets);
  for (const n of f.initial) await store.saveNode(n);
  await store.commitDeltas(f.deltas.slice(0, upTo));
  return { store, backend };
}

describe.each(backends)('%s: a commit is all or nothing', (_name, make) => {
  it('a failure after any number of writes of the reorg commit leaves the state before it', async () => {
    expect(reorgAt).toBeGreaterThan(0);
    const target: NodeDelta = f.deltas[reorgAt]!;
    const probe = await storeBefore(make, reorgAt);
    probe.backend.written.length = 0;
    const total = await countWrites(probe.backend, () => probe.store.commitDelta(target.nodeId, target.delta));
    // Blocks, their undo data and the node's journal entry: every kind of record a commit writes.
    expect(new Set(probe.backend.written)).toEqual(new Set(['blocks', 'undo', 'journal']));
    expect(total).toBeGreaterThanOrEqual(4);

    const { store, backend } = await storeBefore(make, reorgAt);
    const before = stateFingerprint((await store.load()).state!);
    for (let k = 0; k < total; k++) {
      backend.budget = k;
      await expect(store.commitDelta(target.nodeId, target.delta)).rejects.toThrow(/tab died mid-commit/);
      backend.budget = Infinity;
      expect(stateFingerprint((await store.load()).state!), `after dying at write ${k} of ${total}`).toBe(before);
    }
    // The store is still usable, and the same commit then goes through whole.
    await store.commitDelta(target.nodeId, target.delta);
    const after = (await store.load()).state!;
    expect(after.nodes.find((n) => n.id === 'node-a')!.tip).toBe(target.delta.tip);
  });

  it('a record that fails to serialize mid-commit aborts the whole commit', async () => {
    const { store } = await storeBefore(make, 0);
    const before = stateFingerprint((await store.load()).state!);
    const first = f.deltas.find((d) => d.delta.blocksAdded.length > 0 && d.delta.mempoolRemoved.length > 0)!;
    // A pool entry whose signature is not hex: the block, index, undo and coins are queued before it fails.
    const entry = first.delta.mempoolAdded[0] ?? f.deltas[0]!.delta.mempoolAdded[0]!;
    const badTx = { ...entry.tx, inputs: entry.tx.inputs.map((i) => ({ ...i, signature: 'not hex' })) };
    const poisoned = { ...first.delta, mempoolAdded: [{ ...entry, txid: 'f'.repeat(64), tx: badTx }] };
    await expect(store.commitDelta(first.nodeId, poisoned)).rejects.toThrow(/signature/);
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });

  it('a commit that carries the network config saves both in one transaction: dying after any write keeps neither', async () => {
    const target = f.deltas[reorgAt]!;
    const config = { network: { clock: 42, seed: 'next' }, settings: { speed: 3 } };
    const probe = await storeBefore(make, reorgAt);
    probe.backend.written.length = 0;
    const total = await countWrites(probe.backend, () => probe.store.commitDeltas([target], config));
    expect(probe.backend.written).toContain('meta');
    const { store, backend } = await storeBefore(make, reorgAt);
    const before = stateFingerprint((await store.load()).state!);
    for (let k = 0; k < total; k++) {
      backend.budget = k;
      await expect(store.commitDeltas([target], config)).rejects.toThrow(/tab died mid-commit/);
      backend.budget = Infinity;
      expect(stateFingerprint((await store.load()).state!), `after dying at write ${k} of ${total}`).toBe(before);
    }
    await store.commitDeltas([target], config);
    const after = (await store.load()).state!;
    expect(after.nodes.find((n) => n.id === target.nodeId)!.tip).toBe(target.delta.tip);
    expect(after.network).toEqual(config.network);
    expect(after.settings).toEqual(config.settings);
  });

  it('a config that cannot be stored does not cost the deltas: they are committed, and its error is reported', async () => {
    const { store } = await storeBefore(make, 0);
    const first = f.deltas[0]!;
    await expect(store.commitDeltas([first], { settings: [] as unknown as Record<string, never> })).rejects.toThrow(/settings must be a JSON object/);
    const after = (await store.load()).state!;
    expect(after.nodes.find((n) => n.id === first.nodeId)!.tip).toBe(first.delta.tip);
  });

  it('a batch that fails in its last delta keeps none of the earlier ones', async () => {
    const { store, backend } = await storeBefore(make, 0);
    const before = stateFingerprint((await store.load()).state!);
    const probe = await storeBefore(make, 0);
    const writes = await countWrites(probe.backend, () => probe.store.commitDeltas(f.deltas));
    backend.budget = writes - 1;
    await expect(store.commitDeltas(f.deltas)).rejects.toThrow(/tab died/);
    backend.budget = Infinity;
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });
});

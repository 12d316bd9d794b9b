/**
 * Starting like a node: loadIndex reads the block index and UTXO sets without
 * a block body, startNodes restores every node and checks its last blocks,
 * fillShelf brings the bodies in afterwards, and verifyStored replays
 * everything in the background. Each names damage as load does; damage older
 * than the start check is found by the full verification.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { COIN, DEFAULT_CHECK_BLOCKS, type Coin } from '../core/index';
import { TestChain, stateFingerprint as chainFingerprint } from '../core/testing';
import { openIdbBackend } from './idb-store';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { BlockShelf } from './block-shelf';
import { checkRecentBlocks, indexedChain } from './start-nodes';
import { fillShelf } from './fill-shelf';
import { verifyStored } from './verify-stored';
import { acceptStoredPool, nodeStateFromChain, restoreNodes } from './node-state';
import { encodeCheckpoint } from './checkpoint-codec';
import { decodeCheckpoint } from './checkpoint-decode';
import { nodeRange, type Backend, type RecordReader } from './backend';
import { STORES } from './schema';
import type { NodeChainstate } from './chainstate';
import type { IndexedState } from './store';

/** A node with 16 blocks of payments, a side branch and a pool; and a second node on the same tip. */
let t: TestChain;
beforeAll(() => {
  t = new TestChain();
  for (let i = 0; i < 4; i++) t.mine({ miner: t.wallets[i % 4]!.address });
  for (let round = 0; round < 12; round++) {
    t.send(round % 4, (round + 1) % 4, COIN / 4, 500);
    t.minePool(t.wallets[round % 4]!.address);
  }
  t.mine({ parent: t.chain.entryAt(t.chain.height - 2)!.hash }); // a stale block
  t.send(1, 3, COIN / 5, 700);
});

/** What the app does at start: every node from its index over the shelf, its last blocks checked, its pool accepted. */
async function startNodes(store: RecordStore, state: IndexedState, shelf: BlockShelf) {
  const chains = new Map(state.nodes.map((n) => [n.id, indexedChain(state.params, n, shelf)] as const));
  const { problems, checkedBlocks } = await checkRecentBlocks(store, chains, shelf);
  for (const n of state.nodes) problems.push(...acceptStoredPool(chains.get(n.id)!, n.id, n.mempool));
  for (const p of problems) chains.delete(p.nodeId!);
  return { chains, problems, checkedBlocks };
}

/** Counts the reads of each store. */
class CountingBackend implements Backend {
  readonly reads = new Map<string, number>();
  readonly kind: Backend['kind'];
  readonly schemaVersion: number;
  constructor(readonly inner: Backend) {
    this.kind = inner.kind;
    this.schemaVersion = inner.schemaVersion;
  }
  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    return this.inner.read((r) => {
      const note = (s: string) => this.reads.set(s, (this.reads.get(s) ?? 0) + 1);
      return fn({ ...r, get: (s, k) => (note(s), r.get(s, k)), getAll: (s, range, l) => (note(s), r.getAll(s, range, l)) });
    });
  }
  write<T>(fn: Parameters<Backend['write']>[0]): Promise<T> {
    return this.inner.write(fn) as Promise<T>;
  }
  close(): void {
    this.inner.close();
  }
}

const backends: [string, () => Promise<Backend>][] = [
  ['indexeddb', () => openIdbBackend({ indexedDB: new IDBFactory() })],
  ['memory', async () => new MemoryBackend()],
];

describe.each(backends)('%s', (_name, open) => {
  async function stored(): Promise<{ store: RecordStore; backend: CountingBackend }> {
    const backend = new CountingBackend(await open());
    const store = new RecordStore(backend);
    await store.saveConfig({ params: t.params });
    await store.saveNode(nodeStateFromChain('a', t.chain));
    await store.saveNode(nodeStateFromChain('b', t.chain));
    return { store, backend };
  }

  async function editCheckpoint(store: RecordStore, nodeId: string, edit: (s: NodeChainstate) => void): Promise<void> {
    const db = (store as unknown as { db: Backend }).db;
    await db.write(async (w) => {
      const s = decodeCheckpoint(nodeId, await w.getAll(STORES.chainstate, nodeRange(nodeId)));
      edit(s);
      w.delete(STORES.chainstate, nodeRange(nodeId));
      encodeCheckpoint({ tip: s.tip, through: s.through, index: s.index.values(), coins: s.coins.entries(), pool: s.pool.values() }).forEach((r, i) => w.put(STORES.chainstate, r, [nodeId, i]));
    });
  }

  /** A coin still unspent that the block `fromTip` below the tip created. */
  const coinOf = (fromTip: number): [string, Coin] => [...t.chain.utxos.entries()].find(([, c]) => c.height === t.chain.height - fromTip)!;

  it('loads the index without a block body, and starts the same nodes checking their last 6 blocks', async () => {
    const { store, backend } = await stored();
    const loaded = await store.loadIndex();
    expect(loaded.problems).toEqual([]);
    expect(backend.reads.get(STORES.blocks) ?? 0).toBe(0);
    expect(backend.reads.get(STORES.undo) ?? 0).toBe(0);
    const shelf = new BlockShelf();
    const started = await startNodes(store, loaded.state!, shelf);
    expect(started.problems).toEqual([]);
    expect(started.checkedBlocks).toBe(2 * DEFAULT_CHECK_BLOCKS);
    // Only the recent bodies were read: once for both nodes.
    expect(shelf.stats().blocks).toBe(DEFAULT_CHECK_BLOCKS);
    for (const id of ['a', 'b']) expect(chainFingerprint(started.chains.get(id)!)).toBe(chainFingerprint(t.chain));
    expect(started.chains.get('a')!.mempool.entries().map((e) => [e.txid, e.time])).toEqual(t.chain.mempool.entries().map((e) => [e.txid, e.time]));
  });

  it('fills the shelf page by page; then every block is served and the full check passes', async () => {
    const { store } = await stored();
    const shelf = new BlockShelf(4);
    const { chains } = await startNodes(store, (await store.loadIndex()).state!, shelf);
    const progress: number[] = [];
    const filled = await fillShelf(store, shelf, { pageSize: 3, onProgress: (p) => progress.push(p.blocks) });
    expect(filled).toEqual({ blocks: t.chain.tree.size, total: t.chain.tree.size });
    expect(progress.length).toBeGreaterThan(4);
    const a = chains.get('a')!;
    for (const e of t.chain.tree.all()) expect(a.getBlock(e.hash)).toEqual(t.chain.getBlock(e.hash));
    expect(shelf.stats().parsedBlocks).toBeLessThanOrEqual(4); // bounded, whatever was asked
    expect(a.verifyUtxoSet().ok).toBe(true);
  });

  it('verifies everything in the background, with progress, and finds nothing wrong', async () => {
    const { store } = await stored();
    const seen: number[] = [];
    const report = await verifyStored((store as unknown as { db: Backend }).db, { batch: 5, onProgress: (p) => seen.push(p.blocks) });
    expect(report).toEqual({ nodes: 2, blocks: t.chain.height + 1, problems: [] });
    expect(seen.at(-1)).toBe(t.chain.height + 1); // both nodes share one replay
  });

  it('damage in the last blocks is found at start and named as load names it', async () => {
    const [key, coin] = coinOf(1);
    let { store } = await stored();
    await editCheckpoint(store, 'b', (s) => s.coins.add(key, { ...coin, amount: coin.amount + 1 }));
    let started = await startNodes(store, (await store.loadIndex()).state!, new BlockShelf());
    expect([...started.chains.keys()]).toEqual(['a']);
    expect(started.problems).toMatchObject([{ code: 'utxo-mismatch', nodeId: 'b', key, message: expect.stringContaining('checked at start') }]);

    ({ store } = await stored());
    const tip = t.chain.tip.hash;
    const db = (store as unknown as { db: Backend }).db;
    await db.write(async (w) => {
      const rec = (await w.get<{ bytes: Uint8Array }>(STORES.blocks, tip))!;
      const bytes = Uint8Array.from(rec.bytes);
      bytes[5] = bytes[5]! ^ 1;
      w.put(STORES.blocks, { hash: tip, bytes });
      w.delete(STORES.undo, t.chain.entryAt(t.chain.height - 1)!.hash);
    });
    started = await startNodes(store, (await store.loadIndex()).state!, new BlockShelf());
    expect(started.problems.map((p) => [p.code, p.nodeId, p.key])).toEqual([
      ['block-hash-mismatch', 'a', tip],
      ['block-hash-mismatch', 'b', tip],
    ]);
  });

  it('damage older than the start check is found by the full verification, named as before', async () => {
    const [key, coin] = coinOf(DEFAULT_CHECK_BLOCKS + 3);
    const { store } = await stored();
    await editCheckpoint(store, 'b', (s) => s.coins.add(key, { ...coin, amount: coin.amount + 1 }));
    // The sentence of the load-time check of schema 2 (a full load, then the replay of restoreNodes).
    const mismatch = restoreNodes((await store.load()).state!).problems.find((p) => p.code === 'utxo-mismatch')!;
    expect(mismatch).toMatchObject({ nodeId: 'b', key });
    const old = t.chain.entryAt(3)!.hash;
    const spender = t.chain.activeEntries().find((e) => t.chain.getUndo(e.hash)!.spent.length > 0 && e.height < t.chain.height - DEFAULT_CHECK_BLOCKS)!.hash;
    const db = (store as unknown as { db: Backend }).db;
    await db.write(async (w) => w.put(STORES.undo, Uint8Array.of(1, 0), spender));
    const started = await startNodes(store, (await store.loadIndex()).state!, new BlockShelf());
    expect(started.problems).toEqual([]);
    const report = await verifyStored(db);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        mismatch,
        expect.objectContaining({ code: 'undo-mismatch', nodeId: 'a', key: spender }),
        expect.objectContaining({ code: 'undo-mismatch', nodeId: 'b', key: spender }),
      ]),
    );
    // A block gone from storage.
    await db.write(async (w) => w.delete(STORES.blocks, old));
    expect((await verifyStored(db)).problems.filter((p) => p.code === 'block-missing').map((p) => [p.nodeId, p.key])).toEqual([
      ['a', old],
      ['b', old],
    ]);
  });
});

/**
 * Storage benchmark page: exposes `window.storageBench` for
 * bench/storage.bench.ts. In this (persistent-profile) headless Chromium page,
 * against real on-disk IndexedDB:
 *  - decodes the served chain and replays it through core (signatures not
 *    re-checked) to get one ChainDelta per block, as a live node produces them;
 *  - writes it into fresh databases: one commitDelta transaction per block
 *    (what the app does while mining; durability 'relaxed', and 'strict' on
 *    the first 1,000 blocks), commitDeltas in batches, and the whole node in
 *    one transaction (import/reset);
 *  - times each block's commit three ways, taking turns block by block: the
 *    store as it is, the old path (the block encoded again from its objects,
 *    compaction decoding and encoding the whole UTXO set; skipped with
 *    STORAGE_BASELINE=0) and the bytes alone (the same records in a bare
 *    IndexedDB transaction: what a commit cannot go below);
 *  - reopens the first database and times load() (all stores read in one
 *    transaction, every record parsed and checked) and restoreNodes() (the
 *    Blockchain rebuilt, the UTXO set checked against a replay of its blocks);
 *  - measures bytes used (navigator.storage.estimate deltas) next to the JSON
 *    size of the same data;
 *  - baseline: the same state as ONE JSON string in IndexedDB (write =
 *    JSON.stringify + put, load = get + JSON.parse into plain objects: no
 *    block decoding, no checks, no Blockchain).
 */
import { Blockchain, blockHash, parseBlock, type Block, type ChainDelta } from '../../src/core/index';
import {
  BlockShelf,
  RecordStore,
  deleteIdbDatabase,
  nodeStateFromChain,
  openIdbBackend,
  openIdbStore,
  restoreNodes,
  storageEstimate,
  REPLAY_CLOCK,
  type NodeState,
  type PersistedState,
} from '../../src/storage/index';
import { checkRecentBlocks, indexedChain } from '../../src/storage/start-nodes';
import { exportToJson } from '../../src/storage/export';
import { blockRecord } from '../../src/storage/records';
import { encodeUndo } from '../../src/storage/undo-codec';
import { encodeJournalEntry } from '../../src/storage/journal-codec';
import { STORAGE_BENCH_PARAMS } from '../storage-params';

/** Milliseconds per block of one way of committing, block by block. */
export interface CommitTimes {
  /** The commit's own transaction: median, 90th percentile, mean. */
  readonly median: number;
  readonly p90: number;
  readonly mean: number;
  /** Compaction (and garbage collection) after the commits, spread over every block. */
  readonly compactionMean: number;
  readonly compactions: number;
}

export interface StorageBenchResult {
  readonly blocks: number;
  /** Each block committed three ways in lockstep (so load changes hit all three alike). */
  readonly commitNow: CommitTimes;
  /** The old path: the block encoded again from its objects at commit, compaction decoding and encoding the whole checkpoint. Null when STORAGE_BASELINE=0. */
  readonly commitOld: CommitTimes | null;
  /** The bytes alone: the same three records put in a bare IndexedDB transaction, no storage code. */
  readonly commitBytes: CommitTimes;
  readonly payments: number;
  readonly decodeMs: number;
  readonly replayMs: number;
  readonly perBlockWriteMs: number;
  /** One transaction per block with durability 'strict' (disk flush per commit), over the first `strictBlocks` blocks. */
  readonly strictBlocks: number;
  readonly strictWriteMs: number;
  readonly batch: number;
  readonly batchedWriteMs: number;
  readonly bulkWriteMs: number;
  readonly loadMs: number;
  readonly restoreMs: number;
  /** The app's start: loadIndex, the node from its index and UTXO set, its last 6 blocks checked (no replay). */
  readonly indexLoadMs: number;
  readonly indexStartMs: number;
  readonly indexProblems: string[];
  /** The reloaded node equals the live one (tip, blocks, coins, undo) and passed the UTXO check. */
  readonly identical: boolean;
  readonly problems: string[];
  readonly utxos: number;
  /** navigator.storage.estimate() usage growth after the per-block writes. */
  readonly usageBytes: number | null;
  /** Sum of the stored records: block bytes, and the JSON-equivalent size of the other records. */
  readonly recordBytes: number;
  readonly naiveJsonBytes: number;
  readonly exportJsonBytes: number;
  readonly baselineWriteMs: number;
  readonly baselineLoadMs: number;
  readonly baselineUsageBytes: number | null;
}

const now = () => performance.now();

function unpack(buf: ArrayBuffer): Block[] {
  const view = new DataView(buf);
  const bytes = new Uint8Array(buf);
  const n = view.getUint32(0, true);
  const blocks: Block[] = [];
  let at = 4;
  for (let i = 0; i < n; i++) {
    const len = view.getUint32(at, true);
    blocks.push(parseBlock(bytes.subarray(at + 4, at + 4 + len)));
    at += 4 + len;
  }
  return blocks;
}

async function usage(): Promise<number | null> {
  return (await storageEstimate())?.usage ?? null;
}

/** What the records hold: block bytes plus hash keys, the other records at their JSON size. */
function recordBytes(n: NodeState): number {
  const json = (x: unknown) => JSON.stringify(x).length;
  let sum = 0;
  for (const b of n.blocks) {
    const r = blockRecord(b);
    sum += r.bytes.length + r.hash.length + json({ nodeId: n.id, hash: r.hash, prevHash: b.header.prevHash, seq: 0, orphan: false });
  }
  for (const [k, c] of n.utxos) sum += json({ nodeId: n.id, outpoint: k, ...c });
  for (const [h, u] of n.undo) sum += json({ nodeId: n.id, hash: h, spent: u.spent });
  return sum;
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);

/** The naive way: the whole state as one JSON string in one IndexedDB record. */
async function jsonBaseline(name: string, data: unknown): Promise<{ json: string; writeMs: number; loadMs: number; usageBytes: number | null }> {
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('state');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error))));
  const before = await usage();
  let db = await open();
  let t = now();
  const json = JSON.stringify(data);
  const tx = db.transaction('state', 'readwrite');
  tx.objectStore('state').put(json, 'state');
  await done(tx);
  const writeMs = now() - t;
  db.close();
  const usageBytes = diff(before, await usage());
  db = await open();
  t = now();
  const rtx = db.transaction('state');
  const req = rtx.objectStore('state').get('state');
  await done(rtx);
  JSON.parse(req.result as string);
  const loadMs = now() - t;
  db.close();
  return { json, writeMs, loadMs, usageBytes };
}

function times(commits: number[], maintenance: number[], compactions: number): CommitTimes {
  const sorted = [...commits].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { median: at(0.5), p90: at(0.9), mean: sum(commits) / commits.length, compactionMean: sum(maintenance) / commits.length, compactions };
}

const rawDone = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error)), (tx.onabort = () => reject(tx.error))));

async function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('blocks', { keyPath: 'hash' });
      req.result.createObjectStore('undo');
      req.result.createObjectStore('journal');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function deleteRaw(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = () => resolve();
  });
}

/**
 * Commits every delta, one transaction per block, three ways taking turns block by block:
 * the store as it is, the old path and the records alone, each into a database of its own.
 * Compaction runs after each commit, as the store's default does, timed apart.
 */
async function commitLockstep(tag: string, initial: NodeState, deltas: readonly ChainDelta[], withBaseline: boolean) {
  const open = async (name: string, compactBy: 'merge' | 'rewrite') => {
    const store = new RecordStore(await openIdbBackend({ name }), { compaction: 'manual', compactBy });
    await store.saveConfig({ params: STORAGE_BENCH_PARAMS });
    await store.saveNode(initial);
    return store;
  };
  const stores = { now: await open(`${tag}-lockstep`, 'merge'), old: withBaseline ? await open(`${tag}-old`, 'rewrite') : null };
  const raw = await openRaw(`${tag}-bytes`);
  const log = { now: { commits: [] as number[], maintenance: [] as number[], compactions: 0 }, old: { commits: [] as number[], maintenance: [] as number[], compactions: 0 }, bytes: [] as number[] };
  const commitOn = async (store: RecordStore, delta: ChainDelta, into: typeof log.now) => {
    let t = now();
    await store.commitDelta('node-1', delta);
    into.commits.push(now() - t);
    t = now();
    const report = await store.maintain();
    into.maintenance.push(now() - t);
    into.compactions += report.compacted.length;
  };
  let seq = 0;
  for (const d of deltas) {
    await commitOn(stores.now, d, log.now);
    // The old path encoded the block from its objects at every commit: a copy has no cached encoding.
    if (stores.old) {
      const copy: ChainDelta = { ...d, blocksAdded: d.blocksAdded.map((b) => ({ ...b, block: structuredClone(b.block) })) };
      await commitOn(stores.old, copy, log.old);
    }
    // The records this commit writes, encoded outside the timing, then put in one bare transaction.
    const b = d.blocksAdded[0]!;
    const records = { block: blockRecord(b.block, b.hash), undo: encodeUndo(d.connected[0]!.undo, b.block), journal: encodeJournalEntry(++seq, [d]) };
    const t = now();
    const tx = raw.transaction(['blocks', 'undo', 'journal'], 'readwrite', { durability: 'relaxed' });
    tx.objectStore('blocks').put(records.block);
    tx.objectStore('undo').put(records.undo, b.hash);
    tx.objectStore('journal').put(records.journal, ['node-1', seq]);
    await rawDone(tx);
    log.bytes.push(now() - t);
  }
  stores.now.close();
  stores.old?.close();
  raw.close();
  return {
    now: times(log.now.commits, log.now.maintenance, log.now.compactions),
    old: stores.old ? times(log.old.commits, log.old.maintenance, log.old.compactions) : null,
    bytes: times(log.bytes, [], 0),
  };
}

async function run(url: string, batch: number, withBaseline: boolean): Promise<StorageBenchResult> {
  const tag = `bench-${Date.now()}`;
  let t = now();
  const blocks = unpack(await (await fetch(url)).arrayBuffer());
  const decodeMs = now() - t;
  const payments = blocks.reduce((s, b) => s + b.txs.length - 1, 0);

  t = now();
  const chain = Blockchain.fromGenesis(STORAGE_BENCH_PARAMS, blocks[0]!, { now: () => REPLAY_CLOCK, verifySignatures: false });
  const initial = nodeStateFromChain('node-1', chain);
  const deltas: ChainDelta[] = [];
  for (const b of blocks.slice(1)) {
    const r = chain.processBlock(b);
    if (r.status !== 'active') throw new Error(`bench block ${r.hash} refused: ${r.code} ${r.message}`);
    deltas.push(r.delta);
  }
  const replayMs = now() - t;
  const live = nodeStateFromChain('node-1', chain);
  const state: PersistedState = { params: STORAGE_BENCH_PARAMS, nodes: [live], wallets: [], network: null, settings: {} };

  // 1. One transaction per block.
  const u0 = await usage();
  let store = await openIdbStore({ name: `${tag}-per-block` });
  await store.saveConfig({ params: STORAGE_BENCH_PARAMS });
  await store.saveNode(initial);
  t = now();
  for (const d of deltas) await store.commitDelta('node-1', d);
  const perBlockWriteMs = now() - t;
  store.close();
  const usageBytes = diff(u0, await usage());

  // 2. Reload it: as the app starts (block index, last blocks checked), then the old way (everything, replayed).
  store = await openIdbStore({ name: `${tag}-per-block` });
  t = now();
  const index = await store.loadIndex();
  const indexLoadMs = now() - t;
  const shelf = new BlockShelf();
  const started = new Map(index.state!.nodes.map((n) => [n.id, indexedChain(index.state!.params, n, shelf)] as const));
  const recent = await checkRecentBlocks(store, started, shelf);
  const indexStartMs = now() - t;
  const indexProblems = [...index.problems, ...recent.problems].map((p) => `${p.code}: ${p.message}`);
  if (started.get('node-1')?.tip.hash !== chain.tip.hash) indexProblems.push('the index start has another tip');
  store.close();
  store = await openIdbStore({ name: `${tag}-per-block` });
  t = now();
  const loaded = await store.load();
  const loadMs = now() - t;
  t = now();
  const restored = restoreNodes(loaded.state!);
  const restoreMs = now() - t;
  store.close();
  const problems = [...loaded.problems, ...restored.problems].map((p) => `${p.code}: ${p.message}`);
  const back = loaded.state?.nodes[0];
  const identical =
    problems.length === 0 &&
    !!back &&
    back.tip === live.tip &&
    back.blocks.map((b) => blockHash(b.header)).join() === live.blocks.map((b) => blockHash(b.header)).join() &&
    back.utxos.length === live.utxos.length &&
    new Map(back.utxos).size === chain.utxos.size &&
    back.utxos.every(([k, c]) => chain.utxos.getCoin(k)?.amount === c.amount) &&
    back.undo.size === live.undo.size &&
    restored.chains.get('node-1')?.tip.hash === chain.tip.hash;

  // JSON sizes of the same data, and the one-JSON-record baseline (measured before anything is deleted,
  // so the usage estimate is not disturbed by space being reclaimed).
  const naive = { params: state.params, blocks: live.blocks, orphans: live.orphans, tip: live.tip, utxos: live.utxos, undo: [...live.undo], mempool: live.mempool };
  const exportJsonBytes = new TextEncoder().encode(exportToJson(state)).length;
  const baseline = await jsonBaseline(`${tag}-json`, naive);

  // 3. Per block with durability 'strict' (the default above is 'relaxed'), on a prefix of the chain.
  const strictBlocks = Math.min(1000, deltas.length);
  store = await openIdbStore({ name: `${tag}-strict`, durability: 'strict' });
  await store.saveConfig({ params: STORAGE_BENCH_PARAMS });
  await store.saveNode(initial);
  t = now();
  for (const d of deltas.slice(0, strictBlocks)) await store.commitDelta('node-1', d);
  const strictWriteMs = now() - t;
  store.close();
  await deleteIdbDatabase({ name: `${tag}-strict` });

  // 4. Batches of `batch` blocks per transaction.
  store = await openIdbStore({ name: `${tag}-batched` });
  await store.saveConfig({ params: STORAGE_BENCH_PARAMS });
  await store.saveNode(initial);
  t = now();
  for (let i = 0; i < deltas.length; i += batch) await store.commitDeltas(deltas.slice(i, i + batch).map((delta) => ({ nodeId: 'node-1', delta })));
  const batchedWriteMs = now() - t;
  store.close();
  await deleteIdbDatabase({ name: `${tag}-batched` });

  // 5. The whole node in one transaction.
  store = await openIdbStore({ name: `${tag}-bulk` });
  t = now();
  await store.replaceAll(state);
  const bulkWriteMs = now() - t;
  store.close();
  await deleteIdbDatabase({ name: `${tag}-bulk` });
  await deleteIdbDatabase({ name: `${tag}-per-block` });
  await deleteRaw(`${tag}-json`);

  // 6. One block's commit three ways in lockstep, last: its databases do not count in the usage above.
  const lockstep = await commitLockstep(tag, initial, deltas, withBaseline);
  await deleteIdbDatabase({ name: `${tag}-lockstep` });
  await deleteIdbDatabase({ name: `${tag}-old` });
  await deleteRaw(`${tag}-bytes`);

  return {
    blocks: blocks.length,
    commitNow: lockstep.now,
    commitOld: lockstep.old,
    commitBytes: lockstep.bytes,
    payments,
    decodeMs,
    replayMs,
    perBlockWriteMs,
    strictBlocks,
    strictWriteMs,
    batch,
    batchedWriteMs,
    bulkWriteMs,
    loadMs,
    restoreMs,
    indexLoadMs,
    indexStartMs,
    indexProblems,
    identical,
    problems,
    utxos: chain.utxos.size,
    usageBytes,
    recordBytes: recordBytes(live),
    naiveJsonBytes: new TextEncoder().encode(baseline.json).length,
    exportJsonBytes,
    baselineWriteMs: baseline.writeMs,
    baselineLoadMs: baseline.loadMs,
    baselineUsageBytes: baseline.usageBytes,
  };
}

export interface StorageBench {
  run(url: string, batch: number, withBaseline: boolean): Promise<StorageBenchResult>;
}

(window as unknown as { storageBench: StorageBench }).storageBench = { run };
(window as unknown as { benchReady: boolean }).benchReady = true;

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
  checkRecentBlocks,
  deleteIdbDatabase,
  indexedChain,
  nodeStateFromChain,
  openIdbStore,
  restoreNodes,
  storageEstimate,
  REPLAY_CLOCK,
  type NodeState,
  type PersistedState,
} from '../../src/storage/index';
import { exportToJson } from '../../src/storage/export';
import { blockRecord } from '../../src/storage/records';
import { STORAGE_BENCH_PARAMS } from '../storage-params';

export interface StorageBenchResult {
  readonly blocks: number;
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

async function run(url: string, batch: number): Promise<StorageBenchResult> {
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
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(`${tag}-json`);
    req.onsuccess = req.onerror = () => resolve();
  });

  return {
    blocks: blocks.length,
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
  run(url: string, batch: number): Promise<StorageBenchResult>;
}

(window as unknown as { storageBench: StorageBench }).storageBench = { run };
(window as unknown as { benchReady: boolean }).benchReady = true;

/**
 * Reading everything back: all stores in one read transaction (a consistent
 * picture, never half a commit), then assembling per-node states while
 * checking every record. Damage is reported as StorageProblems naming the node,
 * store and key; a damaged node is left out of the state and its records stay
 * where they are, for rebuildNode or reset.
 */
import { validateParams, GENESIS_PREV_HASH, type Block, type BlockUndo, type Coin, type ConsensusParams, type Wallet } from '../core/index';
import {
  BlockHashMismatchError,
  isHash,
  keyText,
  parseBlockRecord,
  parseMempoolRecord,
  parseNodeBlockRecord,
  parseNodeRecord,
  parseUndoRecord,
  parseUtxoRecord,
  parseWallet,
  walletOrder,
} from './records';
import { STORES, type JsonObject, type JsonValue, type NodeBlockRecord } from './schema';
import type { RecordReader } from './backend';
import type { DamageCode, LoadResult, MempoolItem, NodeState, StorageProblem } from './store';

export interface RawRecords {
  readonly meta: readonly { key?: unknown; value?: unknown }[];
  readonly blocks: ReadonlyMap<string, unknown>;
  readonly nodes: readonly unknown[];
  readonly nodeBlocks: readonly unknown[];
  readonly utxos: readonly unknown[];
  readonly undo: readonly unknown[];
  readonly mempool: readonly unknown[];
  readonly wallets: readonly unknown[];
}

export async function readAll(r: RecordReader): Promise<RawRecords> {
  // All requests at once: one transaction, no round trip between stores.
  const [blockRecs, meta, nodes, nodeBlocks, utxos, undo, mempool, wallets] = await Promise.all([
    r.getAll<{ hash?: unknown }>(STORES.blocks),
    r.getAll<{ key?: unknown; value?: unknown }>(STORES.meta),
    r.getAll(STORES.nodes),
    r.getAll(STORES.nodeBlocks),
    r.getAll(STORES.utxos),
    r.getAll(STORES.undo),
    r.getAll(STORES.mempool),
    r.getAll(STORES.wallets),
  ]);
  const blocks = new Map<string, unknown>();
  for (const rec of blockRecs) blocks.set(String(rec.hash), rec);
  return { meta, blocks, nodes, nodeBlocks, utxos, undo, mempool, wallets };
}

function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Groups node-scoped records by their nodeId (records without one are reported). */
function byNode(records: readonly unknown[], store: string, problems: StorageProblem[]): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const rec of records) {
    const nodeId = (rec as { nodeId?: unknown } | null)?.nodeId;
    if (typeof nodeId !== 'string') {
      problems.push({ code: 'record-unparseable', store, message: `A record in ${store} has no node id: ${JSON.stringify(rec)?.slice(0, 120)}` });
      continue;
    }
    let list = out.get(nodeId);
    if (!list) out.set(nodeId, (list = []));
    list.push(rec);
  }
  return out;
}

class MissingBlockError extends Error {}

class BlockCache {
  private readonly parsed = new Map<string, Block | Error>();
  constructor(private readonly raw: ReadonlyMap<string, unknown>) {}

  get(hash: string): Block | Error {
    let b = this.parsed.get(hash);
    if (b === undefined) {
      const rec = this.raw.get(hash);
      if (rec === undefined) b = new MissingBlockError('missing');
      else {
        try {
          b = parseBlockRecord(rec, hash);
        } catch (e) {
          b = e instanceof Error ? e : new Error(String(e));
        }
      }
      this.parsed.set(hash, b);
    }
    return b;
  }
}

interface NodeRaw {
  readonly index: unknown[];
  readonly utxos: unknown[];
  readonly undo: unknown[];
  readonly mempool: unknown[];
}

/** One node from its records, or the problems that stop it from being restored. */
function assembleNode(nodeRec: unknown, raw: NodeRaw, blocks: BlockCache): NodeState | StorageProblem[] {
  const problems: StorageProblem[] = [];
  let nodeId = String((nodeRec as { nodeId?: unknown } | null)?.nodeId);
  const problem = (code: DamageCode, store: string, key: string | undefined, message: string) =>
    problems.push({ code, nodeId, store, ...(key !== undefined ? { key } : {}), message: `Node ${nodeId}: ${message}` });
  let tip: string;
  try {
    const node = parseNodeRecord(nodeRec);
    nodeId = node.nodeId;
    tip = node.tip;
  } catch (e) {
    problem('record-unparseable', STORES.nodes, nodeId, `its node record does not parse (${why(e)}).`);
    return problems;
  }

  const index: NodeBlockRecord[] = [];
  for (const rec of raw.index) {
    try {
      index.push(parseNodeBlockRecord(rec));
    } catch (e) {
      problem('record-unparseable', STORES.nodeBlocks, keyText((rec as { hash?: unknown })?.hash), `a block index record does not parse (${why(e)}).`);
    }
  }
  index.sort((a, b) => a.seq - b.seq);
  const main: Block[] = [];
  const orphans: Block[] = [];
  const mainIndex = new Map<string, NodeBlockRecord>();
  for (const rec of index) {
    const block = blocks.get(rec.hash);
    if (block instanceof Error) {
      if (block instanceof MissingBlockError) problem('block-missing', STORES.blocks, rec.hash, `block ${rec.hash} is in its index but not stored.`);
      else if (block instanceof BlockHashMismatchError)
        problem('block-hash-mismatch', STORES.blocks, rec.hash, `block ${rec.hash}: ${block.message}.`);
      else problem('block-unparseable', STORES.blocks, rec.hash, `block ${rec.hash} does not parse (${block.message}).`);
      continue;
    }
    if (rec.orphan) orphans.push(block);
    else {
      main.push(block);
      mainIndex.set(rec.hash, rec);
    }
  }

  // The active chain: from the tip down to genesis through stored parents.
  const activeHashes: string[] = [];
  if (!mainIndex.has(tip)) {
    problem('tip-missing', STORES.nodes, nodeId, `its tip ${tip} is not among its stored blocks.`);
  } else {
    for (let h = tip; h !== GENESIS_PREV_HASH; ) {
      const rec = mainIndex.get(h);
      if (!rec) {
        problem('block-missing', STORES.nodeBlocks, h, `block ${h}, an ancestor of its tip, is not stored.`);
        break;
      }
      activeHashes.push(h);
      h = rec.prevHash;
    }
  }
  const roots = [...mainIndex.values()].filter((r) => !mainIndex.has(r.prevHash));
  for (const r of roots) {
    if (r.prevHash !== GENESIS_PREV_HASH) problem('block-missing', STORES.nodeBlocks, r.prevHash, `block ${r.prevHash}, the parent of ${r.hash}, is not stored.`);
  }
  if (roots.filter((r) => r.prevHash === GENESIS_PREV_HASH).length > 1) problem('record-unparseable', STORES.nodeBlocks, undefined, 'its index holds more than one genesis block.');

  const undoByHash = new Map<string, unknown>();
  for (const rec of raw.undo) undoByHash.set(String((rec as { hash?: unknown })?.hash), rec);
  const undo = new Map<string, BlockUndo>();
  for (const h of activeHashes) {
    const rec = undoByHash.get(h);
    if (rec === undefined) {
      problem('undo-missing', STORES.undo, h, `the undo data of active block ${h} is not stored.`);
      continue;
    }
    try {
      undo.set(h, parseUndoRecord(rec));
    } catch (e) {
      problem('record-unparseable', STORES.undo, h, `the undo data of block ${h} does not parse (${why(e)}).`);
    }
  }

  const utxos: [string, Coin][] = [];
  for (const rec of raw.utxos) {
    try {
      utxos.push(parseUtxoRecord(rec));
    } catch (e) {
      problem('record-unparseable', STORES.utxos, keyText((rec as { outpoint?: unknown })?.outpoint), `a coin record does not parse (${why(e)}).`);
    }
  }

  const pool: (MempoolItem & { seq: number })[] = [];
  for (const rec of raw.mempool) {
    try {
      const p = parseMempoolRecord(rec);
      pool.push({ tx: p.tx, time: p.time, seq: p.seq });
    } catch (e) {
      problem('record-unparseable', STORES.mempool, keyText((rec as { txid?: unknown })?.txid), `a pool transaction does not parse (${why(e)}).`);
    }
  }
  pool.sort((a, b) => a.seq - b.seq);

  if (problems.length > 0) return problems;
  return { id: nodeId, blocks: main, orphans, tip, utxos, undo, mempool: pool.map(({ tx, time }) => ({ tx, time })) };
}

function isJsonObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Builds the LoadResult from raw records; never throws for bad data. */
export function assembleState(raw: RawRecords, schemaVersion: number): LoadResult {
  const problems: StorageProblem[] = [];
  const meta = new Map(raw.meta.map((m) => [String(m.key), m.value]));
  const anythingStored = raw.nodes.length > 0 || raw.wallets.length > 0 || raw.blocks.size > 0;

  if (!meta.has('params')) {
    if (!anythingStored) return { schemaVersion, state: null, problems };
    problems.push({ code: 'params-missing', store: STORES.meta, key: 'params', message: 'The consensus parameters are not stored, so no node can be restored.' });
    return { schemaVersion, state: null, problems };
  }
  let params: ConsensusParams;
  try {
    params = validateParams(meta.get('params') as ConsensusParams);
  } catch (e) {
    problems.push({ code: 'params-invalid', store: STORES.meta, key: 'params', message: `The stored consensus parameters are invalid: ${why(e)}.` });
    return { schemaVersion, state: null, problems };
  }

  const index = byNode(raw.nodeBlocks, STORES.nodeBlocks, problems);
  const utxos = byNode(raw.utxos, STORES.utxos, problems);
  const undo = byNode(raw.undo, STORES.undo, problems);
  const mempool = byNode(raw.mempool, STORES.mempool, problems);
  const cache = new BlockCache(raw.blocks);
  const nodes: NodeState[] = [];
  const known = new Set<string>();
  for (const rec of raw.nodes) {
    const id = String((rec as { nodeId?: unknown } | null)?.nodeId);
    known.add(id);
    const result = assembleNode(rec, { index: index.get(id) ?? [], utxos: utxos.get(id) ?? [], undo: undo.get(id) ?? [], mempool: mempool.get(id) ?? [] }, cache);
    if (Array.isArray(result)) problems.push(...result);
    else nodes.push(result);
  }
  for (const [store, groups] of [[STORES.nodeBlocks, index], [STORES.utxos, utxos], [STORES.undo, undo], [STORES.mempool, mempool]] as const) {
    for (const id of groups.keys()) {
      if (!known.has(id)) problems.push({ code: 'record-unparseable', nodeId: id, store, message: `Node ${id}: ${store} holds records of it but its node record is missing.` });
    }
  }
  for (const hash of raw.blocks.keys()) {
    if (!isHash(hash)) problems.push({ code: 'record-unparseable', store: STORES.blocks, key: String(hash), message: `A stored block has an invalid key ${String(hash).slice(0, 80)}.` });
  }

  const wallets: { w: Wallet; order: number }[] = [];
  for (const rec of raw.wallets) {
    try {
      wallets.push({ w: parseWallet(rec, params.addressVersion), order: walletOrder(rec) });
    } catch (e) {
      const key = keyText((rec as { address?: unknown } | null)?.address);
      problems.push({ code: 'wallet-invalid', store: STORES.wallets, key, message: `Wallet ${key} is damaged: ${why(e)}.` });
    }
  }
  wallets.sort((a, b) => a.order - b.order);

  const network = (meta.get('network') ?? null) as JsonValue;
  let settings: JsonObject = {};
  if (meta.has('settings')) {
    const s = meta.get('settings');
    if (isJsonObject(s)) settings = s;
    else problems.push({ code: 'record-unparseable', store: STORES.meta, key: 'settings', message: 'The stored settings are not an object; defaults are used until they are saved again.' });
  }
  return { schemaVersion, state: { params, nodes, wallets: wallets.map((x) => x.w), network, settings }, problems };
}

/**
 * Reading everything back (the full load: export, a switch to memory, tests):
 * all stores in one read transaction (a consistent picture, never half a
 * commit), then assembling per-node states while checking every record.
 * Damage is reported as StorageProblems naming the node, store and key; a
 * damaged node is left out of the state and its records stay where they are,
 * for rebuildNode or reset.
 */
import { GENESIS_PREV_HASH, parseTx, txid as txidOf, validateParams, type Block, type BlockUndo, type ConsensusParams, type Wallet } from '../core/index';
import { BlockHashMismatchError, isHash, keyText, parseBlockRecord, parseWallet, walletOrder } from './records';
import { decodeCheckpoint } from './checkpoint-codec';
import { decodeJournalEntry } from './journal-codec';
import { decodeUndo } from './undo-codec';
import { STORES, type JsonObject, type JsonValue } from './schema';
import type { RecordKey, RecordReader } from './backend';
import type { DamageCode, LoadResult, MempoolItem, NodeState, StorageProblem } from './store';
import type { NodeChainstate } from './chainstate';

export interface RawRecords {
  readonly meta: readonly { key?: unknown; value?: unknown }[];
  readonly blocks: ReadonlyMap<string, unknown>;
  readonly undo: ReadonlyMap<string, unknown>;
  /** Node id -> its checkpoint records in key order. */
  readonly chainstate: ReadonlyMap<string, unknown[]>;
  /** Node id -> its journal entries in key order, with their keys. */
  readonly journal: ReadonlyMap<string, { key: RecordKey; value: unknown }[]>;
  readonly wallets: readonly unknown[];
}

function byNode<T>(keys: RecordKey[], values: T[]): Map<string, { key: RecordKey; value: T }[]> {
  const out = new Map<string, { key: RecordKey; value: T }[]>();
  keys.forEach((key, i) => {
    const id = Array.isArray(key) ? String(key[0]) : String(key);
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ key, value: values[i]! });
  });
  return out;
}

export async function readAll(r: RecordReader): Promise<RawRecords> {
  // All requests at once: one transaction, no round trip between stores.
  const [blockRecs, undoKeys, undoValues, meta, csKeys, csValues, jKeys, jValues, wallets] = await Promise.all([
    r.getAll<{ hash?: unknown }>(STORES.blocks),
    r.getAllKeys(STORES.undo),
    r.getAll(STORES.undo),
    r.getAll<{ key?: unknown; value?: unknown }>(STORES.meta),
    r.getAllKeys(STORES.chainstate),
    r.getAll(STORES.chainstate),
    r.getAllKeys(STORES.journal),
    r.getAll(STORES.journal),
    r.getAll(STORES.wallets),
  ]);
  const blocks = new Map<string, unknown>();
  for (const rec of blockRecs) blocks.set(String(rec.hash), rec);
  const undo = new Map<string, unknown>();
  undoKeys.forEach((k, i) => undo.set(String(k), undoValues[i]));
  const chainstate = new Map([...byNode(csKeys, csValues)].map(([id, rows]) => [id, rows.map((x) => x.value)]));
  return { meta, blocks, undo, chainstate, journal: byNode(jKeys, jValues), wallets };
}

function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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

/** One node from its records, or the problems that stop it from being restored. */
function assembleNode(nodeId: string, raw: RawRecords, blocks: BlockCache): NodeState | StorageProblem[] {
  const problems: StorageProblem[] = [];
  const problem = (code: DamageCode, store: string, key: string | undefined, message: string) =>
    problems.push({ code, nodeId, store, ...(key !== undefined ? { key } : {}), message: `Node ${nodeId}: ${message}` });

  let state: NodeChainstate;
  try {
    state = decodeCheckpoint(nodeId, raw.chainstate.get(nodeId) ?? []);
  } catch (e) {
    problem('record-unparseable', STORES.chainstate, nodeId, `its checkpoint does not parse (${why(e)}).`);
    return problems;
  }
  for (const { key, value } of raw.journal.get(nodeId) ?? []) {
    try {
      const entry = decodeJournalEntry(value);
      if (entry.seq <= state.through) continue;
      for (const step of entry.steps) state.apply(step);
      state.through = entry.seq;
    } catch (e) {
      problem('record-unparseable', STORES.journal, keyText(key), `a journal entry does not parse (${why(e)}).`);
      return problems;
    }
  }

  const main: Block[] = [];
  const orphans: Block[] = [];
  for (const e of state.index.values()) {
    const block = blocks.get(e.hash);
    if (block instanceof Error) {
      if (block instanceof MissingBlockError) problem('block-missing', STORES.blocks, e.hash, `block ${e.hash} is in its index but not stored.`);
      else if (block instanceof BlockHashMismatchError) problem('block-hash-mismatch', STORES.blocks, e.hash, `block ${e.hash}: ${block.message}.`);
      else problem('block-unparseable', STORES.blocks, e.hash, `block ${e.hash} does not parse (${block.message}).`);
      continue;
    }
    (e.orphan ? orphans : main).push(block);
  }

  // The active chain: from the tip down to genesis through stored parents.
  const mainIndex = new Map([...state.index.values()].filter((e) => !e.orphan).map((e) => [e.hash, e]));
  const active: string[] = [];
  if (!mainIndex.has(state.tip)) {
    problem('tip-missing', STORES.chainstate, nodeId, `its tip ${state.tip} is not among its stored blocks.`);
  } else {
    for (let h = state.tip; h !== GENESIS_PREV_HASH; ) {
      const e = mainIndex.get(h);
      if (!e) {
        problem('block-missing', STORES.chainstate, h, `block ${h}, an ancestor of its tip, is not stored.`);
        break;
      }
      active.push(h);
      h = e.header.prevHash;
    }
  }
  const roots = [...mainIndex.values()].filter((e) => !mainIndex.has(e.header.prevHash));
  for (const e of roots) {
    if (e.header.prevHash !== GENESIS_PREV_HASH) problem('block-missing', STORES.chainstate, e.header.prevHash, `block ${e.header.prevHash}, the parent of ${e.hash}, is not stored.`);
  }
  if (roots.filter((e) => e.header.prevHash === GENESIS_PREV_HASH).length > 1) problem('record-unparseable', STORES.chainstate, nodeId, 'its index holds more than one genesis block.');

  const undo = new Map<string, BlockUndo>();
  for (const h of active) {
    const rec = raw.undo.get(h);
    const block = blocks.get(h);
    if (block instanceof Error) continue; // reported above
    if (rec === undefined) {
      problem('undo-missing', STORES.undo, h, `the undo data of active block ${h} is not stored.`);
      continue;
    }
    try {
      undo.set(h, decodeUndo(rec as Uint8Array, block));
    } catch (e) {
      problem('record-unparseable', STORES.undo, h, `the undo data of block ${h} does not parse (${why(e)}).`);
    }
  }

  const pool: MempoolItem[] = [];
  for (const p of state.pool.values()) {
    try {
      const tx = parseTx(p.bytes);
      if (txidOf(tx) !== p.txid) throw new Error(`the stored bytes give txid ${txidOf(tx)}, not ${p.txid}`);
      pool.push({ tx, time: p.time });
    } catch (e) {
      problem('record-unparseable', STORES.chainstate, p.txid, `a pool transaction does not parse (${why(e)}).`);
    }
  }

  if (problems.length > 0) return problems;
  return { id: nodeId, blocks: main, orphans, tip: state.tip, utxos: [...state.coins.entries()], undo, mempool: pool };
}

function isJsonObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Builds the LoadResult from raw records; never throws for bad data. */
export function assembleState(raw: RawRecords, schemaVersion: number): LoadResult {
  const problems: StorageProblem[] = [];
  const meta = new Map(raw.meta.map((m) => [String(m.key), m.value]));
  const anythingStored = raw.chainstate.size > 0 || raw.wallets.length > 0 || raw.blocks.size > 0;

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

  const cache = new BlockCache(raw.blocks);
  const nodes: NodeState[] = [];
  for (const id of raw.chainstate.keys()) {
    const result = assembleNode(id, raw, cache);
    if (Array.isArray(result)) problems.push(...result);
    else nodes.push(result);
  }
  for (const id of raw.journal.keys()) {
    if (!raw.chainstate.has(id)) problems.push({ code: 'record-unparseable', nodeId: id, store: STORES.journal, message: `Node ${id}: the journal holds entries of it but its checkpoint is missing.` });
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

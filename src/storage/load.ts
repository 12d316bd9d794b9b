/**
 * Reading everything back (the full load: export, a switch to memory, tests):
 * all stores in one read transaction (a consistent picture, never half a
 * commit), then assembling per-node states while checking every record.
 * Damage is reported as StorageProblems naming the node, store and key; a
 * damaged node is left out of the state and its records stay where they are,
 * for rebuildNode or reset.
 */
import { type Block, type BlockUndo } from '../core/index';
import { BlockHashMismatchError, isHash, parseBlockRecord } from './records';
import { decodeUndo } from './undo-codec';
import { assembleConfig, chainstateOf, indexProblems, poolItems, why } from './load-common';
import { STORES } from './schema';
import type { RecordKey, RecordReader } from './backend';
import type { DamageCode, LoadResult, NodeState, StorageProblem } from './store';

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
  const state = chainstateOf(nodeId, raw.chainstate.get(nodeId) ?? [], raw.journal.get(nodeId) ?? []);
  if ('code' in state) return [state];
  const problems: StorageProblem[] = [];
  const problem = (code: DamageCode, store: string, key: string, message: string) => problems.push({ code, nodeId, store, key, message: `Node ${nodeId}: ${message}` });

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
  problems.push(...indexProblems(state));

  // Undo data of the active chain (the walk from the tip stops where the index is broken: reported above).
  const undo = new Map<string, BlockUndo>();
  for (let e = state.index.get(state.tip); e && !e.orphan; e = state.index.get(e.header.prevHash)) {
    const block = blocks.get(e.hash);
    if (block instanceof Error) continue; // reported above
    const rec = raw.undo.get(e.hash);
    if (rec === undefined) {
      problem('undo-missing', STORES.undo, e.hash, `the undo data of active block ${e.hash} is not stored.`);
      continue;
    }
    try {
      undo.set(e.hash, decodeUndo(rec as Uint8Array, block));
    } catch (err) {
      problem('record-unparseable', STORES.undo, e.hash, `the undo data of block ${e.hash} does not parse (${why(err)}).`);
    }
  }
  const mempool = poolItems(state, problems);

  if (problems.length > 0) return problems;
  return { id: nodeId, blocks: main, orphans, tip: state.tip, utxos: [...state.coins.entries()], undo, mempool };
}

/** Builds the LoadResult from raw records; never throws for bad data. */
export function assembleState(raw: RawRecords, schemaVersion: number): LoadResult {
  const config = assembleConfig(raw.meta, raw.wallets, raw.chainstate.size > 0 || raw.blocks.size > 0);
  if (!config.state) return { schemaVersion, state: null, problems: config.problems };
  const problems: StorageProblem[] = [...config.problems];
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
  return { schemaVersion, state: { ...config.state, nodes }, problems };
}

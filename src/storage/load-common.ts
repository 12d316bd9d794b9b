/**
 * What both loads do (load.ts reads everything, load-index.ts what a start
 * needs): a node's chainstate from its checkpoint and journal records, the
 * checks of its index, its pool, and the shared records (params, wallets,
 * network config, settings). Never throws for bad data: damage becomes
 * StorageProblems naming the node, store and key.
 */
import { GENESIS_PREV_HASH, parseTx, txid as txidOf, validateParams, type ConsensusParams, type Wallet } from '../core/index';
import { keyText, parseWallet, walletOrder } from './records';
import { decodeCheckpoint } from './checkpoint-decode';
import { decodeJournalEntry } from './journal-decode';
import { STORES, type JsonObject, type JsonValue } from './schema';
import type { DamageCode, MempoolItem, PersistedState, StorageProblem } from './store';
import type { NodeChainstate } from './chainstate';

export function why(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A node's chainstate from its records, or the problem that stops it. */
export function chainstateOf(nodeId: string, parts: unknown[], journal: { key: unknown; value: unknown }[]): NodeChainstate | StorageProblem {
  let state: NodeChainstate;
  try {
    state = decodeCheckpoint(nodeId, parts);
  } catch (e) {
    return { code: 'record-unparseable', nodeId, store: STORES.chainstate, key: nodeId, message: `Node ${nodeId}: its checkpoint does not parse (${why(e)}).` };
  }
  for (const { key, value } of journal) {
    try {
      const entry = decodeJournalEntry(value);
      if (entry.seq <= state.through) continue;
      for (const step of entry.steps) state.apply(step);
      state.through = entry.seq;
    } catch (e) {
      return { code: 'record-unparseable', nodeId, store: STORES.journal, key: keyText(key), message: `Node ${nodeId}: a journal entry does not parse (${why(e)}).` };
    }
  }
  return state;
}

/** The problems of a node's index that stop it from being restored (tip, ancestors, genesis). */
export function indexProblems(state: NodeChainstate): StorageProblem[] {
  const nodeId = state.nodeId;
  const problems: StorageProblem[] = [];
  const problem = (code: DamageCode, key: string, message: string) => problems.push({ code, nodeId, store: STORES.chainstate, key, message: `Node ${nodeId}: ${message}` });
  const main = new Map([...state.index.values()].filter((e) => !e.orphan).map((e) => [e.hash, e]));
  if (!main.has(state.tip)) {
    problem('tip-missing', nodeId, `its tip ${state.tip} is not among its stored blocks.`);
  } else {
    for (let h = state.tip; h !== GENESIS_PREV_HASH; ) {
      const e = main.get(h);
      if (!e) {
        problem('block-missing', h, `block ${h}, an ancestor of its tip, is not stored.`);
        break;
      }
      h = e.header.prevHash;
    }
  }
  const roots = [...main.values()].filter((e) => !main.has(e.header.prevHash));
  for (const e of roots) {
    if (e.header.prevHash !== GENESIS_PREV_HASH) problem('block-missing', e.header.prevHash, `block ${e.header.prevHash}, the parent of ${e.hash}, is not stored.`);
  }
  if (roots.filter((e) => e.header.prevHash === GENESIS_PREV_HASH).length > 1) problem('record-unparseable', nodeId, 'its index holds more than one genesis block.');
  return problems;
}

/** The node's pool transactions, parsed and checked against their txids; damage goes to `problems`. */
export function poolItems(state: NodeChainstate, problems: StorageProblem[]): MempoolItem[] {
  const items: MempoolItem[] = [];
  for (const entry of state.pool.values()) {
    try {
      const tx = parseTx(entry.bytes);
      if (txidOf(tx) !== entry.txid) throw new Error(`the stored bytes give txid ${txidOf(tx)}, not ${entry.txid}`);
      items.push({ tx, time: entry.time });
    } catch (err) {
      problems.push({ code: 'record-unparseable', nodeId: state.nodeId, store: STORES.chainstate, key: entry.txid, message: `Node ${state.nodeId}: a pool transaction does not parse (${why(err)}).` });
    }
  }
  return items;
}

function isJsonObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Params, wallets, network config and settings. `state` is null when nothing
 * is stored (first run) or when the params are missing or damaged.
 */
export function assembleConfig(
  meta: readonly { key?: unknown; value?: unknown }[],
  walletRecords: readonly unknown[],
  chainsStored: boolean,
): { state: Omit<PersistedState, 'nodes'> | null; problems: StorageProblem[] } {
  const problems: StorageProblem[] = [];
  const values = new Map(meta.map((m) => [String(m.key), m.value]));
  if (!values.has('params')) {
    if (chainsStored || walletRecords.length > 0) problems.push({ code: 'params-missing', store: STORES.meta, key: 'params', message: 'The consensus parameters are not stored, so no node can be restored.' });
    return { state: null, problems };
  }
  let params: ConsensusParams;
  try {
    params = validateParams(values.get('params') as ConsensusParams);
  } catch (e) {
    problems.push({ code: 'params-invalid', store: STORES.meta, key: 'params', message: `The stored consensus parameters are invalid: ${why(e)}.` });
    return { state: null, problems };
  }
  const wallets: { w: Wallet; order: number }[] = [];
  for (const rec of walletRecords) {
    try {
      wallets.push({ w: parseWallet(rec, params.addressVersion), order: walletOrder(rec) });
    } catch (e) {
      const key = keyText((rec as { address?: unknown } | null)?.address);
      problems.push({ code: 'wallet-invalid', store: STORES.wallets, key, message: `Wallet ${key} is damaged: ${why(e)}.` });
    }
  }
  wallets.sort((a, b) => a.order - b.order);
  const network = (values.get('network') ?? null) as JsonValue;
  let settings: JsonObject = {};
  if (values.has('settings')) {
    const s = values.get('settings');
    if (isJsonObject(s)) settings = s;
    else problems.push({ code: 'record-unparseable', store: STORES.meta, key: 'settings', message: 'The stored settings are not an object; defaults are used until they are saved again.' });
  }
  return { state: { params, wallets: wallets.map((x) => x.w), network, settings }, problems };
}

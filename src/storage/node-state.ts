/**
 * Between live nodes and stored state: a NodeState from a running Blockchain
 * (to save a new node, export, or reset), a ChainSnapshot for
 * Blockchain.restore, and restoring every loaded node with a check that a damaged
 * store cannot pass: each node's UTXO set must equal the one rebuilt from its blocks
 * (Blockchain.verifyUtxoSet), and every stored pool transaction must be
 * accepted again.
 */
import { Blockchain, inDependencyOrder, type BlockchainOptions, type BlockUndo, type ChainSnapshot } from '../core/index';
import { checkNodeId } from './commit';
import { STORES } from './schema';
import type { MempoolItem, NodeState, PersistedState, StorageProblem } from './store';

/**
 * The clock of a replay from stored or imported blocks: far enough ahead that no
 * block is "too new", because the future-time rule concerns a block's arrival,
 * not its history.
 */
export const REPLAY_CLOCK = Number.MAX_SAFE_INTEGER;

/** The storable state of a live node. */
export function nodeStateFromChain(id: string, chain: Blockchain): NodeState {
  checkNodeId(id, 'id');
  if (!(chain instanceof Blockchain)) throw new TypeError('chain must be a Blockchain');
  const entries = [...chain.tree.all()].sort((a, b) => a.seq - b.seq);
  const undo = new Map<string, BlockUndo>();
  for (const e of chain.activeEntries()) undo.set(e.hash, chain.getUndo(e.hash)!);
  return {
    id,
    blocks: entries.map((e) => chain.getBlock(e.hash)!),
    orphans: chain.tree.orphanBlocks(),
    tip: chain.tip.hash,
    utxos: [...chain.utxos.entries()],
    undo,
    mempool: chain.mempool.entries().map((e) => ({ tx: e.tx, time: e.time })),
  };
}

export function toChainSnapshot(node: NodeState): ChainSnapshot {
  return {
    blocks: node.blocks,
    orphans: node.orphans,
    tip: node.tip,
    utxos: node.utxos,
    undo: node.undo,
    mempool: node.mempool.map(({ tx, time }) => ({ tx, time })),
  };
}

export interface RestoreOptions {
  /** Blockchain options per node (the node's clock in the simulation). */
  readonly optionsFor?: (nodeId: string) => BlockchainOptions;
  /** Skip the UTXO rebuild check (it replays every block; on by default). */
  readonly verifyUtxos?: boolean;
}

export interface RestoredNodes {
  readonly chains: Map<string, Blockchain>;
  /** Nodes that could not be restored or failed the checks (left out of `chains`). */
  readonly problems: StorageProblem[];
}

/**
 * Accepts a stored pool in arrival order, parents before children (a reorg can
 * store a child first: pool-order.ts), each transaction at its stored arrival
 * time; a refused one is reported, not dropped silently.
 */
export function acceptStoredPool(chain: Blockchain, nodeId: string, mempool: readonly MempoolItem[]): StorageProblem[] {
  const problems: StorageProblem[] = [];
  for (const { tx, time } of inDependencyOrder(mempool)) {
    const r = chain.acceptTransaction(tx, time);
    if (!r.accepted) {
      problems.push({
        code: 'mempool-refused',
        nodeId,
        store: STORES.chainstate,
        key: r.txid,
        message: `Node ${nodeId}: stored pool transaction ${r.txid} is refused on restore (${r.code}: ${r.message}).`,
      });
    }
  }
  return problems;
}

/** Blockchain.restore for one node, then the checks (UTXO set against a replay, the pool re-accepted). */
export function restoreNode(state: Pick<PersistedState, 'params'>, node: NodeState, options: RestoreOptions = {}): Blockchain | StorageProblem[] {
  const base = options.optionsFor?.(node.id) ?? {};
  let chain: Blockchain;
  try {
    chain = Blockchain.restore(state.params, { ...toChainSnapshot(node), mempool: [] }, base);
  } catch (e) {
    return [{ code: 'restore-failed', nodeId: node.id, store: STORES.chainstate, key: node.id, message: `Node ${node.id} could not be restored: ${(e as Error).message}.` }];
  }
  const problems: StorageProblem[] = [];
  if (options.verifyUtxos ?? true) {
    const p = verifyChain(node.id, chain);
    if (p) problems.push(p);
  }
  problems.push(...acceptStoredPool(chain, node.id, node.mempool));
  return problems.length > 0 ? problems : chain;
}

/** The problem of a UTXO set that differs from the one its blocks give. */
export function utxoMismatch(nodeId: string, expected: number, actual: number, firstDifference: string): StorageProblem {
  return {
    code: 'utxo-mismatch',
    nodeId,
    store: STORES.chainstate,
    key: firstDifference,
    message: `Node ${nodeId}: its stored UTXO set (${actual} coins) differs from the one rebuilt from its blocks (${expected} coins), first at ${firstDifference}.`,
  };
}

/**
 * The full check on a restored chain: its UTXO set must equal the one rebuilt
 * by replaying its active chain (Blockchain.verifyUtxoSet). For chains
 * restored elsewhere too (e.g. by the simulation's Network.restore).
 */
export function verifyChain(nodeId: string, chain: Blockchain): StorageProblem | null {
  let check: ReturnType<Blockchain['verifyUtxoSet']>;
  try {
    check = chain.verifyUtxoSet();
  } catch (e) {
    check = { ok: false, expected: NaN, actual: chain.utxos.size, firstDifference: `replay failed: ${(e as Error).message}` };
  }
  return check.ok ? null : utxoMismatch(nodeId, check.expected, check.actual, check.firstDifference!);
}

/** verifyChain for every chain; the problems of those that fail. */
export function verifyChains(chains: ReadonlyMap<string, Blockchain>): StorageProblem[] {
  return [...chains].map(([id, c]) => verifyChain(id, c)).filter((p): p is StorageProblem => p !== null);
}

/** Restores every node of a loaded state; damaged nodes are reported and left out. */
export function restoreNodes(state: PersistedState, options: RestoreOptions = {}): RestoredNodes {
  const chains = new Map<string, Blockchain>();
  const problems: StorageProblem[] = [];
  for (const node of state.nodes) {
    const r = restoreNode(state, node, options);
    if (Array.isArray(r)) problems.push(...r);
    else chains.set(node.id, r);
  }
  return { chains, problems };
}

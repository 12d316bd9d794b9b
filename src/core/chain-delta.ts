/**
 * ChainDelta: everything one Blockchain operation changed (blocks stored or
 * dropped, blocks connected with undo data or disconnected, UTXO and pool
 * changes, the new tip, reorg details), so storage can write it in one
 * transaction and the UI can show it. Also the helpers that build one.
 */
import type { Block } from './block';
import type { BlockUndo } from './connect';
import type { MempoolEntry, MempoolRemoval } from './mempool';
import type { LostTx } from './reorg-pool';
import type { Coin } from './utxo-set';

/** Everything one operation changed, for atomic persistence and for the UI. */
export interface ChainDelta {
  /** Blocks newly stored (orphans included, flagged). */
  readonly blocksAdded: { readonly hash: string; readonly block: Block; readonly orphan: boolean }[];
  /** Blocks dropped: found invalid (with descendants) or orphans evicted/adopted. */
  readonly blocksRemoved: string[];
  /** Orphans that found their parent (now stored as normal blocks). */
  readonly orphansAdopted: string[];
  /** Blocks connected to the active chain, in order, with their undo data. */
  readonly connected: { readonly hash: string; readonly undo: BlockUndo }[];
  /** Blocks disconnected from the active chain, tip first. */
  readonly disconnected: string[];
  readonly utxoAdded: [string, Coin][];
  readonly utxoRemoved: string[];
  readonly mempoolAdded: MempoolEntry[];
  readonly mempoolRemoved: MempoolRemoval[];
  /** Tip after the operation. */
  readonly tip: string;
  /** Present when the active chain switched branch. */
  readonly reorg?: ReorgInfo;
}

export interface ReorgInfo {
  readonly forkHash: string;
  readonly forkHeight: number;
  readonly oldTip: string;
  readonly newTip: string;
  /** Tip first. */
  readonly disconnected: string[];
  /** In chain order. */
  readonly connected: string[];
  /** Transactions of disconnected blocks back in the mempool. */
  readonly returnedToMempool: string[];
  /** Transactions of disconnected blocks that the new branch double spent (or that became invalid). */
  readonly conflicted: string[];
  /** Every transaction the new chain refused (disconnected or pooled), with what it lost to. */
  readonly lost: LostTx[];
}

export function emptyDelta(tip: string): {
  -readonly [K in keyof ChainDelta]: ChainDelta[K];
} {
  return {
    blocksAdded: [],
    blocksRemoved: [],
    orphansAdopted: [],
    connected: [],
    disconnected: [],
    utxoAdded: [],
    utxoRemoved: [],
    mempoolAdded: [],
    mempoolRemoved: [],
    tip,
  };
}

export type MutableDelta = ReturnType<typeof emptyDelta>;

/** Folds one flush of a UtxoView into the delta (later changes of a key win). */
export function mergeUtxoChanges(delta: MutableDelta, changes: { added: [string, Coin][]; removed: string[] }): void {
  // Later operations in the same delta override earlier ones for the same key. A removal is
  // always kept (deleting an absent key is harmless; forgetting one that storage holds is not).
  const added = new Map(delta.utxoAdded);
  const removed = new Set(delta.utxoRemoved);
  for (const k of changes.removed) {
    added.delete(k);
    removed.add(k);
  }
  for (const [k, c] of changes.added) {
    removed.delete(k);
    added.set(k, c);
  }
  delta.utxoAdded = [...added.entries()];
  delta.utxoRemoved = [...removed];
}

/** Two successive reorgs as one: the first old tip, the last new tip, everything in between. */
export function mergeReorgs(a: ReorgInfo, b: ReorgInfo): ReorgInfo {
  return {
    ...b,
    oldTip: a.oldTip,
    disconnected: [...a.disconnected, ...b.disconnected],
    connected: [...a.connected, ...b.connected],
    returnedToMempool: [...a.returnedToMempool, ...b.returnedToMempool],
    conflicted: [...a.conflicted, ...b.conflicted],
    lost: [...a.lost.filter((x) => !b.lost.some((y) => y.txid === x.txid)), ...b.lost],
  };
}

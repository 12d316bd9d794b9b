/**
 * What a Blockchain takes and gives besides blocks: its options, the results
 * of processBlock and acceptTransaction, and the two ways to bring a node back
 * from storage (every block, or only its block index and UTXO set).
 */
import type { RejectCode } from './errors';
import type { ChainDelta } from './chain-delta';
import type { MempoolEntry } from './mempool';
import type { UtxoSet, Coin } from './utxo-set';
import type { BlockUndo } from './connect';
import type { Block } from './block';
import type { IndexedBlock } from './block-tree';
import type { Transaction } from './transaction';
import type { BlockBodies } from './block-bodies';

export type BlockStatus = 'active' | 'side-branch' | 'orphan' | 'duplicate' | 'rejected';

export interface BlockResult {
  readonly hash: string;
  readonly status: BlockStatus;
  readonly accepted: boolean;
  readonly code?: RejectCode;
  readonly message?: string;
  readonly delta: ChainDelta;
}

export interface TxResult {
  readonly txid: string;
  readonly accepted: boolean;
  readonly code?: RejectCode;
  readonly message?: string;
  readonly entry?: MempoolEntry;
  readonly delta: ChainDelta;
}

export interface BlockchainOptions {
  /** The node's clock in unix seconds (a virtual clock in the simulation). */
  readonly now?: () => number;
  /** Verify signatures when connecting blocks (off only when replaying trusted local data). */
  readonly verifySignatures?: boolean;
  readonly mempoolMaxBytes?: number;
  /** Orphan blocks (unknown parent) kept at most; the oldest go first (default MAX_ORPHANS). */
  readonly maxOrphanBlocks?: number;
  /** Where block bodies and undo data are kept (default: this chain's own, in memory). */
  readonly bodies?: BlockBodies;
}

/** What a node needs to come back from storage without replaying validation. */
export interface ChainSnapshot {
  /** Every stored non-orphan block, parents before children (any such order). */
  readonly blocks: readonly Block[];
  readonly orphans: readonly Block[];
  readonly tip: string;
  readonly utxos: Iterable<readonly [string, Coin]>;
  readonly undo: ReadonlyMap<string, BlockUndo>;
  /** The pool in arrival order, each with its arrival time (state, like Core's mempool.dat). */
  readonly mempool: readonly PoolSnapshotEntry[];
}

export interface PoolSnapshotEntry {
  readonly tx: Transaction;
  /** Unix seconds on the node's clock when the transaction entered the pool. */
  readonly time: number;
}

/** A node as its stored block index and chainstate describe it: no block bodies, no undo data. */
export interface IndexSnapshot {
  /** Every non-orphan block, parents before children (first-seen order is one such order). */
  readonly entries: readonly IndexedBlock[];
  readonly orphans: readonly Block[];
  readonly tip: string;
  /** The UTXO set at the tip; the chain takes it over (it is not copied). */
  readonly utxos: UtxoSet;
}


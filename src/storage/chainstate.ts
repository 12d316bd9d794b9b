/**
 * One node's stored chainstate as load and compaction see it (schema 3): its
 * block index in first-seen order, its UTXO set, its pool in arrival order and
 * its tip: the node's last checkpoint with its journal applied.
 *
 * Like Bitcoin Core's block index and chainstate databases, this is enough to
 * run the node without reading a single block: headers make the tree, the
 * coins the chainstate. Block bodies and undo data stay in their own stores,
 * read when something needs them.
 */
import { UtxoSet, type Coin, type IndexedBlock } from '../core/index';

/** One block a node holds: what the block tree needs without the block's body. */
export interface IndexEntry extends IndexedBlock {
  /** Waiting for its parent (not part of the tree yet). */
  readonly orphan: boolean;
}

/** A pool transaction as stored: its canonical bytes (with witnesses) and arrival time. */
export interface PoolEntry {
  readonly txid: string;
  readonly bytes: Uint8Array;
  /** Unix seconds on the node's clock when it entered the pool. */
  readonly time: number;
}

/** What one committed ChainDelta changed, in the order it is applied. */
export interface JournalStep {
  readonly tip: string;
  /** Blocks stored or re-stored (an adopted orphan moves to the end of first-seen order). */
  readonly indexAdded: readonly IndexEntry[];
  readonly indexRemoved: readonly string[];
  readonly coinsRemoved: readonly string[];
  readonly coinsAdded: readonly (readonly [string, Coin])[];
  readonly poolRemoved: readonly string[];
  /**
   * 'add': entered the pool. 'refresh': left and came back within the step if it
   * was there before (then with this arrival), else entered and left (nothing).
   */
  readonly poolAdded: readonly (PoolEntry & { readonly kind: 'add' | 'refresh' })[];
}

export class NodeChainstate {
  /** Block hash -> entry, in first-seen order. */
  readonly index = new Map<string, IndexEntry>();
  readonly coins: UtxoSet;
  /** txid -> entry, in arrival order. */
  readonly pool = new Map<string, PoolEntry>();

  constructor(
    readonly nodeId: string,
    public tip: string,
    /** The last journal sequence number folded into this state (0: none). */
    public through = 0,
    coins = new UtxoSet(),
  ) {
    this.coins = coins;
  }

  /** Applies one journal step (a committed delta). */
  apply(step: JournalStep): void {
    for (const e of step.indexAdded) {
      this.index.delete(e.hash); // re-stored: it is seen (again) now
      this.index.set(e.hash, e);
    }
    for (const h of step.indexRemoved) this.index.delete(h);
    for (const key of step.coinsRemoved) this.coins.delete(key);
    for (const [key, coin] of step.coinsAdded) this.coins.add(key, coin);
    for (const txid of step.poolRemoved) this.pool.delete(txid);
    for (const e of step.poolAdded) {
      if (e.kind === 'refresh' && !this.pool.has(e.txid)) continue;
      this.pool.delete(e.txid);
      this.pool.set(e.txid, { txid: e.txid, bytes: e.bytes, time: e.time });
    }
    this.tip = step.tip;
  }

  /** Non-orphan entries in first-seen order. */
  blocks(): IndexEntry[] {
    return [...this.index.values()].filter((e) => !e.orphan);
  }

  orphans(): IndexEntry[] {
    return [...this.index.values()].filter((e) => e.orphan);
  }
}

/**
 * The pool after a reorg (Core's MaybeUpdateMempoolForReorg): the transactions
 * of the disconnected blocks go back in, oldest block first, unless the new
 * branch confirmed them; then the old pool is accepted again on top. The
 * delta gets the difference between the old pool and the rebuilt one.
 */
import { isCoinbase, txid, type Transaction } from './transaction';
import type { Block } from './block';
import type { Mempool } from './mempool';
import type { MutableDelta } from './chain-delta';

export interface PoolRebuild {
  /** Transactions of disconnected blocks back in the pool. */
  readonly returned: string[];
  /** Those that the new branch double spent (or that no longer fit). */
  readonly conflicted: string[];
}

export function rebuildPoolAfterReorg(o: {
  readonly mempool: Mempool;
  readonly connected: readonly Block[];
  /** Tip first. */
  readonly disconnected: readonly Block[];
  /** Accepts a transaction into the pool at `time` (now by default); false if refused. */
  readonly accept: (tx: Transaction, time?: number) => boolean;
  readonly delta: MutableDelta;
}): PoolRebuild {
  const { mempool, delta } = o;
  const confirmedNow = new Set<string>();
  for (const block of o.connected) for (const tx of block.txs) confirmedNow.add(txid(tx));
  const old = mempool.drain();
  const oldIds = new Set(old.map((e) => e.txid));
  const returned: string[] = [];
  const conflicted: string[] = [];
  for (const block of [...o.disconnected].reverse()) {
    for (const tx of block.txs) {
      if (isCoinbase(tx)) continue;
      const id = txid(tx);
      if (confirmedNow.has(id)) continue;
      if (o.accept(tx)) returned.push(id);
      else conflicted.push(id);
    }
  }
  for (const entry of old) if (!confirmedNow.has(entry.txid)) o.accept(entry.tx, entry.time);
  // Report the difference between the old pool and the rebuilt one (evictions included).
  for (const entry of old) {
    if (mempool.has(entry.txid)) continue;
    delta.mempoolRemoved.push({ txid: entry.txid, reason: confirmedNow.has(entry.txid) ? 'confirmed' : 'conflict' });
  }
  for (const entry of mempool.entries()) if (!oldIds.has(entry.txid)) delta.mempoolAdded.push(entry);
  // Returned transactions that were later evicted to make room are not in the pool after all.
  for (let i = returned.length - 1; i >= 0; i--) if (!mempool.has(returned[i]!)) conflicted.push(...returned.splice(i, 1));
  return { returned, conflicted };
}

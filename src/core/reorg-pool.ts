/**
 * The pool after a reorg, and what became of every transaction the old branch
 * held (Core's DisconnectedBlockTransactions and UpdateMempoolForReorg).
 *
 * The disconnected blocks' transactions go back to the pool first (oldest
 * block first), then the old pool's; each is accepted against the new chain
 * or refused. A refused transaction is a payment reversed: a wallet that
 * showed it as confirmed must now show it as lost. So every refusal names
 * why: the transaction of the new branch that spent one of the same coins (a
 * double spend that won), or the reversed transaction whose coin it spent.
 */
import { isCoinbase, outpointKey, txid, type Transaction } from './transaction';
import type { Block } from './block';
import type { Mempool, MempoolEntry, MempoolRemoval } from './mempool';

/** A transaction that the new chain refused: what it lost to. */
export interface LostTx {
  readonly txid: string;
  /** The transaction itself (it is in no pool and no active block any more). */
  readonly tx: Transaction;
  /** The transaction of the new chain that spends one of the same coins (a double spend that won). */
  readonly lostTo?: string;
  /** The block of the new chain that holds `lostTo`. */
  readonly lostToBlock?: string;
  /** A reversed transaction (or a disconnected coinbase) whose output it spent. */
  readonly parent?: string;
}

export interface PoolRebuild {
  /** Transactions of disconnected blocks back in the pool. */
  readonly returned: string[];
  /** Transactions of disconnected blocks that the new chain refused. */
  readonly conflicted: string[];
  /** Why each refused transaction was refused, disconnected and old pool ones alike. */
  readonly lost: LostTx[];
  /** The old pool's transactions that are not in the new one (confirmed by the new branch, or refused). */
  readonly removed: MempoolRemoval[];
  /** Transactions in the new pool that the old one did not hold. */
  readonly added: MempoolEntry[];
}

export interface ReorgPoolInput {
  readonly mempool: Mempool;
  /** Blocks taken off the active chain, tip first. */
  readonly disconnected: readonly Block[];
  /** Blocks put on it, in chain order. */
  readonly connected: readonly { readonly hash: string; readonly block: Block }[];
  /** Offers a transaction to the pool against the new chain; false when refused. */
  accept(tx: Transaction, time?: number): boolean;
}

export function rebuildPoolAfterReorg(o: ReorgPoolInput): PoolRebuild {
  const confirmedNow = new Set<string>();
  const spentBy = new Map<string, { txid: string; block: string }>();
  for (const { hash, block } of o.connected) {
    for (const tx of block.txs) {
      const id = txid(tx);
      confirmedNow.add(id);
      if (isCoinbase(tx)) continue;
      for (const input of tx.inputs) spentBy.set(outpointKey(input.prevTxid, input.vout), { txid: id, block: hash });
    }
  }
  // Coinbases of disconnected blocks no longer exist: a transaction spending one is reversed with them.
  const gone = new Set<string>();
  for (const block of o.disconnected) {
    const coinbase = block.txs.find((tx) => isCoinbase(tx));
    if (coinbase && !confirmedNow.has(txid(coinbase))) gone.add(txid(coinbase));
  }
  const lost: LostTx[] = [];
  const refuse = (tx: Transaction, id: string): void => {
    gone.add(id);
    lost.push(whyLost(tx, id, spentBy, gone));
  };

  const old = o.mempool.drain();
  const oldIds = new Set(old.map((e) => e.txid));
  const returned: string[] = [];
  const conflicted: string[] = [];
  for (const block of [...o.disconnected].reverse()) {
    for (const tx of block.txs) {
      if (isCoinbase(tx)) continue;
      const id = txid(tx);
      if (confirmedNow.has(id)) continue;
      if (o.accept(tx)) returned.push(id);
      else {
        conflicted.push(id);
        refuse(tx, id);
      }
    }
  }
  const removed: MempoolRemoval[] = [];
  for (const entry of old) {
    if (confirmedNow.has(entry.txid)) removed.push({ txid: entry.txid, reason: 'confirmed' });
    else if (!o.accept(entry.tx, entry.time)) {
      refuse(entry.tx, entry.txid);
      const why = lost[lost.length - 1]!;
      removed.push({ txid: entry.txid, reason: 'conflict', ...(why.lostTo ? { lostTo: why.lostTo } : {}), ...(why.parent ? { parent: why.parent } : {}) });
    }
  }
  // Accepting later transactions may have evicted earlier ones (a full pool): those are not in the pool after all.
  for (const entry of old) {
    if (!o.mempool.has(entry.txid) && !removed.some((r) => r.txid === entry.txid)) removed.push({ txid: entry.txid, reason: 'evicted' });
  }
  for (let i = returned.length - 1; i >= 0; i--) {
    if (o.mempool.has(returned[i]!)) continue;
    const id = returned.splice(i, 1)[0]!;
    conflicted.push(id);
    lost.push({ txid: id, tx: findTx(o.disconnected, id)! });
  }
  const added = o.mempool.entries().filter((e) => !oldIds.has(e.txid));
  return { returned, conflicted, lost, removed, added };
}

function whyLost(tx: Transaction, id: string, spentBy: ReadonlyMap<string, { txid: string; block: string }>, gone: ReadonlySet<string>): LostTx {
  for (const input of tx.inputs) {
    const winner = spentBy.get(outpointKey(input.prevTxid, input.vout));
    if (winner && winner.txid !== id) return { txid: id, tx, lostTo: winner.txid, lostToBlock: winner.block };
  }
  const parent = tx.inputs.find((i) => gone.has(i.prevTxid));
  return parent ? { txid: id, tx, parent: parent.prevTxid } : { txid: id, tx };
}

function findTx(blocks: readonly Block[], id: string): Transaction | undefined {
  for (const block of blocks) for (const tx of block.txs) if (txid(tx) === id) return tx;
  return undefined;
}

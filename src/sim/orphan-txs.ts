/**
 * Orphan transactions (Core's TxOrphanage): a child that arrives before its
 * parent waits here instead of being dropped, and enters the pool when the parent
 * does. Bounded in count and in age, so a peer cannot fill a node with
 * transactions whose parents never come: the oldest go first (Core picks at
 * random; oldest-first keeps the simulation's replay exact).
 */
import type { Transaction } from '../core/index';

interface Orphan {
  readonly tx: Transaction;
  readonly from: string;
  readonly at: number;
}

export class OrphanTxs {
  /** txid -> orphan, in arrival order. */
  private readonly byId = new Map<string, Orphan>();

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Keeps `tx`; returns the txids that expired (older than `maxAgeMs`) or were pushed out (more than `maxCount`). */
  add(id: string, tx: Transaction, from: string, now: number, maxCount: number, maxAgeMs: number): string[] {
    const dropped = this.expire(now, maxAgeMs);
    if (!this.byId.has(id)) this.byId.set(id, { tx, from, at: now });
    while (this.byId.size > maxCount) {
      const oldest = this.byId.keys().next().value!;
      this.byId.delete(oldest);
      dropped.push(oldest);
    }
    return dropped;
  }

  /** Forgets orphans older than `maxAgeMs`; returns their txids. */
  expire(now: number, maxAgeMs: number): string[] {
    const dropped: string[] = [];
    for (const [id, o] of this.byId) {
      if (now - o.at <= maxAgeMs) continue;
      this.byId.delete(id);
      dropped.push(id);
    }
    return dropped;
  }

  /** Orphans spending an output of `parent`, taken out of the pool (oldest first). */
  takeChildrenOf(parent: string): (Orphan & { readonly id: string })[] {
    const out: (Orphan & { readonly id: string })[] = [];
    for (const [id, o] of this.byId) {
      if (!o.tx.inputs.some((i) => i.prevTxid === parent)) continue;
      this.byId.delete(id);
      out.push({ id, ...o });
    }
    return out;
  }

  /** Forgets one orphan (a block confirmed it). */
  remove(id: string): void {
    this.byId.delete(id);
  }

  /** Put back an orphan still missing another parent (its age is kept). */
  restore(id: string, tx: Transaction, from: string, at: number): void {
    this.byId.set(id, { tx, from, at });
  }
}

/**
 * A stored pool in an order the pool can accept again: every transaction
 * after the pool transactions it spends, otherwise as stored.
 *
 * Why a stored order can put a child first: after a reorg the pool takes the
 * disconnected blocks' transactions back first, then its old ones, but the
 * journal records only what changed (the returned parent comes in, the child
 * stays where it was), so storage holds [child, parent]. Accepting in that
 * order would refuse the child (bad-txns-inputs-missingorspent). Core's
 * mempool.dat is written parents first for the same reason.
 */
import { txid, type Transaction } from './transaction';

export function inDependencyOrder<T extends { readonly tx: Transaction }>(items: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const item of items) byId.set(txid(item.tx), item);
  const out: T[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const place = (id: string, item: T): void => {
    if (placed.has(id) || visiting.has(id)) return; // a cycle cannot be valid: the pool refuses it either way
    visiting.add(id);
    for (const input of item.tx.inputs) {
      const parent = byId.get(input.prevTxid);
      if (parent) place(input.prevTxid, parent);
    }
    visiting.delete(id);
    placed.add(id);
    out.push(item);
  };
  for (const [id, item] of byId) place(id, item);
  // A txid stored twice keeps both entries, so the pool still reports the duplicate.
  if (out.length < items.length) for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

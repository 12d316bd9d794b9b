/**
 * The Mempool panel's rows: one node's pool transactions (api/json's
 * PoolTxJson) with what a reader needs to understand them: which pool
 * transactions each one depends on (it spends an unconfirmed parent's output)
 * and which depend on it, which other nodes already hold it (gossip takes time),
 * and conflicts: another node's pool spending one of the same coins with a
 * different transaction (only one of them can ever confirm, like Bitcoin's
 * first-seen rule between nodes).
 *
 * Pure: takes plain data and small pool views, returns plain rows.
 */
import type { PoolTxJson } from '../../api/types';
import { fmt } from '../i18n/index';
import { text } from './text';

/** What this file needs from another node's pool (a core Mempool satisfies it). */
export interface PoolLike {
  has(txid: string): boolean;
  spenderOf(outpointKey: string): string | undefined;
}

export interface OtherNode {
  readonly id: string;
  readonly label: string;
  readonly pool: PoolLike;
}

export interface PoolConflict {
  /** The other nodes' pool transaction spending the same coin. */
  readonly txid: string;
  /** "txid:vout" of the contested coin. */
  readonly coin: string;
  /** The nodes whose pool holds that transaction. */
  readonly nodes: readonly { readonly id: string; readonly label: string }[];
}

export interface PoolInput {
  readonly key: string;
  readonly amount?: number;
  readonly address?: string;
  /** The coin is an output of a transaction still in this pool (an unconfirmed parent). */
  readonly unconfirmed: boolean;
}

export interface PoolOutput {
  readonly vout: number;
  readonly amount: number;
  readonly address: string;
  /** A pool transaction already spending this output (a child). */
  readonly spentBy: string | null;
}

export interface PoolRow {
  readonly txid: string;
  readonly fee: number;
  /** Units per byte. */
  readonly feeRate: number;
  readonly size: number;
  /** Unix seconds (node clock) when it entered the pool. */
  readonly time: number;
  readonly inputs: readonly PoolInput[];
  readonly outputs: readonly PoolOutput[];
  /** Pool transactions it spends outputs of (must confirm first, or together in one block). */
  readonly parents: readonly string[];
  /** Pool transactions spending its outputs. */
  readonly children: readonly string[];
  readonly conflicts: readonly PoolConflict[];
  /** Labels of the other nodes whose pool holds it too, and of those whose pool does not (yet). */
  readonly alsoAt: readonly string[];
  readonly notAt: readonly string[];
}

export interface PoolTotals {
  readonly count: number;
  readonly bytes: number;
  readonly fees: number;
}

export function poolTotals(pool: readonly PoolTxJson[]): PoolTotals {
  return pool.reduce((t, tx) => ({ count: t.count + 1, bytes: t.bytes + tx.size, fees: t.fees + tx.fee }), { count: 0, bytes: 0, fees: 0 });
}

/**
 * Rows in the order a miner picks them (highest fee rate first, then oldest),
 * each with its parents, children, conflicts and where else it is known.
 */
export function poolRows(pool: readonly PoolTxJson[], others: readonly OtherNode[] = []): PoolRow[] {
  if (!Array.isArray(pool as unknown)) throw new TypeError('pool must be a list of pool transactions');
  const inPool = new Set(pool.map((tx) => tx.txid));
  const spender = new Map<string, string>();
  for (const tx of pool) for (const i of tx.inputs) spender.set(`${i.prevTxid}:${i.vout}`, tx.txid);

  const rows = pool.map((tx): PoolRow => {
    const inputs = tx.inputs.map((i) => ({
      key: `${i.prevTxid}:${i.vout}`,
      ...(i.amount !== undefined ? { amount: i.amount } : {}),
      ...(i.address !== undefined ? { address: i.address } : {}),
      unconfirmed: inPool.has(i.prevTxid),
    }));
    const outputs = tx.outputs.map((o, vout) => ({ vout, amount: o.amount, address: o.address, spentBy: spender.get(`${tx.txid}:${vout}`) ?? null }));
    const conflicts: PoolConflict[] = [];
    const alsoAt: string[] = [];
    const notAt: string[] = [];
    for (const node of others) {
      (node.pool.has(tx.txid) ? alsoAt : notAt).push(node.label);
      for (const input of inputs) {
        const other = node.pool.spenderOf(input.key);
        if (!other || other === tx.txid) continue;
        const same = conflicts.find((c) => c.txid === other && c.coin === input.key);
        if (same) (same.nodes as { id: string; label: string }[]).push({ id: node.id, label: node.label });
        else conflicts.push({ txid: other, coin: input.key, nodes: [{ id: node.id, label: node.label }] });
      }
    }
    return {
      txid: tx.txid,
      fee: tx.fee,
      feeRate: tx.feeRate,
      size: tx.size,
      time: tx.time,
      inputs,
      outputs,
      parents: [...tx.parents],
      children: [...new Set(outputs.map((o) => o.spentBy).filter((id): id is string => id !== null))],
      conflicts,
      alsoAt,
      notAt,
    };
  });
  return rows.sort((a, b) => b.feeRate - a.feeRate || a.time - b.time || (a.txid < b.txid ? -1 : 1));
}

/** "12.5 units/B" with at most two decimals (fee rates are ratios, shown only). */
export function feeRateText(unitsPerByte: number): string {
  if (!Number.isFinite(unitsPerByte)) return '—';
  return text.pool.unitsPerByte(fmt.number(unitsPerByte, 2));
}

/**
 * Why transactions left a node's pool: confirmed in a block, pushed out by a
 * block that spent one of the same coins (a conflict: a double spend lost),
 * found invalid, evicted for a low fee rate, or dropped after a reorg. The
 * Mempool panel lists the latest ones so a reader sees where a transaction went.
 *
 * Pure: built from a chain delta's mempoolRemoved and the blocks it connected.
 */
import type { MempoolRemovalReason } from '../../core/index';

export interface ConnectedBlock {
  readonly hash: string;
  readonly height: number;
  readonly txids: readonly string[];
}

export interface PoolDeparture {
  readonly nodeId: string;
  readonly txid: string;
  readonly reason: MempoolRemovalReason;
  /** The block that confirmed it, or (for a conflict) the block whose arrival removed it. */
  readonly block: { readonly hash: string; readonly height: number } | null;
  /** Simulation time in ms. */
  readonly at: number;
}

export const DEPARTURE_WORDS: Record<MempoolRemovalReason, string> = {
  confirmed: 'confirmed in block',
  conflict: 'removed: a block spent one of the same coins (double spend lost) — block',
  invalid: 'removed: no longer valid against the chain',
  evicted: 'evicted: the pool was full and its fee rate was the lowest',
  'replaced-by-reorg': 'removed after a reorganisation',
};

export function departuresOf(nodeId: string, at: number, removed: readonly { txid: string; reason: MempoolRemovalReason }[], connected: readonly ConnectedBlock[]): PoolDeparture[] {
  const last = connected.length > 0 ? connected[connected.length - 1]! : null;
  return removed.map((r) => {
    let block: PoolDeparture['block'] = null;
    if (r.reason === 'confirmed') {
      const b = connected.find((c) => c.txids.includes(r.txid));
      block = b ? { hash: b.hash, height: b.height } : null;
    } else if (r.reason === 'conflict' && last) {
      block = { hash: last.hash, height: last.height };
    }
    return { nodeId, txid: r.txid, reason: r.reason, block, at };
  });
}

/** Appends, keeping the newest `keep`. */
export function keepLatest<T>(list: readonly T[], added: readonly T[], keep: number): T[] {
  const all = [...list, ...added];
  return all.length > keep ? all.slice(all.length - keep) : all;
}

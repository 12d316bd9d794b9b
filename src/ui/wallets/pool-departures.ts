/**
 * Why transactions left a node's pool, and what became of them since:
 * confirmed in a block, pushed out by a block that spent one of the same
 * coins (a double spend lost, naming the winner), found invalid, evicted for
 * a low fee rate. A reorg rewrites the story: a payment shown as confirmed in
 * a block that was disconnected is either back in the pool or reversed (lost
 * to the double spend that won), and the list must say so rather than keep a
 * confirmation that is no longer true.
 *
 * Pure: built from chain deltas' mempoolRemoved and the blocks they connected,
 * and from the app's reorg reports.
 */
import type { MempoolRemoval, MempoolRemovalReason, ReorgInfo } from '../../core/index';
import type { ReorgReport } from '../../app/reorg-service';

export interface ConnectedBlock {
  readonly hash: string;
  readonly height: number;
  readonly txids: readonly string[];
}

/** How a transaction left the pool, or (after a reorg) what became of its confirmation. */
export type DepartureReason = MempoolRemovalReason | 'reversed' | 'returned';

export interface PoolDeparture {
  readonly nodeId: string;
  readonly txid: string;
  readonly reason: DepartureReason;
  /** Confirmed: its block. Conflict or reversed: the block holding the winner. Returned: the disconnected block. */
  readonly block: { readonly hash: string; readonly height: number } | null;
  /** Conflict or reversed: the transaction that spent one of the same coins (the double spend that won). */
  readonly lostTo?: string;
  /** Conflict or reversed: the reversed transaction whose coin it spent. */
  readonly parent?: string;
  /** Reversed: the block of the old branch that had confirmed it. */
  readonly wasIn?: { readonly hash: string; readonly height: number };
  /** Simulation time in ms. */
  readonly at: number;
}

/** Whether the transaction ended well (confirmed), is waiting again, or lost. */
export function departureTone(reason: DepartureReason): 'ok' | 'wait' | 'bad' {
  return reason === 'confirmed' ? 'ok' : reason === 'returned' ? 'wait' : 'bad';
}

export function departuresOf(nodeId: string, at: number, removed: readonly MempoolRemoval[], connected: readonly ConnectedBlock[]): PoolDeparture[] {
  const last = connected.length > 0 ? connected[connected.length - 1]! : null;
  const holding = (id: string) => connected.find((c) => c.txids.includes(id));
  return removed.map((r) => {
    let block: PoolDeparture['block'] = null;
    if (r.reason === 'confirmed') {
      const b = holding(r.txid);
      block = b ? { hash: b.hash, height: b.height } : null;
    } else if (r.reason === 'conflict') {
      const b = (r.lostTo ? holding(r.lostTo) : undefined) ?? last;
      block = b ? { hash: b.hash, height: b.height } : null;
    }
    return { nodeId, txid: r.txid, reason: r.reason, block, ...(r.lostTo ? { lostTo: r.lostTo } : {}), ...(r.parent ? { parent: r.parent } : {}), at };
  });
}

/** The removals a reorg's report does not tell (those it refused are told with the payment that won). */
export function notLostInReorg(removed: readonly MempoolRemoval[], reorg: ReorgInfo | undefined): MempoolRemoval[] {
  const lost = new Set(reorg?.lost.map((l) => l.txid) ?? []);
  return removed.filter((r) => !lost.has(r.txid));
}

/**
 * The records of a node after its reorg: a confirmation in a disconnected block
 * becomes "back in the pool" or "reversed" (with the winner); a reversed payment
 * that had no record gets one, so the loss is never silent. Other nodes' records
 * are left as they are.
 */
export function followReorg(list: readonly PoolDeparture[], r: ReorgReport): PoolDeparture[] {
  const gone = new Set(r.disconnected.map((b) => b.hash));
  const returned = new Set(r.returned);
  const again = new Map(r.reconfirmed.map((c) => [c.txid, c.block]));
  const reversed = new Map(r.reversed.map((p) => [p.txid, p]));
  const kept: PoolDeparture[] = [];
  const news: PoolDeparture[] = [];
  for (const d of list) {
    if (d.nodeId !== r.nodeId || d.reason !== 'confirmed' || !d.block || !gone.has(d.block.hash)) kept.push(d);
    else if (returned.has(d.txid)) news.push({ nodeId: d.nodeId, txid: d.txid, reason: 'returned', block: d.block, at: r.time });
    else if (again.has(d.txid)) news.push({ ...d, block: again.get(d.txid)!, at: r.time });
    else if (reversed.has(d.txid)) news.push(lostRecord(r, reversed.get(d.txid)!, d.block));
    else kept.push(d);
  }
  const told = new Set(news.map((d) => d.txid));
  const fresh = r.reversed.filter((p) => !told.has(p.txid)).map((p) => lostRecord(r, p, p.block ?? undefined));
  const freshIds = new Set(fresh.map((d) => d.txid));
  return [...kept.filter((d) => d.nodeId !== r.nodeId || !freshIds.has(d.txid)), ...news, ...fresh];
}

/** Reversed when a block had confirmed it; a conflict when it was only waiting in the pool. */
function lostRecord(r: ReorgReport, p: ReorgReport['reversed'][number], wasIn: PoolDeparture['wasIn']): PoolDeparture {
  return {
    nodeId: r.nodeId,
    txid: p.txid,
    reason: wasIn ? 'reversed' : 'conflict',
    block: p.lostTo?.block ?? null,
    ...(p.lostTo ? { lostTo: p.lostTo.txid } : {}),
    ...(p.parent ? { parent: p.parent } : {}),
    ...(wasIn ? { wasIn } : {}),
    at: r.time,
  };
}

/** Appends `added`, dropping older records of the same transaction on the same node (the newest tells), keeping the newest `keep`. */
export function recordDepartures(list: readonly PoolDeparture[], added: readonly PoolDeparture[], keep: number): PoolDeparture[] {
  if (added.length === 0) return list.slice();
  // Runs for every node a block reaches: look records up by node, then txid, without building a key per record.
  const fresh = new Map<string, Set<string>>();
  for (const d of added) {
    const txids = fresh.get(d.nodeId);
    if (txids) txids.add(d.txid);
    else fresh.set(d.nodeId, new Set([d.txid]));
  }
  return keepLatest(list.filter((d) => !fresh.get(d.nodeId)?.has(d.txid)), added, keep);
}

/** Appends, keeping the newest `keep`. */
export function keepLatest<T>(list: readonly T[], added: readonly T[], keep: number): T[] {
  const all = [...list, ...added];
  return all.length > keep ? all.slice(all.length - keep) : all;
}

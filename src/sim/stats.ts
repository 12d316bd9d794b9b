/**
 * Statistics of the simulated network: per node (height, tip, stale blocks,
 * reorgs, pool size, rejects) and for the whole network (blocks found, stale
 * blocks and rate against the best chain, how fast blocks reach 50% and 100%
 * of the nodes, message counts).
 *
 * "Stale" follows common usage: a valid block that ended up off the best chain
 * (also called an orphaned block, though core's "orphan" means a block whose
 * parent is unknown).
 */
import type { ChainDeltaEvent, DropReason } from './events';
import type { SimNode } from './sim-node';
import type { PeerScore } from './misbehavior';

export interface BlockPropagation {
  readonly hash: string;
  readonly finder: string;
  readonly height: number;
  readonly foundAt: number;
  /** Nodes that existed when it was found and still exist. */
  readonly nodes: number;
  /** How many of them store it. */
  readonly reached: number;
  /** Virtual ms from discovery until half of those nodes (rounded up) stored it, or null. */
  readonly p50Ms: number | null;
  /** ... until all of them did, or null. */
  readonly p100Ms: number | null;
}

export interface NodeStats {
  readonly id: string;
  readonly label: string;
  readonly height: number;
  readonly tip: string;
  readonly chainWork: string;
  readonly mempoolSize: number;
  readonly mempoolBytes: number;
  readonly peers: number;
  /** Blocks stored (genesis excluded). */
  readonly knownBlocks: number;
  /** Stored blocks not on this node's active chain. */
  readonly staleBlocks: number;
  readonly staleRate: number;
  readonly orphanPool: number;
  /** Orphan transactions waiting for a parent. */
  readonly orphanTxs: number;
  /** Peers with misbehaviour points: score, ban, the latest offences. */
  readonly misbehavior: readonly PeerScore[];
  readonly reorgs: number;
  readonly maxReorgDepth: number;
  readonly lastReorgDepth: number;
  readonly blocksAccepted: number;
  readonly blocksRejected: number;
  readonly txsAccepted: number;
  readonly txsRejected: number;
  readonly inIbd: boolean;
}

export interface NetworkStatsSnapshot {
  readonly time: number;
  readonly nodes: NodeStats[];
  readonly network: {
    readonly bestTip: string;
    readonly bestHeight: number;
    /** Blocks found while these statistics were kept (since creation or restore). */
    readonly blocksFound: number;
    /** Of those, blocks not on the best chain. */
    readonly staleBlocks: number;
    readonly staleRate: number;
    readonly reorgs: number;
    readonly maxReorgDepth: number;
    readonly propagation: {
      readonly measured: number;
      readonly meanP50Ms: number | null;
      readonly meanP100Ms: number | null;
      readonly medianP50Ms: number | null;
      readonly medianP100Ms: number | null;
      readonly maxP100Ms: number | null;
    };
    readonly messages: { readonly sent: number; readonly delivered: number; readonly dropped: number; readonly droppedBy: Record<DropReason, number> };
  };
}

interface FoundRecord {
  readonly finder: string;
  readonly height: number;
  readonly foundAt: number;
  readonly nodeIds: readonly string[];
  readonly arrivals: Map<string, number>;
}

/** Blocks whose propagation is remembered (older ones are forgotten first). */
export const PROPAGATION_MEMORY = 5_000;

export class NetworkStats {
  private readonly found = new Map<string, FoundRecord>();
  private blocksFound = 0;
  private readonly foundHashes: string[] = [];
  readonly messages = { sent: 0, delivered: 0, dropped: 0, droppedBy: { loss: 0, partition: 0, 'no-link': 0, 'node-removed': 0 } as Record<DropReason, number> };

  /** A miner found `hash`; call before the finder stores it (its arrival counts at delay 0). */
  blockFound(hash: string, finder: string, height: number, time: number, nodeIds: readonly string[]): void {
    if (this.found.has(hash)) return;
    this.found.set(hash, { finder, height, foundAt: time, nodeIds: [...nodeIds], arrivals: new Map() });
    this.foundHashes.push(hash);
    this.blocksFound++;
    if (this.found.size > PROPAGATION_MEMORY) {
      const oldest = this.found.keys().next().value!;
      this.found.delete(oldest);
    }
  }

  /** The finder's own copy was rejected (a bad submission): forget it. */
  blockNotFound(hash: string): void {
    if (this.found.delete(hash)) {
      this.blocksFound--;
      const i = this.foundHashes.lastIndexOf(hash);
      if (i >= 0) this.foundHashes.splice(i, 1);
    }
  }

  /** A node stored the block (first time only counts). */
  blockArrived(nodeId: string, hash: string, time: number): void {
    const r = this.found.get(hash);
    if (r && !r.arrivals.has(nodeId)) r.arrivals.set(nodeId, time);
  }

  /** The network's 'chain-delta' listener: every block a node stored (or adopted from its orphans) arrived there. */
  chainDelta(e: ChainDeltaEvent): void {
    for (const b of e.delta.blocksAdded) if (!b.orphan) this.blockArrived(e.nodeId, b.hash, e.time);
    for (const h of e.delta.orphansAdopted) this.blockArrived(e.nodeId, h, e.time);
  }

  messageSent(): void {
    this.messages.sent++;
  }

  messageDelivered(): void {
    this.messages.delivered++;
  }

  messageDropped(reason: DropReason): void {
    this.messages.dropped++;
    this.messages.droppedBy[reason]++;
  }

  /** Propagation of one block among the nodes that still exist (`present`). */
  propagation(hash: string, present: ReadonlySet<string>): BlockPropagation | undefined {
    const r = this.found.get(hash);
    if (!r) return undefined;
    const ids = r.nodeIds.filter((id) => present.has(id));
    const delays = ids.map((id) => r.arrivals.get(id)).filter((t): t is number => t !== undefined).map((t) => t - r.foundAt).sort((a, b) => a - b);
    const half = Math.ceil(ids.length / 2);
    return {
      hash,
      finder: r.finder,
      height: r.height,
      foundAt: r.foundAt,
      nodes: ids.length,
      reached: delays.length,
      p50Ms: delays.length >= half && half > 0 ? delays[half - 1]! : null,
      p100Ms: delays.length === ids.length && ids.length > 0 ? delays[delays.length - 1]! : null,
    };
  }

  /** Every block found since these statistics started, oldest first (hashes). */
  foundBlocks(): readonly string[] {
    return this.foundHashes;
  }

  snapshot(time: number, nodes: readonly SimNode[]): NetworkStatsSnapshot {
    const present = new Set(nodes.map((n) => n.id));
    const nodeStats = nodes.map(nodeStatsOf);
    let best: SimNode | undefined;
    for (const n of nodes) if (!best || n.tip.chainWork > best.tip.chainWork) best = n;
    const stale = best ? this.foundHashes.filter((h) => !best.chain.isActive(h)).length : 0;
    const props = [...this.found.keys()].map((h) => this.propagation(h, present)!).filter((p) => p.nodes > 1);
    const p50 = props.map((p) => p.p50Ms).filter((x): x is number => x !== null);
    const p100 = props.map((p) => p.p100Ms).filter((x): x is number => x !== null);
    return {
      time,
      nodes: nodeStats,
      network: {
        bestTip: best?.tip.hash ?? '',
        bestHeight: best?.height ?? 0,
        blocksFound: this.blocksFound,
        staleBlocks: stale,
        staleRate: this.blocksFound > 0 ? stale / this.blocksFound : 0,
        reorgs: nodeStats.reduce((s, n) => s + n.reorgs, 0),
        maxReorgDepth: nodeStats.reduce((m, n) => Math.max(m, n.maxReorgDepth), 0),
        propagation: {
          measured: p100.length,
          meanP50Ms: mean(p50),
          meanP100Ms: mean(p100),
          medianP50Ms: median(p50),
          medianP100Ms: median(p100),
          maxP100Ms: p100.length ? Math.max(...p100) : null,
        },
        messages: { ...this.messages, droppedBy: { ...this.messages.droppedBy } },
      },
    };
  }
}

export function nodeStatsOf(n: SimNode): NodeStats {
  const known = n.chain.tree.size - 1;
  const stale = n.staleBlockCount();
  return {
    id: n.id,
    label: n.label,
    height: n.height,
    tip: n.tip.hash,
    chainWork: n.tip.chainWork.toString(),
    mempoolSize: n.chain.mempool.size,
    mempoolBytes: n.chain.mempool.totalBytes,
    peers: n.peers.size,
    knownBlocks: known,
    staleBlocks: stale,
    staleRate: known > 0 ? stale / known : 0,
    orphanPool: n.chain.tree.orphanBlocks().length,
    orphanTxs: n.protocol.orphanTxCount(),
    misbehavior: n.protocol.misbehavior(),
    reorgs: n.counters.reorgs,
    maxReorgDepth: n.counters.maxReorgDepth,
    lastReorgDepth: n.counters.lastReorgDepth,
    blocksAccepted: n.counters.blocksAccepted,
    blocksRejected: n.counters.blocksRejected,
    txsAccepted: n.counters.txsAccepted,
    txsRejected: n.counters.txsRejected,
    inIbd: n.protocol.inIbd,
  };
}

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

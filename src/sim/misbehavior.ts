/**
 * Misbehaviour scores, as Bitcoin Core kept them per peer (net_processing's
 * Misbehaving): every invalid block, invalid transaction, malformed or unrequested
 * message adds points to the peer that sent it; at the threshold the node
 * disconnects the peer and refuses it until the ban ends. Honest peers never
 * score: what a node on another branch may legitimately send (a transaction whose
 * inputs are missing or spent here, a block whose parent is unknown, a block too
 * far in the future) costs nothing.
 */
import type { RejectCode } from '../core/index';

/** Points per offence (Core's values where it has one). */
export const PENALTY = Object.freeze({
  /** A block that breaks a consensus rule (Core: 100, a ban at once). */
  invalidBlock: 100,
  /** A header without valid proof of work (Core: 100). */
  invalidHeader: 100,
  /** A transaction that breaks a consensus rule (Core's older releases: up to 100; here 10, so a score builds up). */
  invalidTx: 10,
  /** A message that does not have the shape of its type, an oversized inv, headers that are not a chain (Core: 20). */
  malformed: 20,
  /** A transaction or notfound nobody asked this peer for. */
  unrequested: 5,
});

/** Block rejections that a node on another branch, or with another clock, may cause honestly. */
const HONEST_BLOCK_CODES = new Set<RejectCode>(['duplicate', 'prev-blk-not-found', 'time-too-new']);

/** Transaction rejections that depend on the receiver's chain or pool, not on the sender's honesty. */
const HONEST_TX_CODES = new Set<RejectCode>([
  'txn-already-in-mempool', 'txn-already-known', 'txn-mempool-conflict', 'bad-txns-inputs-missingorspent',
  'bad-txns-premature-spend-of-coinbase', 'mempool-full', 'mempool-min-fee-not-met',
]);

export function blockPenalty(code: RejectCode | undefined): number {
  return code === undefined || HONEST_BLOCK_CODES.has(code) ? 0 : PENALTY.invalidBlock;
}

export function txPenalty(code: RejectCode | undefined): number {
  return code === undefined || HONEST_TX_CODES.has(code) ? 0 : PENALTY.invalidTx;
}

export interface PeerScore {
  readonly peer: string;
  readonly score: number;
  /** Virtual ms until which the peer is refused, or null. */
  readonly bannedUntil: number | null;
  /** The most recent offences, oldest first. */
  readonly reasons: readonly string[];
}

const REASONS_KEPT = 5;

export class MisbehaviorScores {
  private readonly peers = new Map<string, { score: number; bannedUntil: number | null; reasons: string[] }>();

  /** Adds points; true when this offence crossed `threshold` (the caller bans until `now + banMs`). */
  add(peer: string, points: number, why: string, threshold: number): boolean {
    let p = this.peers.get(peer);
    if (!p) this.peers.set(peer, (p = { score: 0, bannedUntil: null, reasons: [] }));
    const before = p.score;
    p.score += points;
    p.reasons.push(`+${points} ${why}`);
    if (p.reasons.length > REASONS_KEPT) p.reasons.shift();
    return before < threshold && p.score >= threshold;
  }

  ban(peer: string, until: number): void {
    const p = this.peers.get(peer);
    if (p) p.bannedUntil = until;
  }

  isBanned(peer: string, now: number): boolean {
    const until = this.peers.get(peer)?.bannedUntil;
    return until !== null && until !== undefined && now < until;
  }

  /** The ban ended: the peer starts again from zero. */
  unban(peer: string): void {
    this.peers.delete(peer);
  }

  scoreOf(peer: string): number {
    return this.peers.get(peer)?.score ?? 0;
  }

  /** Every peer with points, in peer order. */
  list(): PeerScore[] {
    return [...this.peers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([peer, p]) => ({ peer, score: p.score, bannedUntil: p.bannedUntil, reasons: [...p.reasons] }));
  }
}

/** A ban's length for a log line. */
export function formatDuration(ms: number): string {
  return ms >= 3_600_000 ? `${+(ms / 3_600_000).toFixed(1)} h` : ms >= 60_000 ? `${+(ms / 60_000).toFixed(1)} min` : `${+(ms / 1000).toFixed(1)} s`;
}

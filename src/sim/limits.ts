/**
 * What one node is willing to hold for its peers, each limit named after its
 * Bitcoin Core counterpart. A hostile peer can push a node up to these limits and
 * no further; every one of them is configurable per network (NetworkOptions.limits)
 * so a lesson can make a flood visible with small numbers.
 */
import { MAX_ORPHANS } from '../core/index';

export interface NodeLimits {
  /** Misbehaviour points at which a peer is disconnected and banned (Core: 100). */
  readonly misbehaviorThreshold: number;
  /** How long a banned peer is refused, virtual ms (Core's -bantime: 24 h). */
  readonly banMs: number;
  /** Orphan blocks (parent unknown) a node keeps (core's MAX_ORPHANS). */
  readonly maxOrphanBlocks: number;
  /** Orphan transactions (a parent missing) a node keeps (Core's -maxorphantx: 100). */
  readonly maxOrphanTxs: number;
  /** How long an orphan transaction waits for its parent, virtual ms (Core's ORPHAN_TX_EXPIRE_TIME: 20 min). */
  readonly orphanTxExpiryMs: number;
  /** Pool size in bytes; null: twenty blocks' worth (core's default). */
  readonly mempoolMaxBytes: number | null;
  /** Items one inv message may carry; more is a misbehaviour (Core's MAX_INV_SZ: 50,000). */
  readonly maxInvItems: number;
  /** Transactions announced by one peer and still being fetched (Core's MAX_PEER_TX_ANNOUNCEMENTS: 5,000). */
  readonly maxTxAnnouncementsPerPeer: number;
}

export const DEFAULT_LIMITS: NodeLimits = Object.freeze({
  misbehaviorThreshold: 100,
  banMs: 24 * 60 * 60 * 1000,
  maxOrphanBlocks: MAX_ORPHANS,
  maxOrphanTxs: 100,
  orphanTxExpiryMs: 20 * 60 * 1000,
  mempoolMaxBytes: null,
  maxInvItems: 50_000,
  maxTxAnnouncementsPerPeer: 5_000,
});

/** Completes a partial limits object over `base`; names the first bad field. */
export function validateLimits(o: Partial<NodeLimits> | undefined, base: NodeLimits = DEFAULT_LIMITS): NodeLimits {
  if (o === undefined) return base;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new TypeError('limits must be an object');
  for (const key of Object.keys(o)) if (!(key in DEFAULT_LIMITS)) throw new TypeError(`limits.${key} is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`);
  const merged = { ...base, ...o };
  for (const [key, value] of Object.entries(merged) as [keyof NodeLimits, unknown][]) {
    if (key === 'mempoolMaxBytes' && value === null) continue;
    const min = key === 'misbehaviorThreshold' || key === 'mempoolMaxBytes' ? 1 : 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw new RangeError(`limits.${key} must be an integer >= ${min}${key === 'mempoolMaxBytes' ? ' or null' : ''}, got ${String(value)}`);
    }
  }
  return Object.freeze(merged);
}

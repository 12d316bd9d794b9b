/**
 * What "Resolve conflicts" (the original GET /nodes/resolve) did, in words:
 * whether the node's chain was replaced (with the reorg's size when it
 * switched branch) and one row per peer: the chain it showed and what the
 * node made of it, with the reason code of a refused (invalid) chain.
 */
import type { PeerChainOutcome, ResolveReport } from '../../sim/index';
import { shortHash } from '../viz/format';

export interface ResolvePeerRow {
  /** The peer's id (labels are free text and may repeat). */
  readonly id: string;
  readonly peer: string;
  readonly outcome: PeerChainOutcome;
  /** The outcome in words (with a symbol). */
  readonly verdict: string;
  readonly height: string;
  readonly tip: string;
  readonly fullTip?: string;
  readonly code?: string;
  readonly reason?: string;
}

export interface ResolveSummary {
  readonly replaced: boolean;
  readonly headline: string;
  readonly rows: ResolvePeerRow[];
  /** Peers whose chain was refused as invalid. */
  readonly refused: number;
}

const VERDICTS: Record<PeerChainOutcome, string> = {
  adopted: '✓ adopted (more work)',
  'not-better': '= not more work',
  invalid: '✗ refused: invalid',
  unreachable: '⚠ unreachable',
};

export function summariseResolve(
  r: ResolveReport,
  labelOf: (id: string) => string = (id) => id,
): ResolveSummary {
  if (!r || !Array.isArray(r.peers)) throw new TypeError('r must be a ResolveReport');
  const name = labelOf(r.nodeId);
  let headline: string;
  if (!r.replaced)
    headline = `${name} kept its chain (height ${r.height}): no reachable peer showed a valid chain with more work.`;
  else if (r.reorg)
    headline = `${name} replaced its chain: now height ${r.height}, ${r.reorg.disconnected.length} block(s) disconnected, ${r.reorg.connected.length} connected.`;
  else headline = `${name} replaced its chain: extended to height ${r.height}.`;
  const rows = r.peers.map((p): ResolvePeerRow => ({
    id: p.peer,
    peer: labelOf(p.peer),
    outcome: p.outcome,
    verdict: VERDICTS[p.outcome],
    height: p.height === undefined ? '—' : String(p.height),
    tip: p.tip === undefined ? '—' : shortHash(p.tip),
    ...(p.tip !== undefined ? { fullTip: p.tip } : {}),
    ...(p.code !== undefined ? { code: p.code } : {}),
    ...(p.message !== undefined ? { reason: p.message } : {}),
  }));
  return {
    replaced: r.replaced,
    headline,
    rows,
    refused: rows.filter((x) => x.outcome === 'invalid').length,
  };
}

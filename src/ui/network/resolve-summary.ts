/**
 * What "Resolve conflicts" (the original GET /nodes/resolve) did, in words:
 * whether the node's chain was replaced (with the reorg's size when it
 * switched branch) and one row per peer: the chain it showed and what the
 * node made of it, with the reason code of a refused (invalid) chain.
 */
import type { PeerChainOutcome, ResolveReport } from '../../sim/index';
import { shortHash } from '../viz/format';
import { fmt } from '../i18n/index';
import { text } from './text';

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

export function summariseResolve(
  r: ResolveReport,
  labelOf: (id: string) => string = (id) => id,
): ResolveSummary {
  if (!r || !Array.isArray(r.peers)) throw new TypeError('r must be a ResolveReport');
  const name = labelOf(r.nodeId);
  let headline: string;
  const height = fmt.number(r.height);
  if (!r.replaced) headline = text.resolve.kept(name, height);
  else if (r.reorg) headline = text.resolve.switched(name, height, r.reorg.disconnected.length, r.reorg.connected.length);
  else headline = text.resolve.extended(name, height);
  const rows = r.peers.map((p): ResolvePeerRow => ({
    id: p.peer,
    peer: labelOf(p.peer),
    outcome: p.outcome,
    verdict: text.resolve.verdicts[p.outcome],
    height: p.height === undefined ? '—' : fmt.number(p.height),
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

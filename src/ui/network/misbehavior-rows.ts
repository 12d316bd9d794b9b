/**
 * The "Misbehaving peers" table of the Network panel: one row per node and
 * peer it holds points against, with the score out of the ban threshold, the
 * ban's remaining time or the points still missing for one (the table puts
 * them in words), and the latest offences. Network time is virtual: the ban ends when
 * the simulation's clock gets there.
 */
import type { NodeInfo } from '../../api/types';
export interface MisbehaviorRow {
  readonly node: string;
  readonly nodeLabel: string;
  readonly peer: string;
  readonly peerLabel: string;
  readonly score: number;
  readonly banned: boolean;
  /** Virtual ms until the ban ends (null when not banned). */
  readonly bannedForMs: number | null;
  /** Points still missing for a ban (0 when banned). */
  readonly pointsToBan: number;
  readonly reasons: readonly string[];
}

/** Rows in node order, then peer order; `now` is the network's time in virtual ms. */
export function misbehaviorRows(
  nodes: readonly NodeInfo[],
  threshold: number,
  now: number,
): MisbehaviorRow[] {
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  return nodes.flatMap((n) =>
    n.misbehavior.map((m) => {
      const banned = m.bannedUntil !== null;
      return {
        node: n.id,
        nodeLabel: n.label,
        peer: m.peer,
        peerLabel: labelOf.get(m.peer) ?? m.peer,
        score: m.score,
        banned,
        bannedForMs: banned ? Math.max(0, m.bannedUntil! - now) : null,
        pointsToBan: banned ? 0 : Math.max(0, threshold - m.score),
        reasons: m.reasons,
      };
    }),
  );
}

/**
 * The "Misbehaving peers" table of the Network panel: one row per node and
 * peer it holds points against, with the score out of the ban threshold, the
 * status in words ("banned, 23 h 59 min left" or "watched: 90 points from a
 * ban") and the latest offences. Network time is virtual: the ban ends when
 * the simulation's clock gets there.
 */
import type { NodeInfo } from '../../api/types';
import { formatDuration } from './simulated-mining-form';

export interface MisbehaviorRow {
  readonly node: string;
  readonly nodeLabel: string;
  readonly peer: string;
  readonly peerLabel: string;
  readonly score: number;
  readonly banned: boolean;
  readonly status: string;
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
        status: banned
          ? `banned, ${formatDuration(Math.max(0, m.bannedUntil! - now) / 1000)} left`
          : `watched: ${Math.max(0, threshold - m.score)} points from a ban`,
        reasons: m.reasons,
      };
    }),
  );
}

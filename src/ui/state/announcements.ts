/**
 * The sentences screen readers hear for the page's events, each with its kind
 * (so a burst folds into one summary) and its summary for several at once.
 */
import type { ReorgInfo } from '../../core/index';
import type { Announcement } from './announcement-queue';
import { fmt } from '../i18n/index';
import { text } from './text';

/** "Block 13 found by Node A, 2 transactions." */
export function foundBlockAnnouncement(height: number, nodeLabel: string, txCount: number): Announcement {
  return {
    kind: 'block-found',
    text: text.blockFound(height, nodeLabel, txCount),
    many: (n) => text.blocksFound(n, height, nodeLabel),
  };
}

/** "Reorg on Node A: 1 block disconnected, 2 connected; new tip at height 14." */
export function reorgAnnouncement(nodeLabel: string, reorg: Pick<ReorgInfo, 'disconnected' | 'connected' | 'forkHeight'>): Announcement {
  const tipHeight = reorg.forkHeight + reorg.connected.length;
  return {
    kind: 'reorg',
    text: text.reorg(nodeLabel, reorg.disconnected.length, reorg.connected.length, tipHeight),
    many: (n) => text.reorgs(n, nodeLabel, tipHeight),
  };
}

/**
 * "Payment not sent: <each field's message>." when the send form refuses its own
 * input (the focus goes to the first bad field; this says the payment did not go).
 */
export function paymentNotSentAnnouncement(messages: readonly string[]): Announcement {
  return { kind: 'payment-refused', text: text.paymentNotSent(messages.join(' ')) };
}

/** "Payment refused (insufficient-funds): <the sentence the form shows>." */
export function paymentRefusedAnnouncement(code: string, message: string): Announcement {
  return { kind: 'payment-refused', text: text.paymentRefused(code, message) };
}

/** The kept results of each experiment, as far as the announcements need them. */
export interface LabCounts {
  readonly race: readonly { q: number; z: number; successRate: number }[];
  readonly selfish: readonly { alpha: number; gamma: number; relativeRevenue: number }[];
  readonly stale: readonly unknown[];
  readonly majority: readonly { reorgDepth: number; reversedPayments: readonly unknown[] }[];
}

const percent = (x: number) => fmt.percent(x, 1);
const decimal = (x: number) => fmt.number(x, 3);

/**
 * "Double-spend race finished: q 0.3, z 1, the attack succeeded in 31%." for each
 * experiment whose newest result in `next` is not in `prev` (a run from the page
 * or the API finished); nothing for cleared results or a new chain. Results are
 * compared by identity: the lab keeps each one as it came.
 */
export function labFinishedAnnouncements(prev: LabCounts, next: LabCounts): Announcement[] {
  const out: Announcement[] = [];
  const newest = <T>(before: readonly T[], after: readonly T[]): T | undefined => {
    const last = after.at(-1);
    return last !== undefined && !before.includes(last) ? last : undefined;
  };
  const race = newest(prev.race, next.race);
  if (race) {
    out.push({ kind: 'lab-race', text: text.raceFinished(decimal(race.q), decimal(race.z), percent(race.successRate)), many: (n) => text.racesFinished(n) });
  }
  const selfish = newest(prev.selfish, next.selfish);
  if (selfish) {
    out.push({
      kind: 'lab-selfish',
      text: text.selfishFinished(decimal(selfish.alpha), decimal(selfish.gamma), percent(selfish.relativeRevenue)),
      many: (n) => text.selfishRunsFinished(n),
    });
  }
  const added = next.stale.filter((p) => !prev.stale.includes(p)).length;
  if (added > 0) {
    out.push({ kind: 'lab-stale', text: text.staleFinished(added), many: (n) => text.staleSweepsFinished(n) });
  }
  const attack = newest(prev.majority, next.majority);
  if (attack) {
    out.push({
      kind: 'lab-majority',
      text: text.majorityFinished(attack.reorgDepth, attack.reversedPayments.length),
      many: (n) => text.majorityAttacksFinished(n),
    });
  }
  return out;
}

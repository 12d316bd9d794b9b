/**
 * The sentences screen readers hear for the page's events, each with its kind
 * (so a burst folds into one summary) and its summary for several at once.
 */
import type { ReorgInfo } from '../../core/index';
import type { Announcement } from './announcement-queue';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Block 13 found by Node A, 2 transactions." */
export function foundBlockAnnouncement(height: number, nodeLabel: string, txCount: number): Announcement {
  return {
    kind: 'block-found',
    text: `Block ${height} found by ${nodeLabel}, ${plural(txCount, 'transaction')}.`,
    many: (n) => `${n} blocks found; the last, block ${height}, by ${nodeLabel}.`,
  };
}

/** "Reorg on Node A: 1 block disconnected, 2 connected; new tip at height 14." */
export function reorgAnnouncement(nodeLabel: string, reorg: Pick<ReorgInfo, 'disconnected' | 'connected' | 'forkHeight'>): Announcement {
  const tipHeight = reorg.forkHeight + reorg.connected.length;
  return {
    kind: 'reorg',
    text: `Reorg on ${nodeLabel}: ${plural(reorg.disconnected.length, 'block')} disconnected, ${reorg.connected.length} connected; new tip at height ${tipHeight}.`,
    many: (n) => `${n} reorgs on ${nodeLabel}; the last left the tip at height ${tipHeight}.`,
  };
}

/**
 * "Payment not sent: <each field's message>." when the send form refuses its own
 * input (the focus goes to the first bad field; this says the payment did not go).
 */
export function paymentNotSentAnnouncement(messages: readonly string[]): Announcement {
  return { kind: 'payment-refused', text: `Payment not sent: ${messages.join(' ')}` };
}

/** "Payment refused (insufficient-funds): <the sentence the form shows>." */
export function paymentRefusedAnnouncement(code: string, message: string): Announcement {
  return { kind: 'payment-refused', text: `Payment refused (${code}): ${message}` };
}

/** The kept results of each experiment, as far as the announcements need them. */
export interface LabCounts {
  readonly race: readonly { q: number; z: number; successRate: number }[];
  readonly selfish: readonly { alpha: number; gamma: number; relativeRevenue: number }[];
  readonly stale: readonly unknown[];
  readonly majority: readonly { reorgDepth: number; reversedPayments: readonly unknown[] }[];
}

const percent = (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`;

/**
 * "Double-spend race finished: q 0.3, z 1, the attack succeeded in 31%." for each
 * experiment whose newest result in `next` is not in `prev` (a run from the page
 * or the API finished); nothing for cleared results or a new chain. Results are
 * compared by identity: the lab keeps each one as it came.
 */
export function labFinishedAnnouncements(prev: LabCounts, next: LabCounts): Announcement[] {
  const out: Announcement[] = [];
  const many = (what: string) => (n: number) => `${n} ${what} finished.`;
  const newest = <T>(before: readonly T[], after: readonly T[]): T | undefined => {
    const last = after.at(-1);
    return last !== undefined && !before.includes(last) ? last : undefined;
  };
  const race = newest(prev.race, next.race);
  if (race) {
    out.push({ kind: 'lab-race', text: `Double-spend race finished: q ${race.q}, z ${race.z}, the attack succeeded in ${percent(race.successRate)}.`, many: many('double-spend races') });
  }
  const selfish = newest(prev.selfish, next.selfish);
  if (selfish) {
    out.push({
      kind: 'lab-selfish',
      text: `Selfish mining finished: α ${selfish.alpha}, γ ${selfish.gamma}, the pool got ${percent(selfish.relativeRevenue)} of the blocks.`,
      many: many('selfish-mining runs'),
    });
  }
  const added = next.stale.filter((p) => !prev.stale.includes(p)).length;
  if (added > 0) {
    out.push({ kind: 'lab-stale', text: `Stale-rate sweep finished: ${plural(added, 'point')} measured.`, many: many('stale-rate sweeps') });
  }
  const attack = newest(prev.majority, next.majority);
  if (attack) {
    out.push({
      kind: 'lab-majority',
      text: `51% attack finished: a reorg ${plural(attack.reorgDepth, 'block')} deep, ${plural(attack.reversedPayments.length, 'payment')} reversed.`,
      many: many('51% attacks'),
    });
  }
  return out;
}

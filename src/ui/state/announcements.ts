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

/** "Payment refused (insufficient-funds): <the sentence the form shows>." */
export function paymentRefusedAnnouncement(code: string, message: string): Announcement {
  return { kind: 'payment-refused', text: `Payment refused (${code}): ${message}` };
}

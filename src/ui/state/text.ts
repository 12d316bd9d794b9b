/**
 * The sentences screen readers hear for the page's events (announcements.ts):
 * English here, the other languages in text.<language>.ts. Counts arrive as
 * numbers so each language chooses its plural; rates arrive written (%).
 */
import { areaText } from '../i18n/area-text';

const s = (n: number) => (n === 1 ? '' : 's');

const english = {
  blockFound: (height: number, node: string, txCount: number) => `Block ${height} found by ${node}, ${txCount} transaction${s(txCount)}.`,
  blocksFound: (count: number, height: number, node: string) => `${count} blocks found; the last, block ${height}, by ${node}.`,
  reorg: (node: string, disconnected: number, connected: number, tipHeight: number) =>
    `Reorg on ${node}: ${disconnected} block${s(disconnected)} disconnected, ${connected} connected; new tip at height ${tipHeight}.`,
  reorgs: (count: number, node: string, tipHeight: number) => `${count} reorgs on ${node}; the last left the tip at height ${tipHeight}.`,
  paymentNotSent: (messages: string) => `Payment not sent: ${messages}`,
  paymentRefused: (code: string, message: string) => `Payment refused (${code}): ${message}`,
  raceFinished: (q: string, z: string, rate: string) => `Double-spend race finished: q ${q}, z ${z}, the attack succeeded in ${rate}.`,
  racesFinished: (count: number) => `${count} double-spend races finished.`,
  selfishFinished: (alpha: string, gamma: string, share: string) => `Selfish mining finished: α ${alpha}, γ ${gamma}, the pool got ${share} of the blocks.`,
  selfishRunsFinished: (count: number) => `${count} selfish-mining runs finished.`,
  staleFinished: (points: number) => `Stale-rate sweep finished: ${points} point${s(points)} measured.`,
  staleSweepsFinished: (count: number) => `${count} stale-rate sweeps finished.`,
  majorityFinished: (depth: number, reversed: number) => `51% attack finished: a reorg ${depth} block${s(depth)} deep, ${reversed} payment${s(reversed)} reversed.`,
  majorityAttacksFinished: (count: number) => `${count} 51% attacks finished.`,
};

export type AnnouncementText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

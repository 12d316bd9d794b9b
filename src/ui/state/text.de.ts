/** The announcements in German. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { AnnouncementText } from './text';

const n = (x: number) => formatNumber('de', x);
const blocks = (count: number) => (count === 1 ? '1 Block' : `${n(count)} Blöcke`);

export const text: Translation<AnnouncementText> = {
  blockFound: (height, node, txCount) => `Block ${n(height)} von ${node} gefunden, ${txCount === 1 ? '1 Transaktion' : `${n(txCount)} Transaktionen`}.`,
  blocksFound: (count, height, node) => `${n(count)} Blöcke gefunden; der letzte, Block ${n(height)}, von ${node}.`,
  reorg: (node, disconnected, connected, tipHeight) =>
    `Reorg auf ${node}: ${blocks(disconnected)} abgekoppelt, ${n(connected)} angehängt; neue Spitze auf Höhe ${n(tipHeight)}.`,
  reorgs: (count, node, tipHeight) => `${n(count)} Reorgs auf ${node}; die letzte ließ die Spitze auf Höhe ${n(tipHeight)}.`,
  paymentNotSent: (messages) => `Zahlung nicht gesendet: ${messages}`,
  paymentRefused: (code, message) => `Zahlung abgelehnt (${code}): ${message}`,
  raceFinished: (q, z, rate) => `Double-Spend-Rennen beendet: q ${q}, z ${z}, der Angriff gelang in ${rate}.`,
  racesFinished: (count) => `${n(count)} Double-Spend-Rennen beendet.`,
  selfishFinished: (alpha, gamma, share) => `Selfish Mining beendet: α ${alpha}, γ ${gamma}, der Pool bekam ${share} der Blöcke.`,
  selfishRunsFinished: (count) => `${n(count)} Selfish-Mining-Läufe beendet.`,
  staleFinished: (points) => `Messreihe zur Stale-Rate beendet: ${points === 1 ? '1 Punkt' : `${n(points)} Punkte`} gemessen.`,
  staleSweepsFinished: (count) => `${n(count)} Messreihen zur Stale-Rate beendet.`,
  majorityFinished: (depth, reversed) =>
    `51-%-Angriff beendet: eine Reorg ${depth === 1 ? '1 Block' : `${n(depth)} Blöcke`} tief, ${reversed === 1 ? '1 Zahlung' : `${n(reversed)} Zahlungen`} rückgängig gemacht.`,
  majorityAttacksFinished: (count) => `${n(count)} 51-%-Angriffe beendet.`,
};

/** The charts' words in German. */
import type { Translation } from '../i18n/area-text';
import type { ChartText } from './chart-text';

export const text: Translation<ChartText> = {
  charts: {
    region: 'Diagramme',
    intervals: 'Zeit zwischen Blöcken',
    height: 'Höhe',
    seconds: 'Sekunden',
    target: (seconds) => `Ziel ${seconds} s`,
    difficultyTitle: 'Schwierigkeit (1 = das leichteste erlaubte Ziel)',
    difficulty: 'Schwierigkeit',
    minersTitle: 'Hashrate je Miner (Anteil an der Arbeit)',
    minerDetail: (share, blocks, count, rate) =>
      `${share} der Arbeit, ${blocks} ${count === 1 ? 'Block' : 'Blöcke'}${rate !== null ? `, etwa ${rate} Hashes/s` : ''}`,
    minersValue: 'Anteil an der Arbeit, Blöcke, geschätzte Hashrate',
    staleTitle: (rate, stale, total) => `Verwaist-Rate: ${rate} (${stale} von ${total} geminten Blöcken)`,
    staleValue: 'verwaist / gemint',
  },
  chart: {
    empty: 'Noch keine Daten.',
    showTable: 'Als Tabelle zeigen',
    points: (title, count) => `${title}: ${count} Punkte, siehe die Tabelle`,
    bars: (title, count) => `${title}: ${count} Balken, siehe die Tabelle`,
    name: 'Name',
  },
  plot: {
    picture: (title, points, curves) =>
      `${title}: ${points} gemessene Punkte mit 95-%-Intervallen über ${curves} theoretischen Kurven; die Tabelle darunter listet sie auf`,
    legend: 'Legende',
  },
};

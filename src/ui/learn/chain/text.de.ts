/** Lesson 3's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ChainText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<ChainText> = {
  intro: [
    'Eine Blockchain ist eine Reihe von Blöcken. Jeder Block trägt den Hash des Blocks davor, und dieser Hash umfasst die Daten des früheren Blocks: Die Blöcke sind durch ihre Fingerabdrücke verkettet.',
    'Ändere die Daten von Block 2, und sein Hash ändert sich. Block 3 speichert den Hash von Block 2 als vorherigen Hash, also ändert sich auch der Hash von Block 3, und so weiter bis zum Ende: Jeder spätere Block bricht.',
    'Um die Kette zu reparieren, musst du Block 2 neu minen, dann 3, dann 4 und 5, der Reihe nach. Die Geschichte umzuschreiben kostet die Arbeit jedes Blocks nach der Änderung, und je älter die Änderung, desto mehr Blöcke sind das.',
  ],
  steps: {
    edit: {
      task: 'Ändere die Daten von Block 2 und sieh zu, wie die Blöcke 2 bis 5 ungültig werden.',
      hint: 'Die Blöcke 3, 4 und 5 wurden nicht angefasst, und doch haben sich ihre Hashes geändert: Jeder enthält den Hash des Blocks davor.',
    },
    'remine-2': { task: 'Mine Block 2 neu. Block 3 bleibt kaputt: Sein vorheriger Hash hat sich geändert.', hint: 'Drücke „Minen“ bei Block 2 und vergleiche den vorherigen Hash von Block 3 mit dem neuen Hash von Block 2.' },
    'remine-all': {
      task: 'Mine die Blöcke 3, 4 und 5 der Reihe nach, bis die ganze Kette gültig ist; sieh dir an, wie viele Versuche das gekostet hat.',
      hint: 'Block 4 vor Block 3 zu minen ist verschwendet: Wenn sich Block 3 ändert, ändert sich der vorherige Hash von Block 4 erneut.',
    },
  },
  allValid: '✓ Die ganze Kette ist gültig.',
  brokenFrom: (i) => `✗ Die Kette ist ab Block ${n(i)} gebrochen.`,
  work: (tries) => `Neu-Mining in dieser Lektion bisher: ${tries} Versuche.`,
};

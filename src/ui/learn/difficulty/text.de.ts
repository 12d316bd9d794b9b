/** Lesson 8's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { DifficultyText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<DifficultyText> = {
  intro: [
    'Der Zielwert ist eine 256-Bit-Zahl; ein Block ist gültig, wenn sein Hash, als Zahl gelesen, auf oder unter ihm liegt. Ein kleinerer Zielwert bedeutet weniger Gewinner-Hashes. Jedes Null-Bit am Anfang des Zielwerts halbiert sie, also verdoppeln sich die erwarteten Versuche: 2 hoch Anzahl der Null-Bits.',
    'Der Header speichert den Zielwert in 4 Bytes, den „Bits“: ein Exponent und drei Ziffern. Der leichteste Zielwert von Bitcoin hat 32 Null-Bits; der heutige hat etwa 78, weit jenseits jedes Laptops.',
    'Computer werden schneller und Miner kommen hinzu, also kämen die Blöcke immer schneller. Ab und zu sieht die Regel nach, wie lange die letzten Blöcke gedauert haben, und skaliert den Zielwert: zu schnell, schwerer; zu langsam, leichter (höchstens um den Faktor 4 in jede Richtung). So bleiben die Blöcke pünktlich.',
  ],
  steps: {
    'mine-easy': { task: 'Mine einen Block mit 16 Null-Bits oder weniger und notiere Versuche und Zeit.', hint: 'Lass „Null-Bits“ auf 16 und drücke „Block minen“.' },
    'mine-harder': { task: 'Mine mit 20 Null-Bits oder mehr: etwa 16-mal so viele Versuche. Vergleiche die erwartete Zeit mit der tatsächlichen.', hint: 'Tippe 20 in „Null-Bits“, dann „Block minen“. Die Hashrate bleibt gleich; die Versuche wachsen.' },
    retarget: { task: 'Probiere die Anpassung: Sag, die letzten 20 Blöcke hätten weniger als 200 Sekunden gedauert, dann mehr.', hint: 'Tippe 100 in „Die letzten 20 Blöcke dauerten“: Der Zielwert schrumpft (schwerer). Dann 400: Er wächst (leichter).' },
  },
  targetTitle: 'Der Zielwert',
  zeroBits: 'Null-Bits',
  zeroBitsHelp: (min, max) => `Von ${n(min)} bis ${n(max)}.`,
  bits: 'Bits (Kurzform im Header)',
  target: 'Zielwert',
  expected: 'Erwartete Versuche',
  expectedTime: (time, rate) => `Bei ${rate} deiner Worker: etwa ${time} pro Block.`,
  noRate: 'Mine einmal, um deine Hashrate zu messen.',
  mine: 'Block minen',
  stop: 'Stopp',
  mining: (bits, tries, rate, time) => `Mining mit ${n(bits)} Null-Bits … ${tries} Versuche, ${rate}, ${time}.`,
  runsCaption: 'In dieser Lektion geminte Blöcke',
  colBits: 'Null-Bits',
  colTries: 'Versuche',
  colTime: 'Zeit',
  colRate: 'Hashrate',
  noRuns: 'Noch keine Blöcke gemint.',
  retargetTitle: 'Pünktliche Blöcke',
  retargetRule: (interval, spacing, expected) =>
    `Die Klassenkette will alle ${n(spacing)} Sekunden einen Block und prüft alle ${n(interval)} Blöcke: ${n(interval)} Blöcke sollten ${n(expected)} Sekunden dauern.`,
  secondsLabel: (interval) => `Die letzten ${n(interval)} Blöcke dauerten (Sekunden)`,
  clamped: (used) => `Mehr als Faktor 4 daneben: Die Regel nimmt ${n(used)} Sekunden (die Begrenzung).`,
  oldTarget: 'Alter Zielwert',
  newTarget: 'Neuer Zielwert',
  harder: (f) => `${f}-mal schwerer`,
  easier: (f) => `${f}-mal leichter`,
  same: 'Unverändert',
};

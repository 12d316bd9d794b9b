/** Lesson 1's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { HashesText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<HashesText> = {
  intro: [
    'Eine Hashfunktion macht aus jedem Text einen Fingerabdruck fester Größe. Bitcoin verwendet SHA-256: 256 Bit, hier als 64 Hexadezimalziffern gezeigt (0–9, a–f, je vier Bit).',
    'Derselbe Text ergibt immer denselben Hash. Ändert man einen Buchstaben, kippt ungefähr die Hälfte der Bits, ohne jedes Muster. Niemand kann von einem Hash auf seinen Text zurückrechnen: Einen Text mit einer bestimmten Art von Hash findet man nur durch Ausprobieren.',
    'Daraus wird ein Rätsel: Finde einen Text, dessen Hash mit n Null-Bits beginnt. Hänge einen Zähler an den Text und probiere 0, 1, 2, … bis es klappt. Jedes weitere Null-Bit halbiert die Chance, also verdoppelt es die Versuche, mit denen man rechnen muss.',
  ],
  steps: {
    type: { task: 'Tippe irgendetwas in das Feld und sieh zu, wie sich der Hash beim Tippen ändert.', hint: 'Klicke in das Feld unter „Dein Text“ und ändere die Wörter.' },
    'one-char': {
      task: 'Ändere genau ein Zeichen (eines hinzufügen, löschen oder ersetzen) und sieh nach, wie viele der 256 Bits gekippt sind.',
      hint: 'Lösche zum Beispiel den letzten Buchstaben. Die Zeile unter dem Bit-Raster zählt die geänderten Bits.',
    },
    'zeros-8': {
      task: 'Finde eine Eingabe, deren Hash mit 8 Null-Bits beginnt.',
      hint: 'Stelle „Null-Bits“ auf 8 und drücke „Eingabe suchen“. Die Suche hängt eine Zahl an deinen Text, bis der Hash mit 8 Null-Bits beginnt.',
    },
    'tries-grow': {
      task: 'Suche nach drei verschiedenen Anzahlen von Null-Bits, eine davon 12 oder mehr, und vergleiche die Versuche in der Tabelle.',
      hint: 'Probiere 4, 8 und 12. Je 4 Bits mehr kosten etwa 16-mal so viele Versuche: Erwartet werden 2 hoch n.',
    },
  },
  textLabel: 'Dein Text',
  textHelp: 'Sein SHA-256-Hash ändert sich bei jedem Tastendruck.',
  hashLabel: 'SHA-256-Hash',
  bitsTitle: 'Die 256 Bits des Hashs',
  bitsLegend: 'Gefülltes Quadrat: ein 1-Bit. Leeres Quadrat: ein 0-Bit. Quadrat mit Ring: hat sich mit deiner letzten Änderung geändert.',
  bitsAlt: (ones, changed) =>
    `Die 256 Bits des Hashs: ${n(ones)} Einsen und ${n(256 - ones)} Nullen.` + (changed === null ? '' : ` ${n(changed)} Bits haben sich mit der letzten Änderung geändert.`),
  changedLine: (changed) => `${n(changed)} von 256 Bits haben sich mit deiner letzten Änderung geändert (etwa die Hälfte ist zu erwarten).`,
  noEditYet: 'Ändere den Text, um zu sehen, welche Bits sich ändern.',
  zeroBitsNow: (z) => (z === 1 ? 'Dieser Hash beginnt mit 1 Null-Bit.' : `Dieser Hash beginnt mit ${n(z)} Null-Bits.`),
  searchTitle: 'Das Null-Bit-Rätsel',
  zeroBitsLabel: 'Null-Bits',
  zeroBitsHelp: (max) => `Von 1 bis ${n(max)}. Die Suche läuft in einem Web Worker, die Seite reagiert also weiter.`,
  find: 'Eingabe suchen',
  cancel: 'Suche beenden',
  searching: (z, tries) => `Suche nach ${n(z)} Null-Bits … bisher ${tries} Versuche.`,
  resultsCaption: 'Bisherige Suchen: Mit jedem weiteren Null-Bit verdoppeln sich die Versuche ungefähr.',
  colBits: 'Null-Bits',
  colInput: 'Gefundene Eingabe',
  colTries: 'Versuche',
  colExpected: 'Erwartet (2ⁿ)',
  use: 'Ins Feld übernehmen',
  useLabel: (input) => `„${input}“ ins Feld übernehmen`,
  noSearches: 'Noch keine Suchen.',
};

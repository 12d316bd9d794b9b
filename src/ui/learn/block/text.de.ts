/** Lesson 2's words in German. */
import type { Translation } from '../../i18n/area-text';
import type { BlockText } from './text';

export const text: Translation<BlockText> = {
  intro: [
    'Ein Block ist eine Seite des Kassenbuchs. Er enthält Daten (bei Bitcoin eine Liste von Zahlungen), den Hash des Blocks davor und eine Zahl namens Nonce.',
    'Der Hash des Blocks selbst wird über all das gebildet. Der Block zählt nur, wenn sein Hash auf oder unter einem Zielwert liegt: hier ein Hash, der mit vier Nullen beginnt (0000…).',
    'Ändert man die Daten, ändert sich der Hash, und der Block ist nicht mehr gültig. Ihn zu reparieren heißt, eine Nonce zu finden, die den Hash wieder klein genug macht. Niemand kann diese Nonce ausrechnen; man muss probieren, hier etwa 65.536-mal. Diese Suche ist das Mining.',
  ],
  steps: {
    edit: { task: 'Ändere die Daten des Blocks: Sieh zu, wie er ungültig wird.', hint: 'Tippe in das Feld „Daten“, ändere zum Beispiel 5 in 50.' },
    mine: {
      task: 'Drücke „Minen“, um eine Nonce zu finden, die den Block wieder gültig macht.',
      hint: 'Die Mining-Worker der Seite probieren Noncen ab 0 aufwärts, bis der Hash auf oder unter dem Zielwert liegt.',
    },
    guess: { task: 'Gib eine eigene Nonce ein: Fast jeder Versuch ergibt einen ungültigen Block.', hint: 'Ändere die Zahl im Feld „Nonce“. Nur etwa eine von 65.536 Noncen passt.' },
  },
  targetTitle: 'Der Zielwert',
  targetWhy: 'Ein gültiger Hash liegt auf oder unter dieser Zahl: Etwa 1 von 65.536 Versuchen gelingt.',
};

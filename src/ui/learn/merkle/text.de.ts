/** Lesson 7's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { MerkleText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<MerkleText> = {
  intro: [
    'Der Header eines Blocks ist nur 80 Bytes groß und legt sich doch auf jede Transaktion im Block fest. Das geschieht mit einem einzigen Hash: der Merkle-Wurzel. Man hasht die IDs der Transaktionen paarweise, dann diese Ergebnisse paarweise und so weiter bis zu einem einzigen Hash ganz oben.',
    'Ändere irgendeine Transaktion, dann ändert sich ihre ID, ebenso jeder Hash darüber, und die Wurzel passt nicht mehr zum Header: Der Block ist ungültig.',
    'Der Baum liefert auch kurze Beweise. Um zu zeigen, dass eine Transaktion im Block ist, braucht man nur die Hashes neben ihrem Weg zur Wurzel: 3 Hashes für diese 7 Transaktionen, etwa 20 für eine Million. Eine Handy-Wallet kann so eine Zahlung prüfen, ohne den Block herunterzuladen.',
  ],
  steps: {
    select: { task: 'Klicke unten im Baum auf eine Transaktion, um ihren Beweis zu sehen: den Weg zur Wurzel und die Hashes daneben.', hint: 'Die Blätter sind die Transaktions-IDs; die dicke Linie ist der Weg, die markierten Kästen sind die Geschwister, die der Beweis mitbringt.' },
    tamper: { task: 'Manipuliere eine Transaktion und verfolge die Hashes, die sich bis zur Wurzel ändern.', hint: 'Drücke „Eine Transaktion manipulieren“. Die Wurzel passt nicht mehr zu der im Block-Header.' },
    'big-block': { task: 'Mache den gedachten Block 1.000 Transaktionen groß oder größer und sieh, wie kurz seine Beweise bleiben.', hint: 'Tippe 1000 in „Transaktionen in einem Block“. Probiere auch 1.000.000: Der Beweis wächst um einen Hash, sooft sich der Block verdoppelt.' },
  },
  blockLabel: 'dem Block der Lektion',
  whoTitle: 'Die Transaktionen des Blocks',
  coinbase: 'Die Coinbase: die Belohnung des Miners',
  payment: (from, to) => `${from} zahlt ${to} 1 Münze`,
  sizeTitle: 'Wie lang ist ein Beweis?',
  sizeLabel: 'Transaktionen in einem Block',
  sizeHelp: 'Von 1 bis 1.000.000.',
  sizeLine: (hashes, bytes, all) =>
    (hashes === 1 ? `Ein Beweis braucht 1 Hash (${bytes} Bytes)` : `Ein Beweis braucht ${n(hashes)} Hashes (${bytes} Bytes)`) +
    ` statt aller Transaktions-IDs (${all} Bytes).`,
};

/** Lesson 11's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { BitcoinText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<BitcoinText> = {
  intro: [
    'Alles bisher läuft nach denselben Regeln wie Bitcoin. Hier prüfst du echte Bitcoin-Blöcke mit genau den Funktionen, die auch die Knoten dieser Seite verwenden.',
    'Ein Bitcoin-Block-Header hat 80 Bytes: Version, Hash des vorigen Blocks, Merkle-Wurzel, Zeit, Bits (der Zielwert) und Nonce. Sein Hash ist zweimal angewandtes SHA-256 und muss auf oder unter dem Zielwert liegen. Füge einen echten Header ein, und die Seite rechnet alles nach; ändere ein einziges Byte, und der Arbeitsnachweis ist dahin.',
    'Das Merkle-Werkzeug macht dasselbe für Transaktionen: Gib ihm die Transaktions-IDs eines Blocks, und es berechnet die Wurzel, die der Header dieses Blocks tragen muss; außerdem prüft es Beweise, dass eine Transaktion im Block ist.',
  ],
  steps: {
    inspect: { task: 'Untersuche einen echten Header: Wähle einen (zum Beispiel den Genesis-Block) und lies seine Felder, seinen Hash und seinen Arbeitsnachweis.', hint: 'Wähle einen Block unter „Echten Header wählen“. Das Urteil unten sagt, ob sein Arbeitsnachweis stimmt.' },
    'one-byte': { task: 'Ändere ein Byte des Headers: Der Arbeitsnachweis scheitert, und die Seite sagt, warum.', hint: 'Drücke „Ein Byte ändern“ oder bearbeite selbst zwei Hex-Ziffern des Headers.' },
    'merkle-root': {
      task: 'Das Feld enthält die vier Transaktions-IDs von Block 100000, und ihre Wurzel passt zum Header dieses Blocks. Ändere ein Zeichen und stelle es dann zurück: Sieh zu, wie die Wurzel nicht mehr passt und dann wieder passt.',
      hint: 'Ändere irgendeine Ziffer einer txid: Die Wurzel ändert sich völlig und steht in keinem Header. Mach die Änderung rückgängig, und die Wurzel ist wieder die von Block 100000.',
    },
    proof: { task: 'Erstelle einen Beweis für eine Transaktion und prüfe ihn.', hint: 'Wähle eine Position und drücke „Beweis erstellen“, ändere dann ein Zeichen des Zweigs und sieh zu, wie die Prüfung scheitert.' },
  },
  headersSource:
    'Bitcoin-Mainnet. Der Genesis-Block steht fest in Bitcoin Core (chainparams.cpp); die anderen sind so, wie jeder Full Node oder Block-Explorer sie liefert (getblockheader, getblock).',
  inspectorTitle: 'Header-Inspektor',
  pick: 'Echten Header wählen',
  pickNone: 'Block wählen …',
  headerLabel: 'Header (80 Bytes als 160 Hex-Ziffern)',
  changeOne: 'Ein Byte ändern',
  fieldsCaption: 'Die Felder des Headers',
  colField: 'Feld',
  colBytes: 'Bytes',
  colValue: 'Wert',
  fields: { version: 'Version', prevHash: 'Hash des vorigen Blocks', merkleRoot: 'Merkle-Wurzel', time: 'Zeit', bits: 'Bits (Zielwert)', nonce: 'Nonce' },
  hash: 'Block-Hash (zweimal SHA-256, umgekehrt gezeigt wie in Explorern)',
  target: 'Zielwert',
  difficulty: (d) => `Schwierigkeit ${d} (wie viel schwerer als der leichteste Zielwert, den Bitcoin erlaubt)`,
  powOk: '✓ Der Arbeitsnachweis stimmt: Der Hash liegt auf oder unter dem Zielwert.',
  powBad: '✗ Der Arbeitsnachweis scheitert.',
  isBundled: (name) => `Das ist der echte Header von ${name}.`,
  changed: (name, list) => `Gegenüber ${name} geändert in ${list}.`,
  byteIn: (byte, field) => `Byte ${n(byte + 1)} (${field})`,
  merkleTitle: 'Merkle-Werkzeug',
  txidsLabel: 'Transaktions-IDs, eine pro Zeile (Coinbase zuerst)',
  root: 'Merkle-Wurzel',
  rootMatches: (name) => `✓ Das ist die Merkle-Wurzel im Header von ${name}.`,
  rootNoMatch: 'Diese Wurzel steht in keinem der mitgelieferten Header.',
  proofTitle: 'Beweis, dass eine Transaktion im Block ist',
  position: 'Zu beweisende Transaktion (0 = erste)',
  proofPosition: 'Ihre Position im Block',
  makeProof: 'Beweis erstellen',
  proofTxid: 'Transaktions-ID',
  proofBranch: 'Zweig: die Geschwister-Hashes, einer pro Zeile, von unten nach oben',
  proofRoot: 'Wurzel',
  proofOk: '✓ Der Beweis stimmt: Die txid mit dem Zweig gehasht ergibt die Wurzel.',
  proofBad: '✗ Der Beweis scheitert: Die txid mit dem Zweig gehasht ergibt nicht die Wurzel.',
  headers: {
    genesis: { name: 'Genesis-Block', note: '3. Januar 2009. Seine Coinbase trägt die Schlagzeile „Chancellor on brink of second bailout for banks“.' },
    'block-1': { name: 'Block 1', note: 'Der erste Block nach dem Genesis-Block: Sein vorheriger Hash ist der Genesis-Hash.' },
    'block-170': { name: 'Block 170', note: 'Januar 2009: die erste Zahlung von einer Person an eine andere (Satoshi Nakamoto an Hal Finney, 10 Bitcoin).' },
    'block-100000': { name: 'Block 100000', note: 'Dezember 2010: vier Transaktionen und ein Zielwert, der etwa 14.000-mal schwerer ist als der des Genesis-Blocks.' },
  },
};

/** Lesson 5's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { KeysText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<KeysText> = {
  intro: [
    'Ein Schlüsselpaar sind zwei Zahlen, die zusammengehören. Der private Schlüssel ist ein Geheimnis: Wer ihn kennt, besitzt die Münzen. Der öffentliche Schlüssel wird daraus berechnet und darf jedem gezeigt werden; vom öffentlichen zurück zum privaten zu kommen, ist praktisch unmöglich.',
    'Mit dem privaten Schlüssel signierst du eine Nachricht. Mit dem öffentlichen Schlüssel kann jeder diese Signatur prüfen: Sie gilt nur für genau diese Nachricht und diesen Schlüssel. Ändere ein einziges Zeichen, und die Prüfung scheitert. So beweist eine Zahlung, dass sie vom Besitzer der Münzen kommt, ohne das Geheimnis zu verraten.',
    'Eine Adresse ist ein kurzer Name für einen öffentlichen Schlüssel: sein HASH160 (SHA-256, dann RIPEMD-160), davor ein Versionsbyte und am Ende 4 Bytes Prüfsumme, in Base58 geschrieben. Ein Tippfehler zerstört fast immer die Prüfsumme, also lehnt eine Wallet die Adresse ab, statt Münzen ins Nichts zu schicken.',
  ],
  steps: {
    'make-key': { task: 'Erzeuge ein Schlüsselpaar.', hint: 'Drücke „Schlüsselpaar erzeugen“. Hier entsteht es aus dem Seed der Lektion, also bekommt die ganze Klasse dasselbe.' },
    sign: { task: 'Signiere die Nachricht mit deinem privaten Schlüssel.', hint: 'Drücke „Signieren“. Die Signatur hat 64 Bytes: zwei Zahlen, r und s.' },
    tamper: {
      task: 'Ändere ein Zeichen der empfangenen Nachricht: Die Signatur passt nicht mehr.',
      hint: 'Bearbeite das Feld „Empfangene Nachricht“, ändere zum Beispiel 5 in 6. Stelle es zurück, und die Prüfung gelingt wieder.',
    },
    typo: {
      task: 'Kopiere deine Adresse in die Prüfung und ändere ein Zeichen: Die Prüfsumme fängt den Tippfehler ab.',
      hint: 'Drücke „Meine Adresse ins Feld kopieren“ und ersetze einen Buchstaben durch einen anderen (nicht 0, O, I oder l: Die gibt es in Base58 gar nicht).',
    },
  },
  keyTitle: 'Dein Schlüsselpaar',
  makeKey: 'Schlüsselpaar erzeugen',
  makeAnother: 'Weiteres Schlüsselpaar erzeugen',
  noKey: 'Noch kein Schlüsselpaar.',
  keyNumber: (i) => `Schlüsselpaar ${n(i)} aus dem Seed dieser Lektion.`,
  privateKey: 'Privater Schlüssel (geheim!)',
  privateWarning: 'Zeige niemals jemandem einen echten privaten Schlüssel: Er wird hier nur gezeigt, weil diese Schlüssel zum Lernen da sind.',
  publicKey: 'Öffentlicher Schlüssel (komprimiert, 33 Bytes)',
  signTitle: 'Signieren und prüfen',
  message: 'Zu signierende Nachricht',
  sign: 'Signieren',
  signature: 'Signatur (64 Bytes)',
  received: 'Empfangene Nachricht',
  receivedHelp: 'Der Empfänger prüft die Signatur mit deinem öffentlichen Schlüssel gegen die Nachricht, die er erhalten hat.',
  verifyOk: '✓ Die Signatur ist für diese Nachricht und diesen öffentlichen Schlüssel gültig.',
  verifyBad: '✗ Die Signatur passt nicht: Die Nachricht (oder der Schlüssel) ist nicht die, die signiert wurde.',
  notSigned: 'Signiere eine Nachricht, um sie zu prüfen.',
  addressTitle: 'Eine Adresse aus dem öffentlichen Schlüssel',
  pipeline: [
    { label: 'HASH160 des öffentlichen Schlüssels (SHA-256, dann RIPEMD-160: 20 Bytes)', key: 'hash160' },
    { label: 'Versionsbyte (00 für Bitcoin-Adressen)', key: 'version' },
    { label: 'Prüfsumme: die ersten 4 Bytes von SHA-256d(Version + HASH160)', key: 'checksum' },
    { label: 'Adresse: Base58 von Version + HASH160 + Prüfsumme', key: 'address' },
  ],
  checker: 'Adresse prüfen',
  checkerHelp: 'Füge eine Adresse ein oder tippe sie; die Seite dekodiert sie wie eine Wallet.',
  copyAddress: 'Meine Adresse ins Feld kopieren',
  addressOk: '✓ Eine gültige Adresse: Die Prüfsumme stimmt.',
  addressBad: (code, message) => `✗ Abgelehnt (${code}): ${message}`,
};

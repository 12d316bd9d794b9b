/** Lesson 6's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber, pluralOne } from '../../i18n/format';
import type { CoinsText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<CoinsText> = {
  intro: [
    'Niemandes Guthaben steht irgendwo geschrieben. Was die Kette enthält, sind Münzen: Ausgaben früherer Transaktionen, die noch niemand ausgegeben hat („unspent transaction outputs“, UTXOs). Ein Guthaben ist die Summe der Münzen, die einer Adresse gehören.',
    'Eine Zahlung gibt ganze Münzen aus, wie beim Bezahlen mit Geldscheinen: Die ausgegebenen Münzen sind weg, und sie erzeugt neue Münzen, eine für den Empfänger und meist eine als Wechselgeld zurück an den Absender.',
    'Eine Münze kann nur einmal ausgegeben werden. Der Knoten merkt sich, welche Münzen es gibt, lehnt eine zweite Zahlung ab, die eine schon ausgegebene Münze ausgibt, und sagt, warum.',
  ],
  steps: {
    pay: { task: 'Schicke Bob 4 Münzen von Alice. Sieh dir die ausgegebene Münze und Alices Wechselgeld an.', hint: 'Wähle Alice und Bob, tippe 4 und drücke „Senden“. Alice hat keine 4er-Münze: Ihre 5er-Münze wird ausgegeben, und 1 Münze kommt zurück.' },
    confirm: { task: 'Mine einen Block: Die Zahlung ist bestätigt, und die neuen Münzen stehen in der Kette.', hint: 'Drücke „Den Pool in einen Block minen“. Sieh zu, wie Bobs Münzen von „wartend“ zu „bestätigt“ wechseln.' },
    'double-spend': { task: 'Versuche, dieselben Münzen ein zweites Mal auszugeben: Der Knoten lehnt ab und nennt seinen Grund.', hint: 'Drücke „Diese Münzen noch einmal ausgeben“ unter einer Zahlung. Probiere es vor und nach dem Mining: Der Grund ändert sich.' },
  },
  walletsTitle: 'Wallets und ihre Münzen',
  balance: (sum, parts) => `Guthaben: ${parts} = ${sum} Münzen`,
  noCoins: 'Keine Münzen.',
  afterPool: (total) => `Sobald der Pool gemint ist: ${total} Münzen.`,
  coinConfirmed: 'in der Kette',
  coinWaiting: 'wartet im Pool',
  coinSpending: 'wird ausgegeben',
  coinLabel: (amount, state) => `Münze über ${amount}, ${state}`,
  payTitle: 'Eine Zahlung machen',
  from: 'Von',
  to: 'An',
  amount: 'Betrag (Münzen)',
  send: 'Senden',
  spentCoin: (amount, value) => `Münze im Wert von ${amount} ${pluralOne('de', value) ? 'Münze' : 'Münzen'}`,
  previewSpends: (coins) => `Gibt aus: ${coins}.`,
  previewPays: (to, amount, from, change) => `Zahlt ${to} ${amount} und ${from} ${change} als Wechselgeld zurück.`,
  previewNoChange: (to, amount) => `Zahlt ${to} genau ${amount}: kein Wechselgeld.`,
  blockTitle: 'Blöcke',
  chainLine: (height, pool) =>
    `Die Kette hat ${n(height + 1)} Blöcke; ` + (pool === 1 ? '1 Zahlung wartet im Pool.' : `${n(pool)} Zahlungen warten im Pool.`),
  mine: 'Den Pool in einen Block minen',
  mining: (tries) => `Mining läuft … ${tries} Versuche.`,
  paymentsTitle: 'Zahlungen',
  noPayments: 'Noch keine Zahlungen.',
  payment: (from, to, amount, change) => `${from} → ${to}: ${amount} Münzen (Wechselgeld ${change})`,
  waiting: 'wartet im Pool',
  confirmations: (c) => (c === 1 ? 'bestätigt (1 Bestätigung)' : `bestätigt (${n(c)} Bestätigungen)`),
  again: 'Diese Münzen noch einmal ausgeben',
  againLabel: (i) => `Die Münzen von Zahlung ${n(i)} noch einmal ausgeben`,
  refused: (code, message) => `✗ Abgelehnt (${code}): ${message}`,
};

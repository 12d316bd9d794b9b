/** The sentences of the errors the page shows, in German. */
import type { Translation } from '../i18n/area-text';
import type { ErrorsText } from './text';

export const text: Translation<ErrorsText> = {
  reasons: {
    'bad-address-char': 'Die Adresse enthält ein Zeichen, das kein Base58 ist.',
    'bad-address-checksum':
      'Die Prüfsumme der Adresse stimmt nicht: Ein Zeichen wurde falsch getippt.',
    'bad-address-version': 'Die Adresse gehört zu einem anderen Netzwerk (falsches Versions-Byte).',
    'bad-address-length': 'Die Adresse ergibt dekodiert die falsche Anzahl Bytes.',
    'bad-amount': 'Der Betrag ist keine gültige Anzahl Coins.',
    'bad-txns-vin-empty': 'Die Transaktion hat keine Eingaben.',
    'bad-txns-vout-empty': 'Die Transaktion hat keine Ausgaben.',
    'bad-txns-oversize': 'Die Transaktion ist größer, als ein Block sein darf.',
    'bad-txns-vout-zero':
      'Eine Ausgabe zahlt null: Jede Zahlung muss mindestens eine Einheit betragen.',
    'bad-txns-vout-negative': 'Eine Ausgabe zahlt einen negativen oder nicht ganzzahligen Betrag.',
    'bad-txns-vout-toolarge': 'Eine Ausgabe zahlt mehr als alle Coins, die es je geben kann.',
    'bad-txns-txouttotal-toolarge':
      'Die Ausgaben zusammen zahlen mehr als alle Coins, die es je geben kann.',
    'bad-txns-inputs-duplicate': 'Die Transaktion gibt denselben Coin zweimal aus.',
    'bad-cb-length': 'Die Coinbase-Daten haben die falsche Länge.',
    'bad-txns-prevout-null':
      'Eine normale Transaktion gibt den Null-Outpoint aus, der Coinbases vorbehalten ist.',
    'bad-txns-cb-has-signature':
      'Eine Coinbase-Eingabe trägt eine Signatur; Coinbases geben nichts aus.',
    'bad-txns-nonstandard-input': 'Eine Eingabe trägt Daten, die nur eine Coinbase tragen darf.',
    'bad-txns-pubkey':
      'Eine Eingabe trägt einen öffentlichen Schlüssel, der kein gültiger komprimierter secp256k1-Schlüssel ist.',
    'bad-txns-version': 'Die Transaktionsversion wird nicht unterstützt.',
    'bad-txns-inputs-missingorspent':
      'Eine Eingabe gibt einen Coin aus, der nicht existiert oder schon ausgegeben ist.',
    'bad-txns-premature-spend-of-coinbase':
      'Eine Eingabe gibt eine Coinbase aus, die noch nicht gereift ist.',
    'bad-txns-in-belowout': 'Die Ausgaben zahlen mehr, als die Eingaben einbringen.',
    'bad-txns-inputvalues-outofrange':
      'Die Eingaben ergeben zusammen mehr als alle Coins, die es je geben kann.',
    'bad-txns-wrong-key':
      'Eine Eingabe ist mit einem öffentlichen Schlüssel signiert, dem der ausgegebene Coin nicht gehört.',
    'bad-txns-bad-signature':
      'Eine Signatur lässt sich für diese Transaktion und den ausgegebenen Coin nicht verifizieren.',
    'txn-mempool-conflict':
      'Ein Coin, den diese Transaktion ausgibt, wird schon von einer Transaktion im Mempool ausgegeben.',
    'txn-already-in-mempool': 'Diese Transaktion ist schon im Mempool.',
    'txn-already-known': 'Diese Transaktion ist in der Kette schon bestätigt.',
    'txn-coinbase':
      'Eine Coinbase kann nicht in den Mempool: Nur ein Miner setzt sie in einen Block.',
    'mempool-full':
      'Der Mempool ist voll, und diese Transaktion zahlt eine zu niedrige Gebührenrate, um hineinzukommen.',
    'mempool-min-fee-not-met':
      'Die Gebührenrate liegt unter dem Minimum, das dieser Mempool verlangt, seit er voll war.',
    'insufficient-funds':
      'Die Wallet hat nicht genug ausgebbare Coins für diesen Betrag und diese Gebühr.',
    'high-hash': 'Der Block-Hash liegt über dem Zielwert: Der Arbeitsnachweis ist ungültig.',
    'bad-diffbits':
      'Die Schwierigkeits-Bits sind nicht die, die die Kette auf dieser Höhe verlangt.',
    'bad-txnmrklroot': 'Die Merkle-Wurzel im Header passt nicht zu den Transaktionen.',
    'bad-txns-duplicate':
      'Der Block wiederholt eine Transaktion (der Merkle-Baum ist manipuliert, CVE-2012-2459).',
    'bad-cb-missing': 'Die erste Transaktion des Blocks ist keine Coinbase.',
    'bad-cb-multiple': 'Der Block hat mehr als eine Coinbase.',
    'bad-cb-height': 'Die Coinbase nennt nicht die Höhe des Blocks.',
    'bad-cb-amount': 'Die Coinbase zahlt mehr als die Blockbelohnung plus die Gebühren.',
    'bad-blk-length': 'Der Block ist größer als die maximale Blockgröße.',
    'bad-blk-empty': 'Der Block hat keine Transaktionen: Er braucht mindestens eine Coinbase.',
    'bad-witness-merkle-match':
      'Die Coinbase legt sich nicht auf die Signaturen des Blocks fest (Witness-Wurzel passt nicht).',
    'bad-txns-inputs-spent-in-block': 'Zwei Transaktionen im Block geben denselben Coin aus.',
    'bad-txns-accumulated-fee-outofrange':
      'Die Gebühren des Blocks ergeben zusammen mehr als alle Coins, die es je geben kann.',
    'bad-txns-ordering':
      'Eine Transaktion gibt eine Ausgabe aus, die erst später im selben Block entsteht.',
    'bad-version': 'Die Blockversion wird nicht unterstützt.',
    'time-too-old': 'Die Blockzeit liegt nicht nach dem Median der Zeiten der vorigen 11 Blöcke.',
    'time-too-new': 'Die Blockzeit liegt zu weit in der Zukunft.',
    'prev-blk-not-found':
      'Der Elternblock ist unbekannt (der Block wird als Waise behalten, bis er ankommt).',
    'bad-prevblk': 'Der Elternblock ist ungültig, also auch dieser Block.',
    duplicate: 'Der Block ist schon bekannt.',
    'bad-encoding': 'Die Daten lassen sich nicht als diese Art von Objekt dekodieren.',
  },
  amount: {
    empty: 'Gib einen Betrag ein.',
    'not-a-number': 'Der Betrag muss eine Zahl wie 1.5 sein (Ziffern und ein Dezimalpunkt).',
    negative: 'Der Betrag darf nicht negativ sein.',
    zero: 'Der Betrag muss größer als null sein.',
    'too-many-decimals':
      'Ein Coin hat nur 8 Nachkommastellen (die kleinste Einheit ist 0.00000001).',
    'too-large': 'Der Betrag ist größer als alle Coins, die es je geben kann (21.000.000).',
  },
  api: {
    'unknown-wallet': 'Hier gibt es keine Wallet mit dieser Adresse.',
    'unknown-node': 'Diesen Knoten gibt es nicht.',
    'unknown-block': 'Kein Knoten kennt diesen Block.',
    'unknown-transaction': 'Kein Knoten kennt diese Transaktion.',
    'bad-argument': 'Dieser Wert wird nicht angenommen.',
    'mining-busy':
      'Das Mining ist mit einer anderen Aufgabe beschäftigt: Warte darauf oder stoppe sie.',
    'mining-stopped': 'Das Mining wurde gestoppt, bevor ein Block gefunden wurde.',
    'engine-unavailable': 'Diese Mining-Engine läuft in diesem Browser nicht.',
    'import-invalid':
      'Diese Datei kann nicht wiederhergestellt werden: Sie ist keine Pocket-Chain-Datei oder sie ist beschädigt. Nichts wurde geändert.',
    'read-only':
      'Hier kann gerade nichts geändert werden: Pocket Chain ist in einem anderen Tab offen, oder die gespeicherten Daten müssen neu aufgebaut werden.',
    'lab-busy': 'Das Labor ist mit einem anderen Lauf beschäftigt: Warte darauf oder brich ihn ab.',
    'lab-cancelled': 'Der Lauf wurde abgebrochen: Nichts wurde behalten.',
    'blocks-loading':
      'Die gespeicherten Blöcke werden noch gelesen: Versuche es gleich noch einmal.',
  },
  details: {
    spendsMissing: (v) => `Eingabe ${v.input} gibt ${v.coin}…:${v.vout} aus`,
    spendsImmature: (v) => `Eingabe ${v.input} gibt eine Coinbase von Höhe ${v.height} aus, ausgebbar ab Höhe ${v.from}`,
    inputsBelowOutputs: (v) => `Eingaben ${v.in} < Ausgaben ${v.out}`,
    wrongKey: (v) => `Eingabe ${v.input}: Der Coin gehört ${v.address}`,
    input: (v) => `Eingabe ${v.input}`,
    output: (v) => `Ausgabe ${v.output}`,
    outputPays: (v) => `Ausgabe ${v.output} zahlt ${v.amount}`,
    version: (v) => `Version ${v.version}`,
    bytes: (v) => `${v.bytes} Bytes`,
    addressEmpty: () => 'leer',
    addressTooLong: (v) => `${v.chars} Zeichen; eine Adresse hat höchstens ${v.max}`,
    addressDecodedLength: (v) => `${v.bytes} Bytes nach dem Dekodieren, erwartet ${v.expected}`,
    addressChar: (v) => `„${v.char}“ gehört nicht zum Base58-Alphabet (kein 0, O, I oder l)`,
    addressVersion: (v) => `Versions-Byte ${v.found}, erwartet ${v.expected}`,
    poolConflict: (v) => `Eingabe ${v.input} (${v.coin}…:${v.vout}) wird von der Pool-Transaktion ${v.spender}… ausgegeben`,
    feeBelowFloor: (v) => `Gebührenrate ${v.rate} < ${v.floor} Einheiten/Byte`,
    feeNotAboveLowest: (v) => `Gebührenrate ${v.rate} Einheiten/Byte liegt nicht über der der niedrigsten Pakete`,
    needsSpendable: (v) => `braucht ${v.need}, ausgebbar ${v.spendable}`,
    merkleMismatch: (v) => `der Header sagt ${v.header}…, die Transaktionen ergeben ${v.computed}…`,
    mutatedTree: () => 'der Merkle-Baum paart einen Hash mit einer identischen Kopie',
    blockTooLarge: (v) => `${v.bytes} Bytes > ${v.max}`,
    transaction: (v) => `Transaktion ${v.index}`,
    bitsRequired: (v) => `Bits ${v.bits}, verlangt ${v.required}`,
    timeTooOld: (v) => `Zeit ${v.time} <= Median der Vergangenheit ${v.mtp}`,
    timeTooNew: (v) => `Zeit ${v.time} liegt ${v.ahead} s vor der Uhr`,
    coinbaseHeight: (v) => `die Coinbase sagt ${v.stated}, der Block ist auf Höhe ${v.height}`,
    spentTwiceInBlock: (v) => `Transaktion ${v.index} gibt ${v.coin}… noch einmal aus`,
    spendsLaterOutput: (v) => `Transaktion ${v.index} gibt eine Ausgabe von Transaktion ${v.creator} aus`,
    feesOutOfRange: (v) => `die Gebühren erreichen ${v.fees} bei Transaktion ${v.index}`,
    coinbaseOverpays: (v) => `zahlt ${v.claimed}, erlaubt ${v.subsidy} + Gebühren ${v.fees}`,
    parentRejected: (v) => `Elternblock ${v.parent}…: ${v.code}`,
    waitingForParent: (v) => `wartet auf ${v.parent}…`,
  },
};

/** The panels' frame words in German. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { PanelsText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<PanelsText> = {
  wallets: {
    title: 'Wallets',
    summary: (walletCount, coins) => `${walletCount === 1 ? '1 Wallet' : `${n(walletCount)} Wallets`} mit ${coins} (bestätigt), wie`,
    seenAt: (height) =>
      `sie auf Höhe ${height} sieht. Guthaben sind die Summe der unverbrauchten Ausgaben jeder Wallet; ein anderer Knoten kann andere sehen, bis Blöcke und Transaktionen ihn erreichen.`,
    list: 'Liste der Wallets',
    none: 'Noch keine Wallet: Lege eine mit dem Formular an.',
  },
  mempool: {
    title: (node) => `Mempool von ${node}`,
    totals: (node) => `Summen des Mempools von ${node}`,
    transactions: 'Transaktionen',
    size: 'Größe',
    bytes: (bytes) => `${bytes} Byte`,
    fees: 'Wartende Gebühren',
    empty: (node) => `Der Mempool von ${node} ist leer.`,
    lost: (count) =>
      `${count === 1 ? '1 Zahlung, die er gesehen hatte, hat' : `${n(count)} Zahlungen, die er gesehen hatte, haben`} ihn ohne Block verlassen: siehe „Hat diesen Mempool kürzlich verlassen“ unten.`,
    nothingWaits: 'Keine Transaktion wartet auf einen Block.',
    sendHint: 'Sende eine Zahlung im Tab Wallets: Sie wartet hier, bis ein Miner sie in einen Block aufnimmt.',
    goToWallets: 'Zu den Wallets',
    howTitle: 'Wie der Mempool Coins sperrt',
    howLocks: [
      'Eine Transaktion gibt ganze Coins aus (unverbrauchte Ausgaben). Solange sie hier wartet, sind die Coins, die sie ausgibt,',
      'einzeln gesperrt',
      ': Eine zweite Transaktion, die einen dieser Coins ausgibt, wird abgelehnt (',
      '). So kann eine Wallet weiter mit ihren anderen Coins zahlen, sogar mit dem Wechselgeld einer wartenden Zahlung (ein Kind eines unbestätigten Elternteils, gemint nach oder mit seinem Elternteil).',
    ],
    howPools:
      'Jeder Knoten hat seinen eigenen Mempool. Zwei Knoten können verschiedene Transaktionen halten, die denselben Coin ausgeben (eine an beide gesendete Doppelausgabe); der erste Block, der eine davon aufnimmt, gewinnt, und die andere wird als Konflikt aus jedem Mempool entfernt.',
    departedTitle: 'Hat diesen Mempool kürzlich verlassen',
    nothingLeft: (node) => `Seit dem Öffnen der Seite hat nichts den Mempool von ${node} verlassen. Mine einen Block, um Transaktionen bestätigt zu sehen.`,
    wasIn: '(war in',
    nowStale: ', jetzt verwaist)',
    lostTo: '— verloren an',
    inBlock: ' in Block',
    parentLeft: '— sie gab einen Coin von',
    leftChain: ' aus, die die Kette verlassen hat',
    block: '(Block',
    shown: (count) => `${count === 1 ? '1 Transaktion' : `${n(count)} Transaktionen`} gezeigt, neueste zuerst.`,
  },
};

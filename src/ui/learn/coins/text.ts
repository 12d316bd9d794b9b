/** Lesson 6's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'Nobody’s balance is written down anywhere. What the chain holds are coins: outputs of earlier transactions that nobody has spent yet (“unspent transaction outputs”, UTXOs). A balance is the sum of the coins an address owns.',
    'A payment spends whole coins, like paying with banknotes: the coins it spends are gone, and it creates new coins, one for the receiver and usually one for the change, paid back to the sender.',
    'A coin can be spent only once. The node remembers which coins exist and refuses a second payment that spends a coin already spent, and it says why.',
  ],
  steps: {
    pay: { task: 'Send Bob 4 coins from Alice. Look at the coin it spends and the change Alice gets back.', hint: 'Choose Alice and Bob, type 4 and press Send. Alice has no 4-coin coin: her 5-coin coin is spent and 1 coin comes back.' },
    confirm: { task: 'Mine a block: the payment is confirmed and the new coins are in the chain.', hint: 'Press “Mine the pool into a block”. Watch Bob’s coins move from “waiting” to “confirmed”.' },
    'double-spend': { task: 'Try to spend the same coins a second time: the node refuses, with its reason.', hint: 'Press “Spend these coins again” under a payment. Try it before and after mining: the reason changes.' },
  },
  walletsTitle: 'Wallets and their coins',
  balance: (sum: string, parts: string) => `Balance: ${parts} = ${sum} coins`,
  noCoins: 'No coins.',
  afterPool: (total: string) => `Once the pool is mined: ${total} coins.`,
  coinConfirmed: 'in the chain',
  coinWaiting: 'waiting in the pool',
  coinSpending: 'being spent',
  coinLabel: (amount: string, state: string) => `Coin of ${amount}, ${state}`,
  payTitle: 'Make a payment',
  from: 'From',
  to: 'To',
  amount: 'Amount (coins)',
  send: 'Send',
  /** One coin the payment spends, by its value: `amount` is written, `value` (in coins) chooses the plural. */
  spentCoin: (amount: string, _value: number) => `${amount}-coin coin`,
  previewSpends: (coins: string) => `Spends: ${coins}.`,
  previewPays: (to: string, amount: string, from: string, change: string) => `Pays ${to} ${amount}, and ${change} back to ${from} as change.`,
  previewNoChange: (to: string, amount: string) => `Pays ${to} ${amount} exactly: no change.`,
  blockTitle: 'Blocks',
  chainLine: (height: number, pool: number) => `The chain has ${height + 1} blocks; ${pool} payment${pool === 1 ? '' : 's'} waiting in the pool.`,
  mine: 'Mine the pool into a block',
  mining: (tries: string) => `Mining… ${tries} tries.`,
  paymentsTitle: 'Payments',
  noPayments: 'No payments yet.',
  payment: (from: string, to: string, amount: string, change: string) => `${from} → ${to}: ${amount} coins (change ${change})`,
  waiting: 'waiting in the pool',
  confirmations: (n: number) => `confirmed (${n} confirmation${n === 1 ? '' : 's'})`,
  again: 'Spend these coins again',
  againLabel: (n: number) => `Spend the coins of payment ${n} again`,
  refused: (code: string, message: string) => `✗ Refused (${code}): ${message}`,
} satisfies LessonText & Record<string, unknown>;

export type CoinsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

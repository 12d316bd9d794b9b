/**
 * The words of the panels' own frames (headings, summaries, empty states):
 * English here, the other languages in text.<language>.ts. Counts arrive as
 * numbers so each language chooses its plural; amounts arrive written.
 */
import { areaText } from '../i18n/area-text';

const english = {
  wallets: {
    title: 'Wallets',
    summary: (walletCount: number, coins: string) => `${walletCount} wallet${walletCount === 1 ? '' : 's'} holding ${coins} (confirmed), as`,
    seenAt: (height: string) => `sees them at height ${height}. Balances are the sum of each wallet's unspent outputs; another node may see others until blocks and transactions reach it.`,
    list: 'Wallet list',
    none: 'No wallet yet: create one with the form.',
  },
  mempool: {
    title: (node: string) => `Mempool of ${node}`,
    totals: (node: string) => `Pool totals of ${node}`,
    transactions: 'Transactions',
    size: 'Size',
    bytes: (bytes: string) => `${bytes} bytes`,
    fees: 'Fees waiting',
    empty: (node: string) => `The pool of ${node} is empty.`,
    lost: (count: number) => `${count} payment${count === 1 ? '' : 's'} it had seen left without a block: see “Recently left this pool” below.`,
    nothingWaits: 'No transaction is waiting for a block.',
    sendHint: 'Send a payment from the Wallets tab: it waits here until a miner puts it in a block.',
    goToWallets: 'Go to Wallets',
    howTitle: 'How the pool locks coins',
    howLocks: [
      'A transaction spends whole coins (unspent outputs). While it waits here, the coins it spends are',
      'locked one by one',
      ': a second transaction spending any of the same coins is refused (',
      '), so a wallet can keep paying from its other coins, and even from the change of a waiting payment (a child of an unconfirmed parent, mined after or with its parent).',
    ],
    howPools:
      'Each node has its own pool. Two nodes may hold different transactions spending the same coin (a double spend sent to both); the first block to include one of them wins, and the other is removed from every pool as a conflict.',
    departedTitle: 'Recently left this pool',
    nothingLeft: (node: string) => `Nothing has left the pool of ${node} since the page was opened. Mine a block to see transactions confirm.`,
    wasIn: '(was in',
    nowStale: ', now stale)',
    lostTo: '— lost to',
    inBlock: ' in block',
    parentLeft: '— it spent a coin of',
    leftChain: ', which left the chain',
    block: '(block',
    shown: (count: number) => `${count} transaction${count === 1 ? '' : 's'} shown, newest first.`,
  },
};

export type PanelsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

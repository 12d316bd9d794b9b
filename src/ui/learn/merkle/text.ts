/** Lesson 7's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A block’s header is only 80 bytes, yet it commits to every transaction in the block. It does so with one hash: the Merkle root. Hash the transactions’ ids in pairs, then hash those results in pairs, and so on up to a single hash at the top.',
    'Change any transaction and its id changes, so does every hash above it, and the root no longer matches the header: the block is invalid.',
    'The tree also gives short proofs. To show that one transaction is in the block you need only the hashes beside its path to the root: 3 hashes for these 7 transactions, about 20 for a million. A phone wallet can check a payment this way without downloading the block.',
  ],
  steps: {
    select: { task: 'Click a transaction at the bottom of the tree to see its proof: the path to the root and the hashes beside it.', hint: 'The leaves are the transaction ids; the thick line is the path, the marked boxes are the siblings the proof carries.' },
    tamper: { task: 'Tamper with a transaction and follow the hashes that change up to the root.', hint: 'Press “Tamper with a transaction”. The root no longer matches the one in the block header.' },
    'big-block': { task: 'Make the imagined block 1,000 transactions or more and see how short its proofs stay.', hint: 'Type 1000 in “Transactions in a block”. Try 1,000,000 too: the proof grows by one hash each time the block doubles.' },
  },
  blockLabel: 'the lesson’s block',
  whoTitle: 'The block’s transactions',
  coinbase: 'The coinbase: the miner’s reward',
  payment: (from: string, to: string) => `${from} pays ${to} 1 coin`,
  sizeTitle: 'How long is a proof?',
  sizeLabel: 'Transactions in a block',
  sizeHelp: 'From 1 to 1,000,000.',
  sizeLine: (hashes: number, bytes: string, all: string) => `A proof needs ${hashes} hash${hashes === 1 ? '' : 'es'} (${bytes} bytes), instead of every transaction id (${all} bytes).`,
} satisfies LessonText & Record<string, unknown>;

export type MerkleText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

/** Lesson 9's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'Messages take time to cross a network, and sometimes a network splits: a cable is cut, a country goes offline. Each half keeps going on its own, mining its own blocks. The chain forks into two branches.',
    'When the halves meet again, every node compares the branches and follows the one with the most work. The nodes on the other branch switch over: they undo their blocks back to the fork and apply the winning ones. This is a reorganisation, a reorg.',
    'Payments in the undone blocks are not lost: they go back to the pool and wait to be mined again. But until then they are unconfirmed, which is why a shop waits for a few confirmations before trusting a payment.',
  ],
  steps: {
    split: { task: 'Split the network: Ana and Ben on the left, Cleo and Dan on the right.', hint: 'Press “Split the network”. The links between the halves are cut.' },
    pay: { task: 'Send Alice’s payment to Bob through Cleo: only the right half hears of it.', hint: 'Press “Alice pays Bob 3 coins (via Cleo)”. Look at the pools: Cleo and Dan have it, Ana and Ben do not.' },
    'mine-both': { task: 'Mine a block on each half: the chain forks.', hint: 'Press “Mine on the left” and “Mine on the right”. The right block carries the payment.' },
    heal: { task: 'Mine one more block on the left, then heal the network: the right half reorganises onto the left’s branch.', hint: 'The left branch must have more work: mine twice on the left, once on the right, then press “Heal the network”.' },
    returned: { task: 'Check where the payment is now: its block is stale and it is back in the pool.', hint: 'Look at “Alice’s payment”. It is waiting again, in every node’s pool.' },
  },
  networkTitle: 'The network',
  split: 'Split the network',
  heal: 'Heal the network',
  splitState: 'The network is split in two halves.',
  wholeState: 'The network is whole.',
  pay: 'Alice pays Bob 3 coins (via Cleo)',
  mineLeft: 'Mine on the left (Ana)',
  mineRight: 'Mine on the right (Cleo)',
  mining: (tries: string) => `Mining… ${tries} tries.`,
  sides: (left: number, right: number) => `Left branch: height ${left}. Right branch: height ${right}.`,
  agreed: '✓ Every node follows the same chain.',
  notAgreed: 'The nodes do not all follow the same chain.',
  paymentTitle: 'Alice’s payment',
  noPayment: 'Not made yet.',
  paymentConfirmed: 'In a block of the active chain.',
  paymentWaiting: (pools: string) => `Waiting in the pool of ${pools}.`,
  paymentNowhere: 'In no active chain and in no pool.',
  reorgsTitle: 'Reorgs',
  noReorgs: 'None yet.',
  reorg: (node: string, depth: number) => `${node} switched branch: ${depth} block${depth === 1 ? '' : 's'} undone.`,
  chainTitle: 'Block tree of',
  chainPick: 'Whose block tree to show',
} satisfies LessonText & Record<string, unknown>;

export type ForksText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

/** Lesson 2's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A block is one page of the ledger. It holds some data (in Bitcoin, a list of payments), the hash of the block before it, and a number called the nonce.',
    'The block’s own hash is taken over all of that. The block counts only if its hash is at or below a target: here, a hash that starts with four zeros (0000…).',
    'Change the data and the hash changes, so the block is no longer valid. Repairing it means finding a nonce that makes the hash small enough again. Nobody can compute that nonce; it takes trying, about 65,536 tries here. That search is mining.',
  ],
  steps: {
    edit: { task: 'Change the data of the block: watch it turn invalid.', hint: 'Type into the Data box, for example change 5 into 50.' },
    mine: {
      task: 'Press Mine to find a nonce that makes the block valid again.',
      hint: 'The page’s mining workers try nonces from 0 upwards until the hash is at or below the target.',
    },
    guess: { task: 'Type a nonce of your own: almost every guess gives an invalid block.', hint: 'Change the number in the Nonce box. Only about one nonce in 65,536 works.' },
  },
  targetTitle: 'The target',
  targetWhy: 'A valid hash is at or below this number: about 1 try in 65,536 succeeds.',
} satisfies LessonText & Record<string, unknown>;

export type BlockText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

/** Lesson 3's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A blockchain is blocks in a row. Each block carries the hash of the block before it, and that hash covers the earlier block’s data: the blocks are chained by their fingerprints.',
    'Change the data of block 2 and its hash changes. Block 3 holds block 2’s hash as its previous hash, so block 3’s hash changes too, and so on to the end: every later block breaks.',
    'To repair the chain you must mine block 2 again, then 3, then 4 and 5, in order. Rewriting history costs the work of every block after the change, and the older the change, the more blocks that is.',
  ],
  steps: {
    edit: {
      task: 'Change the data of block 2 and watch blocks 2 to 5 turn invalid.',
      hint: 'Blocks 3, 4 and 5 were not touched, yet their hashes changed: each includes the hash of the block before it.',
    },
    'remine-2': { task: 'Mine block 2 again. Block 3 stays broken: its previous hash changed.', hint: 'Press Mine on block 2 and compare block 3’s previous hash with block 2’s new hash.' },
    'remine-all': {
      task: 'Mine blocks 3, 4 and 5, in order, until the whole chain is valid; look at the tries it cost.',
      hint: 'Mining block 4 before block 3 is wasted: when block 3 changes, block 4’s previous hash changes again.',
    },
  },
  allValid: '✓ The whole chain is valid.',
  brokenFrom: (n: number) => `✗ The chain is broken from block ${n} on.`,
  work: (tries: string) => `Re-mining in this lesson so far: ${tries} tries.`,
} satisfies LessonText & Record<string, unknown>;

export type ChainText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

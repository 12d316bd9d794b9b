/** Lesson 4's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'There is no master copy. Every node of the network holds the whole chain and checks every block it receives against the rules, on its own.',
    'So changing your own copy changes nothing for anyone else. Cleo edits a block in her copy: her peers check it and refuse it, because its proof of work no longer holds. Even when she redoes the work, her version is just another branch.',
    'When two valid versions exist, nodes do not vote and do not count copies. Each follows the chain with the most work (the most proof of work behind it); on a tie, the one it saw first. Whoever can add work fastest decides, which is why the honest majority of hash power matters.',
  ],
  steps: {
    tamper: { task: 'Change block 2 in Cleo’s copy: it and every block after it break.', hint: 'Edit the Data of block 2 in “Cleo’s copy”, for example “Bob → Cleo 200”.' },
    refused: { task: 'Let Cleo send her changed block to Ana and Ben: both refuse it, and say why.', hint: 'Press “Cleo sends her changed block”. Their logs give the reason code: high-hash, the proof of work fails.' },
    remined: { task: 'Re-mine Cleo’s blocks 2, 3 and 4 in order until her copy is valid again.', hint: 'Press “Re-mine” on block 2, then 3, then 4. Each needs about 1,024 tries here.' },
    outworked: {
      task: 'Run Cleo’s node on her copy, then let Ana mine one more block: every node, Cleo’s too, ends on Ana’s chain.',
      hint: 'Press “Cleo runs her node on her copy”: two versions, equal work, nobody switches. Then “Ana mines the next block”: now Ana’s chain has the most work.',
    },
  },
  networkTitle: 'The network',
  copyTitle: 'Cleo’s copy',
  copyHelp: 'The blocks as Cleo holds them. Change the data of one of them.',
  block: (n: number) => `Block ${n}`,
  /** The hidden label of a block's data field. */
  data: (n: number) => `Data of Block ${n}`,
  valid: '✓ valid',
  invalid: '✗ invalid',
  changed: 'changed',
  remine: 'Re-mine',
  remineLabel: (n: number) => `Re-mine block ${n} of Cleo’s copy`,
  mining: (tries: string) => `Mining… ${tries} tries.`,
  actionsTitle: 'What happens next',
  send: 'Cleo sends her changed block to Ana and Ben',
  refusedBy: (node: string, code: string, text: string) => `${node} refused it (${code}): ${text}`,
  banned: (names: string) => `${names} also banned Cleo for a day: Bitcoin nodes cut off a peer that sends a block with a bad proof of work.`,
  run: 'Cleo runs her node on her copy',
  runHelp: 'Her node restarts from her edited copy and connects to Ana and Ben again (after any ban is over: the clock moves on a day).',
  mineAna: 'Ana mines the next block',
  agreed: '✓ All three nodes follow the same chain.',
  twoVersions: 'Two versions with equal work: each node keeps the one it saw first. Nobody counts how many nodes hold which.',
  cleoBack: '✓ Cleo’s own node switched to Ana’s chain: it has more work. Her changes are now on a stale branch, even in her copy.',
  chainTitle: 'Block tree of',
  chainPick: 'Whose block tree to show',
} satisfies LessonText & Record<string, unknown>;

export type CopiesText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

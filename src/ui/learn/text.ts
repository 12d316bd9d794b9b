/**
 * The words of the Learn section's frame: the lesson list, steps, sharing and
 * presenter mode (they load with the Learn tab; the first-visit question's
 * words, which the page needs at once, are messages in ui/i18n). Each lesson's
 * own words live in its folder (text.ts) and load with the lesson. English
 * here, the other languages in text.<language>.ts.
 */
import type { LessonId } from '../../learn/index';
import { areaText } from '../i18n/area-text';

const titles: Record<LessonId, { readonly title: string; readonly summary: string }> = {
  hashes: { title: 'Hashes', summary: 'A fingerprint for any text, and a puzzle made of it.' },
  block: { title: 'A block', summary: 'Data, a nonce and a hash that must be small enough.' },
  chain: { title: 'A chain', summary: 'Blocks linked by hashes: change one, break them all.' },
  copies: { title: 'Many copies', summary: 'Everyone holds the chain; the most work decides.' },
  keys: { title: 'Keys and signatures', summary: 'Sign with a private key, check with the public one.' },
  coins: { title: 'Transactions and coins', summary: 'Payments spend coins and make change.' },
  merkle: { title: 'Merkle trees', summary: 'One hash for all transactions, and short proofs.' },
  difficulty: { title: 'Mining and difficulty', summary: 'Targets, expected tries and keeping blocks on time.' },
  forks: { title: 'Forks and most work', summary: 'Split the network, heal it, watch the reorg.' },
  attacks: { title: 'Attacks', summary: 'The double-spend race, and what hash power buys.' },
  bitcoin: { title: 'Real Bitcoin', summary: 'Check real mainnet headers and Merkle proofs.' },
};

const english = {
  titles,
  listTitle: 'Lessons',
  lessonOf: (n: number, total: number) => `Lesson ${n} of ${total}`,
  stepsDone: (done: number, total: number) => `${done} of ${total} steps done`,
  stepsDoneShort: ' steps done',
  complete: 'complete',
  loading: 'Loading the lesson…',
  loadFailed: (reason: string) => `This lesson could not be loaded (${reason}). Reload the page to try again.`,
  stepsTitle: 'Steps',
  stepDone: 'done',
  stepTodo: 'to do',
  showHint: 'Show a hint',
  hintLabel: 'Hint:',
  dismiss: 'Dismiss the message',
  saveFailed: (why: string) => `Your progress could not be saved: ${why}`,
  previous: 'Previous lesson',
  next: 'Next lesson',
  resetLesson: 'Start this lesson again',
  resetDone: 'The lesson starts again from the beginning.',
  presenterOn: 'Presenter mode',
  presenterOff: 'Leave presenter mode',
  presenterKeys: 'Keys: → or Page Down for the next lesson, ← or Page Up for the previous one, Esc to leave.',
  share: {
    title: 'Share this lesson',
    intro: 'The link and the file hold this playground as it is now; opening them shows the same thing on any computer, offline too.',
    copyLink: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Copying was refused by the browser: select the link and copy it.',
    linkLabel: 'Link to this lesson as it is now',
    saveFile: 'Save as a file',
    openFile: 'Open a shared lesson file',
    opened: 'The shared lesson is open.',
    refused: (reason: string) => `The shared lesson was not opened: ${reason}`,
  },
};

export type LearnText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

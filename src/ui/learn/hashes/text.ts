/** Lesson 1's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A hash function turns any text into a fingerprint of fixed size. Bitcoin uses SHA-256: 256 bits, shown here as 64 hexadecimal digits (0–9, a–f, four bits each).',
    'The same text always gives the same hash. Change one letter and about half of the bits flip, with no pattern. Nobody can work back from a hash to its text: the only way to find a text with a particular kind of hash is to try.',
    'That makes a puzzle: find a text whose hash starts with n zero bits. Add a counter to the text and try 0, 1, 2, … until it works. Each extra zero bit halves the chance, so it doubles the tries you should expect.',
  ],
  steps: {
    type: { task: 'Type anything in the box and watch the hash change as you type.', hint: 'Click into the box under “Your text” and change the words.' },
    'one-char': {
      task: 'Change exactly one character (add, remove or replace one) and see how many of the 256 bits flipped.',
      hint: 'Delete the last letter, for example. The line under the bit grid counts the bits that changed.',
    },
    'zeros-8': {
      task: 'Find an input whose hash starts with 8 zero bits.',
      hint: 'Set “Zero bits” to 8 and press “Find an input”. The search adds a number to your text until the hash starts with 8 zero bits.',
    },
    'tries-grow': {
      task: 'Search for three different numbers of zero bits, one of them 12 or more, and compare the tries in the table.',
      hint: 'Try 4, 8 and 12. Every 4 more bits cost about 16 times as many tries: the expected number is 2 to the power n.',
    },
  },
  textLabel: 'Your text',
  textHelp: 'Its SHA-256 hash updates at every keystroke.',
  hashLabel: 'SHA-256 hash',
  bitsTitle: 'The 256 bits of the hash',
  bitsLegend: 'Filled square: a 1 bit. Empty square: a 0 bit. Square with a ring: it changed with your last edit.',
  bitsAlt: (ones: number, changed: number | null) =>
    `The 256 bits of the hash: ${ones} ones and ${256 - ones} zeros.` + (changed === null ? '' : ` ${changed} bits changed with the last edit.`),
  changedLine: (changed: number) => `${changed} of 256 bits changed with your last edit (about half is what to expect).`,
  noEditYet: 'Edit the text to see which bits change.',
  zeroBitsNow: (n: number) => `This hash starts with ${n} zero bit${n === 1 ? '' : 's'}.`,
  searchTitle: 'The zero-bits puzzle',
  zeroBitsLabel: 'Zero bits',
  zeroBitsHelp: (max: number) => `From 1 to ${max}. The search runs in a Web Worker, so the page stays responsive.`,
  find: 'Find an input',
  cancel: 'Stop searching',
  searching: (n: number, tries: string) => `Searching for ${n} zero bits… ${tries} tries so far.`,
  resultsCaption: 'Searches so far: the tries grow about twice for each extra zero bit.',
  colBits: 'Zero bits',
  colInput: 'Input found',
  colTries: 'Tries',
  colExpected: 'Expected (2ⁿ)',
  use: 'Put it in the box',
  useLabel: (input: string) => `Put “${input}” in the box`,
  noSearches: 'No searches yet.',
} satisfies LessonText & Record<string, unknown>;

export type HashesText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

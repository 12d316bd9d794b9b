/** Lesson 8's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'The target is a 256-bit number; a block is valid when its hash, read as a number, is at or below it. A smaller target means fewer winning hashes. Each zero bit at the start of the target halves them, so the expected tries double: 2 to the power of the zero bits.',
    'The header stores the target in 4 bytes, the “bits”: an exponent and three digits. Bitcoin’s easiest target has 32 zero bits; today’s has about 78, far beyond any laptop.',
    'Computers get faster and miners join, so blocks would come quicker and quicker. Every so often the rule looks at how long the last blocks took and scales the target: too fast, harder; too slow, easier (at most 4 times either way). That keeps blocks on time.',
  ],
  steps: {
    'mine-easy': { task: 'Mine a block at 16 zero bits or fewer and note the tries and the time.', hint: 'Leave “Zero bits” at 16 and press “Mine a block”.' },
    'mine-harder': { task: 'Mine at 20 zero bits or more: about 16 times the tries. Compare the expected time with what you get.', hint: 'Type 20 in “Zero bits”, then “Mine a block”. The hash rate stays the same; the tries grow.' },
    retarget: { task: 'Try the retarget: say the last 20 blocks took less than 200 seconds, then more.', hint: 'Type 100 in “The last 20 blocks took”: the target shrinks (harder). Then 400: it grows (easier).' },
  },
  targetTitle: 'The target',
  zeroBits: 'Zero bits',
  zeroBitsHelp: (min: number, max: number) => `From ${min} to ${max}.`,
  bits: 'Bits (compact form in the header)',
  target: 'Target',
  expected: 'Expected tries',
  expectedTime: (time: string, rate: string) => `At your workers’ ${rate}: about ${time} per block.`,
  noRate: 'Mine once to measure your hash rate.',
  mine: 'Mine a block',
  stop: 'Stop',
  mining: (bits: number, tries: string, rate: string, time: string) => `Mining at ${bits} zero bits… ${tries} tries, ${rate}, ${time}.`,
  runsCaption: 'Blocks mined in this lesson',
  colBits: 'Zero bits',
  colTries: 'Tries',
  colTime: 'Time',
  colRate: 'Hash rate',
  noRuns: 'No blocks mined yet.',
  retargetTitle: 'Keeping blocks on time',
  retargetRule: (interval: number, spacing: number, expected: number) =>
    `The classroom chain wants one block every ${spacing} seconds and checks every ${interval} blocks: ${interval} blocks should take ${expected} seconds.`,
  secondsLabel: (interval: number) => `The last ${interval} blocks took (seconds)`,
  clamped: (used: number) => `More than 4 times off: the rule uses ${used} seconds (the clamp).`,
  oldTarget: 'Old target',
  newTarget: 'New target',
  harder: (f: string) => `${f} times harder`,
  easier: (f: string) => `${f} times easier`,
  same: 'Unchanged',
} satisfies LessonText & Record<string, unknown>;

export type DifficultyText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

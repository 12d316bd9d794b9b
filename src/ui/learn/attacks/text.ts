/** Lesson 10's words: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';
import type { LessonText } from '../lesson-view';

const english = {
  intro: [
    'A double spend: Mallory pays a shop, and at the same time mines, in secret, a branch where the same coins go back to her. The shop sees its payment confirmed and ships. If Mallory’s secret branch then becomes longer than the honest chain, she publishes it; every node follows the most work, the shop’s payment disappears and her own payment takes its place.',
    'It is a race between Mallory’s hash power and everyone else’s. With a small share she falls behind and gives up; each confirmation the shop waits for makes her chance smaller. With more than half of all hash power she wins sooner or later, however long the shop waits: that is the 51% attack.',
    'The Bitcoin whitepaper computes her chance P(q, z) for a share q and z confirmations. Here every race runs on real nodes with real blocks, so you can count.',
  ],
  steps: {
    'race-lost': { task: 'Watch a race with Mallory at 10% of the hash power: she falls behind and gives up.', hint: 'Leave the share at 10 and press “Watch one race”.' },
    'race-won': { task: 'Give Mallory more than half the hash power and watch her win: the shop’s payment is reversed.', hint: 'Type 60 in “Mallory’s share” and watch a race. Look at the shop’s block tree afterwards.' },
    'many-races': { task: 'Run 20 races at one share and compare how often Mallory wins with the whitepaper’s P(q, z).', hint: 'Try 30% and 1 confirmation: the whitepaper says about 63%. Twenty races give a rough count, not the exact figure.' },
  },
  controlsTitle: 'The race',
  share: 'Mallory’s share of the hash power (%)',
  shareHelp: (min: number, max: number) => `From ${min} to ${max}.`,
  confirmations: 'Confirmations the shop waits for (z)',
  confirmationsHelp: (max: number) => `From 1 to ${max}.`,
  watch: 'Watch one race',
  batch: (n: number) => `Run ${n} races`,
  stop: 'Stop',
  batchProgress: (done: number, total: number) => `Race ${done} of ${total} done.`,
  raceTitle: (n: number, q: number, z: number) => `Race ${n}: Mallory ${q}%, the shop waits for ${z} confirmation${z === 1 ? '' : 's'}`,
  honestRow: 'Honest chain',
  attackerRow: 'Mallory’s secret branch',
  blocks: (n: number) => `${n} block${n === 1 ? '' : 's'}`,
  scoreAlt: (h: number, a: number) => `Honest chain ${h} blocks since the payment, Mallory’s branch ${a}.`,
  shopWaiting: (c: number, z: number) => `The shop sees ${c} of ${z} confirmations: it waits.`,
  shopShipped: 'The shop has shipped the goods.',
  running: 'The race is on…',
  won: '✗ Mallory won: her branch was longer after the shop shipped. Every node switched to it; the shop’s payment is gone and the same coins went back to Mallory.',
  lost: (giveUp: number) => `✓ Mallory lost: she fell ${giveUp} blocks behind and gave up. The shop’s payment stands.`,
  shopTree: 'The shop’s block tree after the race',
  talliesTitle: 'Races so far',
  colShare: 'Share q',
  colZ: 'z',
  colRaces: 'Races',
  colWon: 'Mallory won',
  colMeasured: 'Measured',
  colWhitepaper: 'Whitepaper P(q, z)',
  noRaces: 'No races yet.',
  talliesNote: 'Twenty races give only a rough figure: a count of 20 can easily be 10 percentage points off. The whitepaper’s formula is itself an approximation (the attack lab measures thousands of races against exact formulas).',
  selfishTitle: 'Selfish mining',
  selfish: [
    'Another attack needs no double spend: a pool keeps the blocks it finds to itself and publishes them only to overtake the others’ blocks, so that honest miners waste their work on blocks that end up stale.',
    'Eyal and Sirer (“Majority is not enough”, 2014) showed that such a pool earns more than its fair share once it has more than about a third of the hash power, or even less if it wins most ties. Bitcoin’s security needs an honest majority, and a bit more.',
  ],
} satisfies LessonText & Record<string, unknown>;

export type AttacksText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

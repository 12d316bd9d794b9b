/** Lesson 9's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ForksText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<ForksText> = {
  intro: [
    'Nachrichten brauchen Zeit, um ein Netzwerk zu durchqueren, und manchmal zerfällt ein Netzwerk: Ein Kabel wird gekappt, ein Land geht offline. Jede Hälfte macht allein weiter und mint ihre eigenen Blöcke. Die Kette gabelt sich in zwei Zweige.',
    'Wenn die Hälften wieder zusammenkommen, vergleicht jeder Knoten die Zweige und folgt dem mit der meisten Arbeit. Die Knoten auf dem anderen Zweig wechseln: Sie machen ihre Blöcke bis zur Gabelung rückgängig und übernehmen die siegreichen. Das ist eine Reorganisation, kurz Reorg.',
    'Zahlungen in den rückgängig gemachten Blöcken gehen nicht verloren: Sie kommen zurück in den Pool und warten darauf, erneut gemint zu werden. Bis dahin sind sie aber unbestätigt; darum wartet ein Laden ein paar Bestätigungen ab, bevor er einer Zahlung traut.',
  ],
  steps: {
    split: { task: 'Teile das Netzwerk: Ana und Ben links, Cleo und Dan rechts.', hint: 'Drücke „Netzwerk teilen“. Die Verbindungen zwischen den Hälften werden gekappt.' },
    pay: { task: 'Schicke Alices Zahlung an Bob über Cleo: Nur die rechte Hälfte erfährt davon.', hint: 'Drücke „Alice zahlt Bob 3 Münzen (über Cleo)“. Sieh dir die Pools an: Cleo und Dan haben sie, Ana und Ben nicht.' },
    'mine-both': { task: 'Mine auf jeder Hälfte einen Block: Die Kette gabelt sich.', hint: 'Drücke „Links minen“ und „Rechts minen“. Der rechte Block enthält die Zahlung.' },
    heal: { task: 'Mine links noch einen Block und heile dann das Netzwerk: Die rechte Hälfte reorganisiert sich auf den linken Zweig.', hint: 'Der linke Zweig braucht mehr Arbeit: zweimal links minen, einmal rechts, dann „Netzwerk heilen“ drücken.' },
    returned: { task: 'Sieh nach, wo die Zahlung jetzt ist: Ihr Block ist verwaist, und sie ist zurück im Pool.', hint: 'Sieh dir „Alices Zahlung“ an. Sie wartet wieder, im Pool jedes Knotens.' },
  },
  networkTitle: 'Das Netzwerk',
  split: 'Netzwerk teilen',
  heal: 'Netzwerk heilen',
  splitState: 'Das Netzwerk ist in zwei Hälften geteilt.',
  wholeState: 'Das Netzwerk ist ganz.',
  pay: 'Alice zahlt Bob 3 Münzen (über Cleo)',
  mineLeft: 'Links minen (Ana)',
  mineRight: 'Rechts minen (Cleo)',
  mining: (tries) => `Mining läuft … ${tries} Versuche.`,
  sides: (left, right) => `Linker Zweig: Höhe ${n(left)}. Rechter Zweig: Höhe ${n(right)}.`,
  agreed: '✓ Alle Knoten folgen derselben Kette.',
  notAgreed: 'Nicht alle Knoten folgen derselben Kette.',
  paymentTitle: 'Alices Zahlung',
  noPayment: 'Noch nicht gemacht.',
  paymentConfirmed: 'In einem Block der aktiven Kette.',
  paymentWaiting: (pools) => `Wartet im Pool von ${pools}.`,
  paymentNowhere: 'In keiner aktiven Kette und in keinem Pool.',
  reorgsTitle: 'Reorgs',
  noReorgs: 'Noch keine.',
  reorg: (node, depth) => (depth === 1 ? `${node} hat den Zweig gewechselt: 1 Block rückgängig gemacht.` : `${node} hat den Zweig gewechselt: ${n(depth)} Blöcke rückgängig gemacht.`),
  chainTitle: 'Blockbaum von',
  chainPick: 'Wessen Blockbaum gezeigt wird',
};

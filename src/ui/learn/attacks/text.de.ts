/** Lesson 10's words in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { AttacksText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<AttacksText> = {
  intro: [
    'Ein Double Spend: Mallory bezahlt einen Laden und mint gleichzeitig heimlich einen Zweig, in dem dieselben Münzen an sie zurückgehen. Der Laden sieht seine Zahlung bestätigt und liefert. Wird Mallorys geheimer Zweig danach länger als die ehrliche Kette, veröffentlicht sie ihn; jeder Knoten folgt der meisten Arbeit, die Zahlung an den Laden verschwindet, und Mallorys Zahlung an sich selbst tritt an ihre Stelle.',
    'Es ist ein Rennen zwischen Mallorys Hashleistung und der aller anderen. Mit einem kleinen Anteil fällt sie zurück und gibt auf; jede Bestätigung, auf die der Laden wartet, senkt ihre Chance. Mit mehr als der Hälfte der gesamten Hashleistung gewinnt sie früher oder später, egal wie lange der Laden wartet: Das ist der 51-%-Angriff.',
    'Das Bitcoin-Whitepaper berechnet ihre Chance P(q, z) für einen Anteil q und z Bestätigungen. Hier läuft jedes Rennen auf echten Knoten mit echten Blöcken, du kannst also nachzählen.',
  ],
  steps: {
    'race-lost': { task: 'Sieh dir ein Rennen mit Mallory bei 10 % der Hashleistung an: Sie fällt zurück und gibt auf.', hint: 'Lass den Anteil auf 10 und drücke „Ein Rennen ansehen“.' },
    'race-won': { task: 'Gib Mallory mehr als die Hälfte der Hashleistung und sieh zu, wie sie gewinnt: Die Zahlung an den Laden wird rückgängig gemacht.', hint: 'Tippe 60 in „Mallorys Anteil“ und sieh dir ein Rennen an. Schau danach in den Blockbaum des Ladens.' },
    'many-races': { task: 'Lass 20 Rennen mit einem Anteil laufen und vergleiche, wie oft Mallory gewinnt, mit P(q, z) aus dem Whitepaper.', hint: 'Probiere 30 % und 1 Bestätigung: Das Whitepaper sagt etwa 63 %. Zwanzig Rennen ergeben eine grobe Zählung, nicht den genauen Wert.' },
  },
  controlsTitle: 'Das Rennen',
  share: 'Mallorys Anteil an der Hashleistung (%)',
  shareHelp: (min, max) => `Von ${n(min)} bis ${n(max)}.`,
  confirmations: 'Bestätigungen, auf die der Laden wartet (z)',
  confirmationsHelp: (max) => `Von 1 bis ${n(max)}.`,
  watch: 'Ein Rennen ansehen',
  batch: (count) => `${n(count)} Rennen laufen lassen`,
  stop: 'Stopp',
  batchProgress: (done, total) => `Rennen ${n(done)} von ${n(total)} fertig.`,
  raceTitle: (i, q, z) => `Rennen ${n(i)}: Mallory ${n(q)} %, der Laden wartet auf ` + (z === 1 ? '1 Bestätigung' : `${n(z)} Bestätigungen`),
  honestRow: 'Ehrliche Kette',
  attackerRow: 'Mallorys geheimer Zweig',
  blocks: (count) => (count === 1 ? '1 Block' : `${n(count)} Blöcke`),
  scoreAlt: (h, a) => `Ehrliche Kette: ${n(h)} Blöcke seit der Zahlung; Mallorys Zweig: ${n(a)}.`,
  shopWaiting: (c, z) => `Der Laden sieht ${n(c)} von ${n(z)} Bestätigungen: Er wartet.`,
  shopShipped: 'Der Laden hat die Ware geliefert.',
  running: 'Das Rennen läuft …',
  won: '✗ Mallory hat gewonnen: Ihr Zweig war länger, nachdem der Laden geliefert hatte. Jeder Knoten ist zu ihm gewechselt; die Zahlung an den Laden ist weg, und dieselben Münzen gingen an Mallory zurück.',
  lost: (giveUp) => `✓ Mallory hat verloren: Sie lag ${n(giveUp)} Blöcke zurück und gab auf. Die Zahlung an den Laden bleibt.`,
  shopTree: 'Der Blockbaum des Ladens nach dem Rennen',
  talliesTitle: 'Bisherige Rennen',
  colShare: 'Anteil q',
  colZ: 'z',
  colRaces: 'Rennen',
  colWon: 'Mallory gewann',
  colMeasured: 'Gemessen',
  colWhitepaper: 'Whitepaper P(q, z)',
  noRaces: 'Noch keine Rennen.',
  talliesNote: 'Zwanzig Rennen ergeben nur einen groben Wert: Eine Zählung über 20 kann leicht 10 Prozentpunkte danebenliegen. Die Formel des Whitepapers ist selbst eine Näherung (das Angriffslabor misst Tausende Rennen gegen exakte Formeln).',
  selfishTitle: 'Selfish Mining',
  selfish: [
    'Ein anderer Angriff braucht keinen Double Spend: Ein Pool behält die Blöcke, die er findet, für sich und veröffentlicht sie nur, um die Blöcke der anderen zu überholen, sodass ehrliche Miner ihre Arbeit an Blöcke verschwenden, die am Ende verwaist sind.',
    'Eyal und Sirer („Majority is not enough“, 2014) zeigten, dass ein solcher Pool mehr als seinen fairen Anteil verdient, sobald er mehr als etwa ein Drittel der Hashleistung hat, oder sogar weniger, wenn er die meisten Gleichstände gewinnt. Die Sicherheit von Bitcoin braucht eine ehrliche Mehrheit, und etwas mehr.',
  ],
};

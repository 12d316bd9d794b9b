/** The block card of lessons 2 and 3 in German. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { LedgerText } from './text';

const n = (x: number) => formatNumber('de', x);

export const text: Translation<LedgerText> = {
  block: (i) => `Block ${n(i)}`,
  data: 'Daten',
  prev: 'Vorheriger Hash',
  nonce: 'Nonce',
  hash: 'Hash',
  valid: 'Gültig',
  invalid: 'Ungültig',
  validWhy: 'Der Hash liegt auf oder unter dem Zielwert: Er beginnt mit 0000.',
  invalidWhy: 'Der Hash liegt über dem Zielwert: Er beginnt nicht mit 0000.',
  mine: 'Minen',
  mineLabel: (i) => `Block ${n(i)} minen`,
  stop: 'Stopp',
  mining: (tries, rate) => `Mining läuft … ${tries} Versuche (${rate}).`,
  spent: (tries, times) => (times === 1 ? `Hier 1-mal gemint: ${tries} Versuche.` : `Hier ${n(times)}-mal gemint: ${tries} Versuche.`),
};

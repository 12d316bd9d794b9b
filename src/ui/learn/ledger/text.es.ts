/** The block card of lessons 2 and 3 in Spanish. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { LedgerText } from './text';

const n = (x: number) => formatNumber('es', x);

export const text: Translation<LedgerText> = {
  block: (i) => `Bloque ${n(i)}`,
  data: 'Datos',
  prev: 'Hash anterior',
  nonce: 'Nonce',
  hash: 'Hash',
  valid: 'Válido',
  invalid: 'No válido',
  validWhy: 'El hash está en el objetivo o por debajo: empieza por 0000.',
  invalidWhy: 'El hash está por encima del objetivo: no empieza por 0000.',
  mine: 'Minar',
  mineLabel: (i) => `Minar el bloque ${n(i)}`,
  stop: 'Parar',
  mining: (tries, rate) => `Minando… ${tries} intentos (${rate}).`,
  spent: (tries, times) => (times === 1 ? `Minado 1 vez aquí: ${tries} intentos.` : `Minado ${n(times)} veces aquí: ${tries} intentos.`),
};

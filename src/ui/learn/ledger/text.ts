/** Words of the block card shared by lessons 2 and 3: English here, the other languages in text.<language>.ts. */
import { areaText } from '../../i18n/area-text';

const english = {
  block: (n: number) => `Block ${n}`,
  data: 'Data',
  prev: 'Previous hash',
  nonce: 'Nonce',
  hash: 'Hash',
  valid: 'Valid',
  invalid: 'Invalid',
  validWhy: 'The hash is at or below the target: it starts with 0000.',
  invalidWhy: 'The hash is above the target: it does not start with 0000.',
  mine: 'Mine',
  mineLabel: (n: number) => `Mine block ${n}`,
  stop: 'Stop',
  mining: (tries: string, rate: string) => `Mining… ${tries} tries (${rate}).`,
  spent: (tries: string, times: number) => `Mined ${times} time${times === 1 ? '' : 's'} here: ${tries} tries.`,
};

export type LedgerText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});

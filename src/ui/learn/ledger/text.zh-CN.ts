/** The block card of lessons 2 and 3 in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { LedgerText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<LedgerText> = {
  block: (i) => `区块 ${n(i)}`,
  data: '数据',
  prev: '前一个哈希',
  nonce: 'Nonce',
  hash: '哈希',
  valid: '有效',
  invalid: '无效',
  validWhy: '哈希不大于目标值：它以 0000 开头。',
  invalidWhy: '哈希大于目标值：它不以 0000 开头。',
  mine: '挖矿',
  mineLabel: (i) => `挖区块 ${n(i)}`,
  stop: '停止',
  mining: (tries, rate) => `正在挖矿… 已尝试 ${tries} 次（${rate}）。`,
  spent: (tries, times) => `在这里挖了 ${n(times)} 次：共尝试 ${tries} 次。`,
};

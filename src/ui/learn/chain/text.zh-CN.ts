/** Lesson 3's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ChainText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<ChainText> = {
  intro: [
    '区块链就是排成一行的区块。每个区块都带着前一个区块的哈希，而这个哈希涵盖了前一个区块的数据：区块通过各自的指纹连成一条链。',
    '修改区块 2 的数据，它的哈希就会变。区块 3 把区块 2 的哈希存为“前一个哈希”，所以区块 3 的哈希也会变，一直到最后：之后的每个区块都会失效。',
    '要修复这条链，必须重新挖区块 2，然后是 3，再是 4 和 5，按顺序进行。改写历史要付出改动之后每个区块的工作量，改动越早，要重挖的区块就越多。',
  ],
  steps: {
    edit: {
      task: '修改区块 2 的数据，看区块 2 到 5 变成无效。',
      hint: '区块 3、4、5 没有被改动，哈希却变了：每个区块都包含前一个区块的哈希。',
    },
    'remine-2': { task: '重新挖区块 2。区块 3 仍然失效：它的前一个哈希变了。', hint: '在区块 2 上点击“挖矿”，然后把区块 3 的前一个哈希与区块 2 的新哈希比较。' },
    'remine-all': {
      task: '按顺序挖区块 3、4 和 5，直到整条链有效；看看花了多少次尝试。',
      hint: '先挖区块 4 再挖区块 3 是白费力气：区块 3 一变，区块 4 的前一个哈希又会变。',
    },
  },
  allValid: '✓ 整条链都有效。',
  brokenFrom: (i) => `✗ 链从区块 ${n(i)} 开始断了。`,
  work: (tries) => `本课到目前为止重新挖矿：共尝试 ${tries} 次。`,
};

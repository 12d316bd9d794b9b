/** Lesson 7's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { MerkleText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<MerkleText> = {
  intro: [
    '区块头只有 80 字节，却能锁定区块中的每一笔交易。它靠的是一个哈希：默克尔根。把交易的 ID 两两计算哈希，再把结果两两计算哈希，如此向上，直到顶端只剩一个哈希。',
    '改动任何一笔交易，它的 ID 就会变，它上方的每个哈希也都会变，默克尔根便与区块头不再一致：区块无效。',
    '这棵树还能给出简短的证明。要证明某笔交易在区块中，只需要它通往根的路径旁边的那些哈希：这 7 笔交易需要 3 个哈希，一百万笔也只要大约 20 个。手机钱包就能这样检验一笔支付，而无需下载整个区块。',
  ],
  steps: {
    select: { task: '点击树底部的一笔交易，查看它的证明：通往根的路径以及路径旁的哈希。', hint: '叶子是交易 ID；粗线是路径，标记出的方框是证明所携带的兄弟节点。' },
    tamper: { task: '篡改一笔交易，沿着发生变化的哈希一直追到根。', hint: '点击“篡改一笔交易”。根与区块头中的不再一致。' },
    'big-block': { task: '把设想的区块设为 1,000 笔或更多交易，看看它的证明依然多么短。', hint: '在“区块中的交易数”中输入 1000。也试试 1,000,000：区块每翻一倍，证明只多一个哈希。' },
  },
  blockLabel: '本课的区块',
  whoTitle: '区块中的交易',
  coinbase: 'Coinbase：矿工的奖励',
  payment: (from, to) => `${from} 付给 ${to} 1 个币`,
  sizeTitle: '证明有多长？',
  sizeLabel: '区块中的交易数',
  sizeHelp: '从 1 到 1,000,000。',
  sizeLine: (hashes, bytes, all) => `一个证明需要 ${n(hashes)} 个哈希（${bytes} 字节），而不是所有交易 ID（${all} 字节）。`,
};

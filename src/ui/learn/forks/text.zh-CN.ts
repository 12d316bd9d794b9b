/** Lesson 9's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { ForksText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<ForksText> = {
  intro: [
    '消息穿过网络需要时间，有时网络还会分裂：一根电缆被切断，一个国家断网。每一半各自继续运行，挖自己的区块。链分叉成两条分支。',
    '当两半重新连通时，每个节点都会比较两条分支，并跟随工作量最多的那条。另一条分支上的节点会切换过去：它们把自己的区块撤销到分叉点，再应用获胜的区块。这就是重组（reorg）。',
    '被撤销区块中的支付不会丢失：它们回到交易池，等待再次被挖出。但在那之前它们是未确认的，所以商店在信任一笔支付之前，会等待几个确认。',
  ],
  steps: {
    split: { task: '分割网络：Ana 和 Ben 在左边，Cleo 和 Dan 在右边。', hint: '点击“分割网络”。两半之间的连接被切断。' },
    pay: { task: '通过 Cleo 发送 Alice 给 Bob 的支付：只有右半边知道它。', hint: '点击“Alice 付给 Bob 3 个币（经由 Cleo）”。看看各个交易池：Cleo 和 Dan 有它，Ana 和 Ben 没有。' },
    'mine-both': { task: '在两半各挖一个区块：链分叉了。', hint: '点击“在左边挖矿”和“在右边挖矿”。右边的区块包含这笔支付。' },
    heal: { task: '在左边再挖一个区块，然后恢复网络：右半边重组到左边的分支上。', hint: '左边的分支必须有更多工作量：在左边挖两次，右边挖一次，然后点击“恢复网络”。' },
    returned: { task: '查看这笔支付现在在哪里：它所在的区块成了孤块，它回到了交易池。', hint: '看“Alice 的支付”。它又在等待了，在每个节点的交易池中。' },
  },
  networkTitle: '网络',
  split: '分割网络',
  heal: '恢复网络',
  splitState: '网络被分成了两半。',
  wholeState: '网络是完整的。',
  pay: 'Alice 付给 Bob 3 个币（经由 Cleo）',
  mineLeft: '在左边挖矿（Ana）',
  mineRight: '在右边挖矿（Cleo）',
  mining: (tries) => `正在挖矿… 已尝试 ${tries} 次。`,
  sides: (left, right) => `左分支：高度 ${n(left)}。右分支：高度 ${n(right)}。`,
  agreed: '✓ 所有节点都跟随同一条链。',
  notAgreed: '并非所有节点都跟随同一条链。',
  paymentTitle: 'Alice 的支付',
  noPayment: '还没有发起。',
  paymentConfirmed: '在活动链的一个区块中。',
  paymentWaiting: (pools) => `在 ${pools} 的交易池中等待。`,
  paymentNowhere: '既不在任何活动链中，也不在任何交易池中。',
  reorgsTitle: '重组',
  noReorgs: '还没有。',
  reorg: (node, depth) => `${node} 切换了分支：撤销了 ${n(depth)} 个区块。`,
  chainTitle: '区块树：',
  chainPick: '显示谁的区块树',
};

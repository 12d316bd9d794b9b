/** Lesson 4's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { CopiesText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<CopiesText> = {
  intro: [
    '不存在一份“正本”。网络中的每个节点都保存整条链，并独立地按照规则检查收到的每个区块。',
    '所以改动你自己的副本，对其他人毫无影响。Cleo 改了她副本中的一个区块：她的对等节点检查后拒绝了它，因为它的工作量证明不再成立。即使她重新完成工作，她的版本也只是另一条分支。',
    '当存在两个有效版本时，节点既不投票，也不数副本。每个节点都跟随工作量最多（背后工作量证明最多）的链；如果打平，就跟随先看到的那条。谁能最快地增加工作量，谁就说了算：这就是为什么算力的诚实多数很重要。',
  ],
  steps: {
    tamper: { task: '修改 Cleo 副本中的区块 2：它和之后的每个区块都会失效。', hint: '编辑“Cleo 的副本”中区块 2 的数据，例如“Bob → Cleo 200”。' },
    refused: { task: '让 Cleo 把她改过的区块发给 Ana 和 Ben：两人都拒绝了它，并说明原因。', hint: '点击“Cleo 发送她改过的区块”。他们的日志给出原因代码：high-hash，工作量证明不成立。' },
    remined: { task: '按顺序重新挖 Cleo 的区块 2、3 和 4，直到她的副本重新有效。', hint: '依次在区块 2、3、4 上点击“重新挖矿”。这里每个区块大约需要尝试 1,024 次。' },
    outworked: {
      task: '让 Cleo 用她的副本运行节点，然后让 Ana 再挖一个区块：所有节点，包括 Cleo 的，最终都在 Ana 的链上。',
      hint: '点击“Cleo 用她的副本运行节点”：两个版本，工作量相同，谁也不切换。然后点击“Ana 挖出下一个区块”：现在 Ana 的链工作量最多。',
    },
  },
  networkTitle: '网络',
  copyTitle: 'Cleo 的副本',
  copyHelp: 'Cleo 所保存的区块。修改其中一个的数据。',
  block: (i) => `区块 ${n(i)}`,
  data: (i) => `区块 ${n(i)} 的数据`,
  valid: '✓ 有效',
  invalid: '✗ 无效',
  changed: '已修改',
  remine: '重新挖矿',
  remineLabel: (i) => `重新挖 Cleo 副本中的区块 ${n(i)}`,
  mining: (tries) => `正在挖矿… 已尝试 ${tries} 次。`,
  actionsTitle: '接下来会发生什么',
  send: 'Cleo 把她改过的区块发给 Ana 和 Ben',
  refusedBy: (node, code, why) => `${node} 拒绝了它（${code}）：${why}`,
  banned: (names) => `${names} 还把 Cleo 封禁了一天：比特币节点会断开发送错误工作量证明区块的对等节点。`,
  run: 'Cleo 用她的副本运行节点',
  runHelp: '她的节点从她编辑过的副本重新启动，并再次连接 Ana 和 Ben（在封禁结束之后：时钟前进一天）。',
  mineAna: 'Ana 挖出下一个区块',
  agreed: '✓ 三个节点都跟随同一条链。',
  twoVersions: '两个版本的工作量相同：每个节点保留它先看到的那个。没有人去数有多少节点持有哪个版本。',
  cleoBack: '✓ Cleo 自己的节点也切换到了 Ana 的链：它的工作量更多。她的改动现在位于一条孤立分支上，即使在她的副本中也是如此。',
  chainTitle: '区块树：',
  chainPick: '显示谁的区块树',
};

/** The panels' frame words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { PanelsText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<PanelsText> = {
  wallets: {
    title: '钱包',
    summary: (walletCount, coins) => `${n(walletCount)} 个钱包，共 ${coins}（已确认），这是`,
    seenAt: (height) => `在高度 ${height} 看到的情况。余额是每个钱包未花费输出的总和；在区块和交易到达之前，其他节点看到的可能不同。`,
    list: '钱包列表',
    none: '还没有钱包：用表单创建一个。',
  },
  mempool: {
    title: (node) => `${node} 的交易池`,
    totals: (node) => `${node} 的交易池合计`,
    transactions: '交易',
    size: '大小',
    bytes: (bytes) => `${bytes} 字节`,
    fees: '等待中的手续费',
    empty: (node) => `${node} 的交易池是空的。`,
    lost: (count) => `它见过的 ${n(count)} 笔支付没有进入区块就离开了：见下方“最近离开此交易池”。`,
    nothingWaits: '没有交易在等待区块。',
    sendHint: '在钱包标签页发送一笔支付：它会在这里等待，直到矿工把它放进区块。',
    goToWallets: '前往钱包',
    howTitle: '交易池如何锁定币',
    howLocks: [
      '一笔交易花费整枚的币（未花费输出）。它在这里等待期间，它花费的币被',
      '逐枚锁定',
      '：花费其中任何一枚币的第二笔交易都会被拒绝（',
      '），因此钱包可以继续用它的其他币付款，甚至可以用等待中支付的找零付款（未确认父交易的子交易，与父交易同时或在其之后被挖出）。',
    ],
    howPools: '每个节点都有自己的交易池。两个节点可能持有花费同一枚币的不同交易（发给双方的双花）；第一个包含其中之一的区块获胜，另一笔交易作为冲突从所有交易池中移除。',
    departedTitle: '最近离开此交易池',
    nothingLeft: (node) => `自页面打开以来，没有交易离开 ${node} 的交易池。挖一个区块即可看到交易被确认。`,
    wasIn: '（曾在',
    nowStale: '中，现已失效）',
    lostTo: '— 输给了',
    inBlock: '（在区块中）',
    parentLeft: '— 它花费了',
    leftChain: '的币，而该交易已离开链',
    block: '(区块',
    shown: (count) => `显示 ${n(count)} 笔交易，最新的在前。`,
  },
};

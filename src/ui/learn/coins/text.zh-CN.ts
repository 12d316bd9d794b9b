/** Lesson 6's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { CoinsText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<CoinsText> = {
  intro: [
    '任何人的余额都没有写在任何地方。链上保存的是币：之前交易中还没有人花掉的输出（“未花费交易输出”，UTXO）。余额就是一个地址所拥有的币之和。',
    '一笔支付花掉的是整枚的币，就像用纸币付款：被花掉的币消失了，同时产生新的币，一枚给收款人，通常还有一枚作为找零退回给付款人。',
    '一枚币只能花一次。节点记得有哪些币存在，会拒绝花掉已花费币的第二笔支付，并说明原因。',
  ],
  steps: {
    pay: { task: '从 Alice 给 Bob 发送 4 个币。看看它花掉了哪枚币，以及 Alice 收回的找零。', hint: '选择 Alice 和 Bob，输入 4，然后点击“发送”。Alice 没有面额为 4 的币：她面额为 5 的币被花掉，退回 1 个币。' },
    confirm: { task: '挖一个区块：支付得到确认，新的币进入链中。', hint: '点击“把交易池挖进一个区块”。看 Bob 的币从“等待中”变为“已确认”。' },
    'double-spend': { task: '尝试第二次花掉同样的币：节点拒绝，并给出原因。', hint: '点击某笔支付下方的“再次花掉这些币”。在挖矿之前和之后各试一次：原因会变。' },
  },
  walletsTitle: '钱包及其币',
  balance: (sum, parts) => `余额：${parts} = ${sum} 个币`,
  noCoins: '没有币。',
  afterPool: (total) => `交易池被挖进区块后：${total} 个币。`,
  coinConfirmed: '已在链上',
  coinWaiting: '在交易池中等待',
  coinSpending: '正在花费',
  coinLabel: (amount, state) => `面额 ${amount} 的币，${state}`,
  payTitle: '发起支付',
  from: '付款人',
  to: '收款人',
  amount: '金额（币）',
  send: '发送',
  spentCoin: (amount, _count) => `面值 ${amount} 币的币`,
  previewSpends: (coins) => `花掉：${coins}。`,
  previewPays: (to, amount, from, change) => `付给 ${to} ${amount}，并把 ${change} 作为找零退给 ${from}。`,
  previewNoChange: (to, amount) => `正好付给 ${to} ${amount}：没有找零。`,
  blockTitle: '区块',
  chainLine: (height, pool) => `链上有 ${n(height + 1)} 个区块；交易池中有 ${n(pool)} 笔支付在等待。`,
  mine: '把交易池挖进一个区块',
  mining: (tries) => `正在挖矿… 已尝试 ${tries} 次。`,
  paymentsTitle: '支付',
  noPayments: '还没有支付。',
  payment: (from, to, amount, change) => `${from} → ${to}：${amount} 个币（找零 ${change}）`,
  waiting: '在交易池中等待',
  confirmations: (c) => `已确认（${n(c)} 个确认）`,
  again: '再次花掉这些币',
  againLabel: (i) => `再次花掉支付 ${n(i)} 的币`,
  refused: (code, message) => `✗ 已拒绝（${code}）：${message}`,
};

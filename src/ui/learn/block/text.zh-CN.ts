/** Lesson 2's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import type { BlockText } from './text';

export const text: Translation<BlockText> = {
  intro: [
    '区块是账本中的一页。它包含一些数据（在比特币中是一串支付）、前一个区块的哈希，以及一个叫作 nonce 的数字。',
    '区块自身的哈希是对以上所有内容计算的。只有当哈希不大于目标值时，区块才算数：这里就是以四个零（0000…）开头的哈希。',
    '改动数据，哈希就会变，区块也就不再有效。要修复它，就得找到一个让哈希重新足够小的 nonce。没有人能直接算出这个 nonce，只能尝试，这里大约要试 65,536 次。这种搜索就是挖矿。',
  ],
  steps: {
    edit: { task: '修改区块的数据：看它变成无效。', hint: '在“数据”框中输入，比如把 5 改成 50。' },
    mine: {
      task: '点击“挖矿”，找到一个让区块重新有效的 nonce。',
      hint: '页面的挖矿 Worker 从 0 开始逐个尝试 nonce，直到哈希不大于目标值。',
    },
    guess: { task: '自己输入一个 nonce：几乎每次猜测得到的都是无效区块。', hint: '修改“Nonce”框中的数字。大约每 65,536 个 nonce 中只有一个可行。' },
  },
  targetTitle: '目标值',
  targetWhy: '有效的哈希不大于这个数：大约每 65,536 次尝试成功 1 次。',
};

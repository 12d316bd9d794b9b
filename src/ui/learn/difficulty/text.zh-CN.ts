/** Lesson 8's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { DifficultyText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<DifficultyText> = {
  intro: [
    '目标值是一个 256 位的数；当区块的哈希作为数字读出时不大于它，区块就有效。目标值越小，能获胜的哈希就越少。目标值开头每多一个零位，获胜的哈希就减半，期望尝试次数也就翻倍：2 的（零位数）次方。',
    '区块头用 4 个字节保存目标值，即“bits”：一个指数和三位数字。比特币最容易的目标值有 32 个零位；如今的大约有 78 个，远远超出任何笔记本电脑的能力。',
    '计算机越来越快，矿工越来越多，区块就会来得越来越快。因此每隔一段时间，规则会查看最近的区块用了多长时间，并缩放目标值：太快就更难，太慢就更容易（每个方向最多 4 倍）。这样区块就能准时出现。',
  ],
  steps: {
    'mine-easy': { task: '以 16 个或更少的零位挖一个区块，记下尝试次数和用时。', hint: '让“零位数”保持为 16，然后点击“挖一个区块”。' },
    'mine-harder': { task: '以 20 个或更多的零位挖矿：尝试次数约为 16 倍。把期望用时与实际用时作比较。', hint: '在“零位数”中输入 20，然后点击“挖一个区块”。算力不变；尝试次数增加。' },
    retarget: { task: '试试难度调整：假设最近 20 个区块用了不到 200 秒，再假设用了更多时间。', hint: '在“最近 20 个区块用时”中输入 100：目标值变小（更难）。再输入 400：目标值变大（更容易）。' },
  },
  targetTitle: '目标值',
  zeroBits: '零位数',
  zeroBitsHelp: (min, max) => `从 ${n(min)} 到 ${n(max)}。`,
  bits: 'Bits（区块头中的紧凑形式）',
  target: '目标值',
  expected: '期望尝试次数',
  expectedTime: (time, rate) => `按你的 Worker 的 ${rate}：每个区块约 ${time}。`,
  noRate: '先挖一次，测出你的算力。',
  mine: '挖一个区块',
  stop: '停止',
  mining: (bits, tries, rate, time) => `正在以 ${n(bits)} 个零位挖矿… 已尝试 ${tries} 次，${rate}，${time}。`,
  runsCaption: '本课中挖出的区块',
  colBits: '零位数',
  colTries: '尝试次数',
  colTime: '用时',
  colRate: '算力',
  noRuns: '还没有挖出区块。',
  retargetTitle: '让区块准时出现',
  retargetRule: (interval, spacing, expected) =>
    `课堂链希望每 ${n(spacing)} 秒出一个区块，并每 ${n(interval)} 个区块检查一次：${n(interval)} 个区块应当用时 ${n(expected)} 秒。`,
  secondsLabel: (interval) => `最近 ${n(interval)} 个区块用时（秒）`,
  clamped: (used) => `偏差超过 4 倍：规则按 ${n(used)} 秒计算（上下限）。`,
  oldTarget: '旧目标值',
  newTarget: '新目标值',
  harder: (f) => `难 ${f} 倍`,
  easier: (f) => `容易 ${f} 倍`,
  same: '不变',
};

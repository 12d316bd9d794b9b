/** Lesson 10's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { AttacksText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<AttacksText> = {
  intro: [
    '双花：Mallory 向一家商店付款，同时秘密地挖一条分支，在那条分支里同样的币回到了她自己手中。商店看到付款已确认，就发了货。如果 Mallory 的秘密分支随后比诚实链更长，她就公布它；每个节点都跟随工作量最多的链，商店收到的付款消失，取而代之的是她付给自己的那笔。',
    '这是 Mallory 的算力与其他所有人算力之间的竞赛。份额小，她就会落后并放弃；商店多等一个确认，她的机会就更小。如果她拥有全部算力的一半以上，无论商店等多久，她迟早都会赢：这就是 51% 攻击。',
    '比特币白皮书算出了在份额 q 和 z 个确认下她成功的概率 P(q, z)。这里每场竞赛都在真实的节点上用真实的区块进行，所以你可以自己数一数。',
  ],
  steps: {
    'race-lost': { task: '观看 Mallory 拥有 10% 算力时的一场竞赛：她落后并放弃了。', hint: '让份额保持为 10，然后点击“观看一场竞赛”。' },
    'race-won': { task: '给 Mallory 一半以上的算力，看她获胜：商店收到的付款被撤销。', hint: '在“Mallory 的份额”中输入 60，然后观看一场竞赛。之后看看商店的区块树。' },
    'many-races': { task: '以同一份额进行 20 场竞赛，把 Mallory 获胜的频率与白皮书的 P(q, z) 作比较。', hint: '试试 30% 和 1 个确认：白皮书给出约 63%。二十场竞赛只能给出粗略的计数，而非精确数值。' },
  },
  controlsTitle: '竞赛',
  share: 'Mallory 的算力份额（%）',
  shareHelp: (min, max) => `从 ${n(min)} 到 ${n(max)}。`,
  confirmations: '商店等待的确认数（z）',
  confirmationsHelp: (max) => `从 1 到 ${n(max)}。`,
  watch: '观看一场竞赛',
  batch: (count) => `进行 ${n(count)} 场竞赛`,
  stop: '停止',
  batchProgress: (done, total) => `已完成第 ${n(done)} 场，共 ${n(total)} 场。`,
  raceTitle: (i, q, z) => `第 ${n(i)} 场：Mallory ${n(q)}%，商店等待 ${n(z)} 个确认`,
  honestRow: '诚实链',
  attackerRow: 'Mallory 的秘密分支',
  blocks: (count) => `${n(count)} 个区块`,
  scoreAlt: (h, a) => `付款之后诚实链有 ${n(h)} 个区块，Mallory 的分支有 ${n(a)} 个。`,
  shopWaiting: (c, z) => `商店看到 ${n(c)}/${n(z)} 个确认：继续等待。`,
  shopShipped: '商店已经发货。',
  running: '竞赛进行中…',
  won: '✗ Mallory 赢了：商店发货后，她的分支更长。每个节点都切换到了她的分支；商店收到的付款没了，同样的币回到了 Mallory 手中。',
  lost: (giveUp) => `✓ Mallory 输了：她落后 ${n(giveUp)} 个区块，于是放弃。商店收到的付款依然有效。`,
  shopTree: '竞赛结束后商店的区块树',
  talliesTitle: '到目前为止的竞赛',
  colShare: '份额 q',
  colZ: 'z',
  colRaces: '竞赛场数',
  colWon: 'Mallory 获胜',
  colMeasured: '实测',
  colWhitepaper: '白皮书 P(q, z)',
  noRaces: '还没有竞赛。',
  talliesNote: '二十场竞赛只能给出粗略的数值：20 场的计数很容易偏差 10 个百分点。白皮书的公式本身也是近似值（攻击实验室会用数千场竞赛与精确公式作对比）。',
  selfishTitle: '自私挖矿',
  selfish: [
    '另一种攻击不需要双花：一个矿池把自己找到的区块藏起来，只在需要超过别人的区块时才公布，使诚实矿工的工作浪费在最终成为孤块的区块上。',
    'Eyal 和 Sirer（《Majority is not enough》，2014）证明，这样的矿池一旦拥有超过约三分之一的算力，就能获得超过其公平份额的收益；如果它能赢得大多数平局，所需算力甚至更少。比特币的安全需要诚实的多数，而且还要多一点。',
  ],
};

/** The Learn section's frame in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { LearnText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<LearnText> = {
  titles: {
    hashes: { title: '哈希', summary: '任何文本的指纹，以及由此而来的谜题。' },
    block: { title: '区块', summary: '数据、一个 nonce 和一个必须足够小的哈希。' },
    chain: { title: '链', summary: '用哈希连起来的区块：改动一个，全部失效。' },
    copies: { title: '多个副本', summary: '每个人都保存着链；工作量最多者胜出。' },
    keys: { title: '密钥与签名', summary: '用私钥签名，用公钥验证。' },
    coins: { title: '交易与币', summary: '支付花掉币，并产生找零。' },
    merkle: { title: '默克尔树', summary: '一个哈希代表所有交易，还有简短的证明。' },
    difficulty: { title: '挖矿与难度', summary: '目标值、期望尝试次数，以及让区块准时出现。' },
    forks: { title: '分叉与最多工作量', summary: '分割网络，再恢复它，观察重组。' },
    attacks: { title: '攻击', summary: '双花竞赛，以及算力能买到什么。' },
    bitcoin: { title: '真实的比特币', summary: '检验真实的主网区块头和默克尔证明。' },
  },
  listTitle: '课程',
  lessonOf: (i, total) => `第 ${n(i)} 课，共 ${n(total)} 课`,
  stepsDone: (done, total) => `已完成 ${n(done)}/${n(total)} 步`,
  stepsDoneShort: ' 步已完成',
  complete: '已完成',
  loading: '正在加载课程…',
  loadFailed: (reason) => `无法加载本课（${reason}）。请刷新页面重试。`,
  stepsTitle: '步骤',
  stepDone: '已完成',
  stepTodo: '待完成',
  showHint: '显示提示',
  hintLabel: '提示：',
  dismiss: '关闭消息',
  saveFailed: (why) => `无法保存你的进度：${why}`,
  previous: '上一课',
  next: '下一课',
  resetLesson: '重新开始本课',
  resetDone: '本课已从头重新开始。',
  presenterOn: '演示模式',
  presenterOff: '退出演示模式',
  presenterKeys: '按键：→ 或 Page Down 进入下一课，← 或 Page Up 返回上一课，Esc 退出。',
  share: {
    title: '分享本课',
    intro: '链接和文件保存了这个练习区的当前状态；在任何电脑上打开它们都会看到相同的内容，离线也可以。',
    copyLink: '复制链接',
    copied: '链接已复制。',
    copyFailed: '浏览器拒绝了复制：请选中链接并手动复制。',
    linkLabel: '本课当前状态的链接',
    saveFile: '保存为文件',
    openFile: '打开分享的课程文件',
    opened: '分享的课程已打开。',
    refused: (reason) => `未打开分享的课程：${reason}`,
  },
};

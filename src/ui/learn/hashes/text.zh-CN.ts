/** Lesson 1's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { HashesText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<HashesText> = {
  intro: [
    '哈希函数把任何文本变成一个固定长度的“指纹”。比特币使用 SHA-256：256 位，这里显示为 64 个十六进制数字（0–9、a–f，每个数字 4 位）。',
    '同一段文本总是得到同一个哈希。只改一个字母，大约一半的位就会翻转，而且毫无规律。没有人能从哈希倒推出原文：想找到具有某种特征哈希的文本，唯一的办法就是一次次去试。',
    '这就构成了一道谜题：找到一段文本，使它的哈希以 n 个零位开头。在文本后面加一个计数器，依次试 0、1、2……直到成功。每多要求一个零位，成功的概率就减半，预计需要的尝试次数也就翻倍。',
  ],
  steps: {
    type: { task: '在框里随便输入些什么，看看哈希如何随着输入而变化。', hint: '点击“你的文本”下面的输入框，改动其中的文字。' },
    'one-char': {
      task: '只改动一个字符（增加、删除或替换一个），看看 256 位中有多少位翻转了。',
      hint: '比如删掉最后一个字母。位网格下面的那一行会数出变化的位数。',
    },
    'zeros-8': {
      task: '找到一个输入，使它的哈希以 8 个零位开头。',
      hint: '把“零位数”设为 8，然后按“寻找输入”。搜索会在你的文本后面加上一个数字，直到哈希以 8 个零位开头。',
    },
    'tries-grow': {
      task: '分别搜索三种不同的零位数（其中一种为 12 或更多），在表格中比较尝试次数。',
      hint: '试试 4、8 和 12。每多 4 位，尝试次数大约变为 16 倍：预期次数是 2 的 n 次方。',
    },
  },
  textLabel: '你的文本',
  textHelp: '每按一次键，它的 SHA-256 哈希都会更新。',
  hashLabel: 'SHA-256 哈希',
  bitsTitle: '哈希的 256 位',
  bitsLegend: '实心方块：1 位。空心方块：0 位。带圆环的方块：在你上一次编辑时发生了变化。',
  bitsAlt: (ones, changed) => `哈希的 256 位：${n(ones)} 个 1，${n(256 - ones)} 个 0。` + (changed === null ? '' : `上一次编辑改变了 ${n(changed)} 位。`),
  changedLine: (changed) => `你上一次编辑改变了 256 位中的 ${n(changed)} 位（预期大约一半）。`,
  noEditYet: '编辑文本，看看哪些位会变化。',
  zeroBitsNow: (z) => `这个哈希以 ${n(z)} 个零位开头。`,
  searchTitle: '零位谜题',
  zeroBitsLabel: '零位数',
  zeroBitsHelp: (max) => `从 1 到 ${n(max)}。搜索在 Web Worker 中运行，页面因此保持响应。`,
  find: '寻找输入',
  cancel: '停止搜索',
  searching: (z, tries) => `正在搜索 ${n(z)} 个零位……目前已尝试 ${tries} 次。`,
  resultsCaption: '目前的搜索：每多一个零位，尝试次数大约翻一倍。',
  colBits: '零位数',
  colInput: '找到的输入',
  colTries: '尝试次数',
  colExpected: '预期次数（2ⁿ）',
  use: '放进输入框',
  useLabel: (input) => `把“${input}”放进输入框`,
  noSearches: '还没有搜索。',
};

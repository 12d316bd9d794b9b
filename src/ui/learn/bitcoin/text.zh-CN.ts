/** Lesson 11's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { BitcoinText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<BitcoinText> = {
  intro: [
    '到目前为止的一切都遵循与比特币相同的规则。在这里，你用本页节点所用的同一套函数来检验真实的比特币区块。',
    '比特币区块头有 80 字节：版本、前一个区块的哈希、默克尔根、时间、bits（目标值）和 nonce。它的哈希是两次 SHA-256，必须不大于目标值。粘贴一个真实的区块头，页面会重新计算全部内容；哪怕只改一个字节，工作量证明就不复存在。',
    '默克尔工具对交易做同样的事：给它一个区块的交易 ID，它会算出该区块头必须包含的根，还能检验某笔交易在区块中的证明。',
  ],
  steps: {
    inspect: { task: '检查一个真实的区块头：选一个（比如创世区块），读一读它的字段、哈希和工作量证明。', hint: '在“选择一个真实的区块头”中选一个区块。底部的结论会说明它的工作量证明是否成立。' },
    'one-byte': { task: '修改区块头的一个字节：工作量证明不成立，页面会说明原因。', hint: '点击“修改一个字节”，或者自己编辑区块头中的两个十六进制数字。' },
    'merkle-root': {
      task: '框中是区块 100000 的四个交易 ID，它们的根与该区块头一致。改一个字符，再改回来：看根先不一致、后又一致。',
      hint: '改动某个 txid 的任意一位：根会完全改变，并且不在任何区块头中。撤销改动，根又变回区块 100000 的根。',
    },
    proof: { task: '为一笔交易生成证明并检验它。', hint: '选择一个位置，点击“生成证明”，然后改动分支中的一个字符，看检验失败。' },
  },
  headersSource: '比特币主网。创世区块写在 Bitcoin Core 里（chainparams.cpp）；其余的与任何全节点或区块浏览器给出的一样（getblockheader、getblock）。',
  inspectorTitle: '区块头检查器',
  pick: '选择一个真实的区块头',
  pickNone: '选择一个区块…',
  headerLabel: '区块头（80 字节，即 160 个十六进制数字）',
  changeOne: '修改一个字节',
  fieldsCaption: '区块头的字段',
  colField: '字段',
  colBytes: '字节',
  colValue: '值',
  fields: { version: '版本', prevHash: '前一个区块的哈希', merkleRoot: '默克尔根', time: '时间', bits: 'Bits（目标值）', nonce: 'Nonce' },
  hash: '区块哈希（两次 SHA-256，像区块浏览器那样倒序显示）',
  target: '目标值',
  difficulty: (d) => `难度 ${d}（比比特币允许的最容易目标值难多少倍）`,
  powOk: '✓ 工作量证明成立：哈希不大于目标值。',
  powBad: '✗ 工作量证明不成立。',
  isBundled: (name) => `这是 ${name} 的真实区块头。`,
  changed: (name, list) => `相对于 ${name}，改动了：${list}。`,
  byteIn: (byte, field) => `第 ${n(byte + 1)} 个字节（${field}）`,
  merkleTitle: '默克尔工具',
  txidsLabel: '交易 ID，每行一个（coinbase 在最前）',
  root: '默克尔根',
  rootMatches: (name) => `✓ 这是 ${name} 区块头中的默克尔根。`,
  rootNoMatch: '这个根不在任何内置的区块头中。',
  proofTitle: '交易在区块中的证明',
  position: '要证明的交易（0 = 第一笔）',
  proofPosition: '它在区块中的位置',
  makeProof: '生成证明',
  proofTxid: '交易 ID',
  proofBranch: '分支：兄弟哈希，每行一个，自下而上',
  proofRoot: '根',
  proofOk: '✓ 证明成立：用分支对 txid 做哈希得到了根。',
  proofBad: '✗ 证明不成立：用分支对 txid 做哈希没有得到根。',
  headers: {
    genesis: { name: '创世区块', note: '2009 年 1 月 3 日。它的 coinbase 中写着头条新闻“Chancellor on brink of second bailout for banks”（财政大臣正处于第二次救助银行的边缘）。' },
    'block-1': { name: '区块 1', note: '创世区块之后挖出的第一个区块：它的前一个哈希就是创世区块的哈希。' },
    'block-170': { name: '区块 170', note: '2009 年 1 月：第一笔人与人之间的支付（Satoshi Nakamoto 付给 Hal Finney 10 个比特币）。' },
    'block-100000': { name: '区块 100000', note: '2010 年 12 月：四笔交易，目标值的难度约为创世区块的 14,000 倍。' },
  },
};

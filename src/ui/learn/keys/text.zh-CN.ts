/** Lesson 5's words in Simplified Chinese. */
import type { Translation } from '../../i18n/area-text';
import { formatNumber } from '../../i18n/format';
import type { KeysText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<KeysText> = {
  intro: [
    '密钥对是两个相互配套的数字。私钥是秘密：谁知道它，谁就拥有这些币。公钥由私钥计算得出，可以给任何人看；从公钥反推出私钥实际上是不可能的。',
    '你用私钥给消息签名。任何人都可以用公钥检验这个签名：它只对这条消息和这把密钥有效。哪怕只改一个字符，检验就会失败。支付就是这样证明自己来自币的主人，而又不泄露秘密。',
    '地址是公钥的简短名字：公钥的 HASH160（先 SHA-256，再 RIPEMD-160），前面加一个版本字节，末尾加 4 字节校验和，用 Base58 写出。输错一个字符几乎总会破坏校验和，所以钱包会拒绝这个地址，而不是把币发到虚空里。',
  ],
  steps: {
    'make-key': { task: '生成一个密钥对。', hint: '点击“生成密钥对”。这里它来自本课的种子，所以全班得到的都是同一个。' },
    sign: { task: '用你的私钥给消息签名。', hint: '点击“签名”。签名长 64 字节：两个数字 r 和 s。' },
    tamper: {
      task: '修改收到的消息中的一个字符：签名不再通过检验。',
      hint: '编辑“收到的消息”框，比如把 5 改成 6。改回去，检验又会通过。',
    },
    typo: {
      task: '把你的地址复制到检查框中并改动一个字符：校验和会发现这个输入错误。',
      hint: '点击“把我的地址复制到框中”，然后把一个字母换成另一个（不要用 0、O、I 或 l：Base58 中根本没有它们）。',
    },
  },
  keyTitle: '你的密钥对',
  makeKey: '生成密钥对',
  makeAnother: '再生成一个密钥对',
  noKey: '还没有密钥对。',
  keyNumber: (i) => `本课种子的第 ${n(i)} 个密钥对。`,
  privateKey: '私钥（保密！）',
  privateWarning: '永远不要把真实的私钥给任何人看：这里显示它，只是因为这些密钥用于学习。',
  publicKey: '公钥（压缩格式，33 字节）',
  signTitle: '签名与检验',
  message: '要签名的消息',
  sign: '签名',
  signature: '签名（64 字节）',
  received: '收到的消息',
  receivedHelp: '对方用你的公钥，对照收到的消息检验签名。',
  verifyOk: '✓ 签名对这条消息和这个公钥有效。',
  verifyBad: '✗ 签名不匹配：消息（或密钥）不是被签名的那一个。',
  notSigned: '先给消息签名，才能检验。',
  addressTitle: '由公钥得到地址',
  pipeline: [
    { label: '公钥的 HASH160（先 SHA-256，再 RIPEMD-160：20 字节）', key: 'hash160' },
    { label: '版本字节（比特币地址为 00）', key: 'version' },
    { label: '校验和：SHA-256d(版本 + HASH160) 的前 4 个字节', key: 'checksum' },
    { label: '地址：版本 + HASH160 + 校验和 的 Base58 编码', key: 'address' },
  ],
  checker: '检查地址',
  checkerHelp: '粘贴或输入一个地址；页面会像钱包一样解码它。',
  copyAddress: '把我的地址复制到框中',
  addressOk: '✓ 有效地址：校验和匹配。',
  addressBad: (code, message) => `✗ 已拒绝（${code}）：${message}`,
};

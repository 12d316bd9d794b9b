/** The announcements in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import { formatNumber } from '../i18n/format';
import type { AnnouncementText } from './text';

const n = (x: number) => formatNumber('zh-CN', x);

export const text: Translation<AnnouncementText> = {
  blockFound: (height, node, txCount) => `${node} 找到了区块 ${n(height)}，包含 ${n(txCount)} 笔交易。`,
  blocksFound: (count, height, node) => `找到了 ${n(count)} 个区块；最后一个是 ${node} 找到的区块 ${n(height)}。`,
  reorg: (node, disconnected, connected, tipHeight) => `${node} 发生重组：断开 ${n(disconnected)} 个区块，连接 ${n(connected)} 个；新的链顶在高度 ${n(tipHeight)}。`,
  reorgs: (count, node, tipHeight) => `${node} 发生了 ${n(count)} 次重组；最后一次后链顶在高度 ${n(tipHeight)}。`,
  paymentNotSent: (messages) => `支付未发送：${messages}`,
  paymentRefused: (code, message) => `支付被拒绝（${code}）：${message}`,
  raceFinished: (q, z, rate) => `双花竞赛结束：q ${q}，z ${z}，攻击成功率 ${rate}。`,
  racesFinished: (count) => `${n(count)} 次双花竞赛结束。`,
  selfishFinished: (alpha, gamma, share) => `自私挖矿结束：α ${alpha}，γ ${gamma}，矿池获得了 ${share} 的区块。`,
  selfishRunsFinished: (count) => `${n(count)} 次自私挖矿运行结束。`,
  staleFinished: (points) => `孤块率扫描结束：测量了 ${n(points)} 个点。`,
  staleSweepsFinished: (count) => `${n(count)} 次孤块率扫描结束。`,
  majorityFinished: (depth, reversed) => `51% 攻击结束：重组深度 ${n(depth)} 个区块，${n(reversed)} 笔支付被撤销。`,
  majorityAttacksFinished: (count) => `${n(count)} 次 51% 攻击结束。`,
};

/** The network picture's words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import type { NetworkText } from './network-text';

export const text: Translation<NetworkText> = {
  region: '网络',
  picture: '网络图',
  group: { whole: '网络', partition: (n) => `第 ${n} 组` },
  link: (a, b, latency, cut) => `${a} – ${b}${latency !== null ? `，${latency} 毫秒` : ''}${cut ? '，已被分割切断' : ''}`,
  details: {
    height: (height) => `高度 ${height}`,
    tip: (hash) => `链顶 ${hash}`,
    shape: (shape) => `${shape}形状`,
    partition: (n) => `第 ${n} 组`,
  },
  shapes: { circle: '圆形', square: '方形', diamond: '菱形', triangle: '三角形', hexagon: '六边形', cross: '十字形' },
  legend: {
    branch: (branch, mostWork) => `分支 ${branch}${mostWork ? '（工作量最多）' : ''}`,
    marks: '■ 区块 · ● 交易 · ◆ 其他消息（inv、headers、getdata）· ✕ 被分割切断的连接',
  },
  table: {
    show: '以表格显示网络',
    caption: (nodes, partitions) => `网络：${nodes} 个节点${partitions > 1 ? `，分成 ${partitions} 组` : ''}`,
    node: '节点',
    partition: '组',
    height: '高度',
    tip: '链顶',
    branch: '分支',
    peers: '对等节点',
    mining: (node) => `${node}（挖矿中）`,
    branchShape: (branch, shape) => `${branch}（${shape}）`,
  },
  flight: {
    heading: (count) => `传输中的消息：${count}`,
    message: (label, from, to, progress) => `${label} 从 ${from} 到 ${to}，已走 ${progress}`,
  },
};

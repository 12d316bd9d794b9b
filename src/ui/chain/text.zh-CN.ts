/** The Chain panel's words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import type { ChainText } from './text';

export const text: Translation<ChainText> = {
  title: (node) => `${node} 的链`,
  tree: '区块树',
  whose: '谁的区块',
  nodeTree: (node) => `${node} 的树`,
  network: '整个网络',
  networkHint: '所有节点的区块：工作量最多的链在上方，其他节点跟随（或已离开）的分支在下方，并标出每个节点的链顶。',
  foreignTips: (node) => `${node} 尚未收到的链顶`,
  fork: '分叉：',
  forkOn: (nodes, _count, height) => `${nodes} 在链顶 #${height}`,
  forkMissing: (node) => `，${node} 尚未收到它——这是一条竞争分支（网络分区，或仍在传播途中的区块）。`,
  charts: (node) => `${node} 的链的图表`,
  chartsHint: '出块间隔、难度、每个矿工的算力、过时区块率',
  chartsFailed: (error) => `无法加载图表（${error}）。请重新加载页面再试。`,
};

/** The block explorer frame's words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import type { ExplorerText } from './text';

export const text: Translation<ExplorerText> = {
  explorer: {
    title: '区块浏览器',
    heightLabel: '区块高度',
    open: '打开区块',
    openTip: '打开链顶区块',
    heightNotNumber: (tip) => `请输入区块高度：0 到 ${tip} 之间的整数。`,
    noBlockAt: (node, typed, tip) => `${node} 在高度 ${typed} 没有区块：它的链从 0 到 ${tip}。`,
    pick: '在上方的链中选择一个区块，或按高度打开一个区块，查看它的区块头、交易以及它为什么有效。',
    loading: { before: '区块', after: (node) => `在 ${node} 上，它的交易仍在从存储中读取：稍后就会显示在这里。` },
    missing: { before: (node) => `${node} （还）没有区块`, after: '：它可能仍在网络中传播，或者只在另一个节点上。' },
    viewFailed: (error) => `无法显示这个区块（${error}）。请重新加载页面再试。`,
  },
};

/** The charts' words in Simplified Chinese. */
import type { Translation } from '../i18n/area-text';
import type { ChartText } from './chart-text';

export const text: Translation<ChartText> = {
  charts: {
    region: '图表',
    intervals: '出块间隔',
    height: '高度',
    seconds: '秒',
    target: (seconds) => `目标 ${seconds} 秒`,
    difficultyTitle: '难度（1 = 允许的最容易目标）',
    difficulty: '难度',
    minersTitle: '各矿工的算力（工作量占比）',
    minerDetail: (share, blocks, _count, rate) => `工作量的 ${share}，${blocks} 个区块${rate !== null ? `，约 ${rate} 哈希/秒` : ''}`,
    minersValue: '工作量占比、区块数、估计算力',
    staleTitle: (rate, stale, total) => `过时率：${rate}（已挖 ${total} 个区块中有 ${stale} 个过时）`,
    staleValue: '过时 / 已挖',
  },
  chart: {
    empty: '还没有数据。',
    showTable: '以表格显示',
    points: (title, count) => `${title}：${count} 个点，见表格`,
    bars: (title, count) => `${title}：${count} 根柱，见表格`,
    name: '名称',
  },
  plot: {
    picture: (title, points, curves) => `${title}：${points} 个测量点及其 95% 区间，叠在 ${curves} 条理论曲线上；下方表格列出它们`,
    legend: '图例',
  },
};

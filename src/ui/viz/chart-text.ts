/**
 * The words of the charts: the Chain panel's four charts (Charts, LineChart,
 * BarChart) and the lab's plot (LabPlot): titles, axis names, legends and the
 * names a screen reader hears. A second area of the viz folder: the charts
 * load when first opened, and their words come with them. Numbers arrive
 * written (Intl); counts that choose a plural arrive as numbers too.
 */
import { areaText } from '../i18n/area-text';

const s = (n: number) => (n === 1 ? '' : 's');

const english = {
  charts: {
    region: 'Charts',
    intervals: 'Time between blocks',
    height: 'height',
    seconds: 'seconds',
    target: (seconds: string) => `target ${seconds} s`,
    difficultyTitle: 'Difficulty (1 = the easiest target allowed)',
    difficulty: 'difficulty',
    minersTitle: 'Hash rate per miner (share of the work)',
    /** "40% of the work, 2 blocks, about 1.2k hashes/s" (the rate only when the blocks span some time). */
    minerDetail: (share: string, blocks: string, count: number, rate: string | null) =>
      `${share} of the work, ${blocks} block${s(count)}${rate !== null ? `, about ${rate} hashes/s` : ''}`,
    minersValue: 'share of the work, blocks, estimated hash rate',
    staleTitle: (rate: string, stale: string, total: string) => `Stale rate: ${rate} (${stale} of ${total} mined blocks)`,
    staleValue: 'stale / mined',
  },
  chart: {
    empty: 'No data yet.',
    showTable: 'Show as table',
    points: (title: string, count: string) => `${title}: ${count} points, see the table`,
    bars: (title: string, count: string) => `${title}: ${count} bars, see the table`,
    name: 'Name',
  },
  plot: {
    picture: (title: string, points: string, curves: string) =>
      `${title}: ${points} measured points with 95% intervals over ${curves} theory curves; the table below lists them`,
    legend: 'Legend',
  },
};

export type ChartText = typeof english;

export const text = areaText(english, {
  es: () => import('./chart-text.es').then((m) => m.text),
  de: () => import('./chart-text.de').then((m) => m.text),
  'zh-CN': () => import('./chart-text.zh-CN').then((m) => m.text),
});

/**
 * The stale-rate card's figure: stale blocks against the one-way delay over
 * the block spacing, the exact d / (2 (T + d)) solid, the first-order
 * 1 - e^(-d/2T) dashed, measured points with 95% intervals.
 */
import { sampleCurve, type PlotPoint } from '../viz/lab-plot-layout';
import type { StalePoint } from '../../lab/index';
import { interval, percent, type LabFigure } from './figure';
import { text } from './text';

export function staleFigure(points: readonly StalePoint[], maxDelay = 1): LabFigure {
  const xMax = Math.max(maxDelay, ...points.map((p) => p.effectiveDelayOverSpacing));
  const exact = (x: number) => x / (2 * (1 + x));
  const naive = (x: number) => 1 - Math.exp(-x / 2);
  const plotted: PlotPoint[] = points.map((p, i) => ({
    id: `${i}`,
    x: p.effectiveDelayOverSpacing,
    y: p.measured,
    lo: Math.max(0, p.ci95[0]),
    hi: p.ci95[1],
    series: 0,
    marker: 'circle',
    label: text.stale.point(p.effectiveDelayOverSpacing, p.measured, Math.max(0, p.ci95[0]), Math.min(1, p.ci95[1]), p.expected),
  }));
  return {
    curves: [
      {
        id: 'exact',
        label: 'd/(2(T+d))',
        dash: 'solid',
        series: 0,
        points: sampleCurve(exact, 0, xMax, 41),
      },
      {
        id: 'naive',
        label: '1 − e^(−d/2T)',
        dash: 'dashed',
        series: -1,
        points: sampleCurve(naive, 0, xMax, 41),
      },
    ],
    points: plotted,
    marks: [],
    legend: [
      { label: text.figure.measured, series: 0, marker: 'circle' },
      { label: text.stale.legendExact, series: 0, dash: 'solid' },
      { label: text.stale.legendFirstOrder, series: -1, dash: 'dashed' },
    ],
    xDomain: [0, xMax],
    yDomain: [0, Math.max(0.3, naive(xMax) * 1.05)],
    xLabel: text.stale.xLabel,
    yLabel: text.stale.yLabel,
    table: {
      headers: text.stale.headers,
      rows: points.map((p) => [
        String(p.delayOverSpacing),
        p.relay,
        String(p.blocks),
        String(p.stale),
        percent(p.measured),
        interval(p.ci95),
        percent(p.expected),
        percent(p.naive),
      ]),
    },
  };
}

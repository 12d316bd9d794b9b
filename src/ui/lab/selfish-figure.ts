/**
 * The selfish-mining card's figure: the pool's share of the main chain against
 * its hash share alpha, one series per gamma (Eyal and Sirer's R(alpha, gamma)
 * solid, the profitability threshold as a labelled vertical line, measured
 * points with 95% intervals), and honest mining's R = alpha dashed.
 */
import { sampleCurve, type PlotCurve, type PlotMark, type PlotPoint } from '../viz/lab-plot-layout';
import { BRANCH_SHAPES } from '../viz/shapes';
import type { SelfishMiningResult } from '../../lab/index';
import { interval, percent, type LabFigure, type LegendItem } from './figure';
import { text } from './text';

export interface SelfishTheoryFunctions {
  revenue(alpha: number, gamma: number): number;
  threshold(gamma: number): number;
}

export function selfishFigure(
  results: readonly SelfishMiningResult[],
  theory: SelfishTheoryFunctions,
  gammas: readonly number[],
): LabFigure {
  const all: number[] = [];
  for (const g of [...results.map((r) => r.gamma), ...gammas]) if (!all.includes(g)) all.push(g);
  const seriesOf = (gamma: number) => all.indexOf(gamma);
  const curves: PlotCurve[] = all.map((gamma, series) => ({
    id: `R ${gamma}`,
    label: text.selfish.curve(gamma),
    dash: 'solid',
    series,
    points: sampleCurve((a) => theory.revenue(a, gamma), 0, 0.5, 51),
  }));
  curves.push({
    id: 'honest',
    label: text.selfish.honestCurve,
    dash: 'dashed',
    series: -1,
    points: [
      { x: 0, y: 0 },
      { x: 0.5, y: 0.5 },
    ],
  });
  const marks: PlotMark[] = all.map((gamma, series) => ({
    id: `t ${gamma}`,
    x: theory.threshold(gamma),
    label: text.selfish.mark(gamma, theory.threshold(gamma)),
    series,
  }));
  const points: PlotPoint[] = results.map((r, i) => ({
    id: `${i}`,
    x: r.alpha,
    y: r.relativeRevenue,
    lo: r.ci95[0],
    hi: r.ci95[1],
    series: seriesOf(r.gamma),
    marker: BRANCH_SHAPES[seriesOf(r.gamma) % BRANCH_SHAPES.length]!,
    label: text.selfish.point(r.alpha, r.gamma, r.relativeRevenue, Math.max(0, r.ci95[0]), Math.min(1, r.ci95[1]), r.theory.revenue, r.gammaRealised),
  }));
  const legend: LegendItem[] = [
    ...all.map((gamma, series) => ({
      label: text.selfish.legendSeries(gamma),
      series,
      marker: BRANCH_SHAPES[series % BRANCH_SHAPES.length]!,
      dash: 'solid' as const,
    })),
    { label: text.selfish.legendHonest, series: -1, dash: 'dashed' },
    { label: text.selfish.legendThreshold, series: -1, dash: 'dotted' },
  ];
  return {
    curves,
    points,
    marks,
    legend,
    xDomain: [0, 0.5],
    yDomain: [0, 1],
    xLabel: text.selfish.xLabel,
    yLabel: text.selfish.yLabel,
    table: {
      headers: text.selfish.headers,
      rows: results.map((r) => [
        String(r.alpha),
        String(r.gamma),
        text.selfish.realisedCell(r.gammaRealised, r.gammaCi95[0], r.gammaCi95[1]),
        String(r.blocks),
        percent(r.relativeRevenue),
        interval(r.ci95),
        percent(r.theory.revenue),
        percent(r.theory.threshold),
        r.theory.revenue >= r.ci95[0] && r.theory.revenue <= r.ci95[1] ? text.figure.yes : text.figure.no,
      ]),
    },
  };
}

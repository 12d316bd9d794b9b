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
    label: `R, γ ${gamma}`,
    dash: 'solid',
    series,
    points: sampleCurve((a) => theory.revenue(a, gamma), 0, 0.5, 51),
  }));
  curves.push({
    id: 'honest',
    label: 'honest: α',
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
    label: `γ ${gamma}: pays above ${percent(theory.threshold(gamma))}`,
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
    label: `α ${r.alpha}, γ ${r.gamma}: the pool got ${percent(r.relativeRevenue)} of the blocks (95% ${interval(r.ci95)}); R ${percent(r.theory.revenue)}; γ realised ${r.gammaRealised.toFixed(2)}`,
  }));
  const legend: LegendItem[] = [
    ...all.map((gamma, series) => ({
      label: `γ ${gamma}: measured and R(α, γ)`,
      series,
      marker: BRANCH_SHAPES[series % BRANCH_SHAPES.length]!,
      dash: 'solid' as const,
    })),
    { label: 'honest mining: share = α', series: -1, dash: 'dashed' },
    { label: 'threshold (1 − γ)/(3 − 2γ)', series: -1, dash: 'dotted' },
  ];
  return {
    curves,
    points,
    marks,
    legend,
    xDomain: [0, 0.5],
    yDomain: [0, 1],
    xLabel: "pool's hash share α",
    yLabel: "pool's share of the chain",
    table: {
      headers: [
        'α',
        'γ asked',
        'γ realised (95%)',
        'blocks',
        'measured',
        '95% interval',
        'R(α, γ)',
        'threshold',
        'R inside?',
      ],
      rows: results.map((r) => [
        String(r.alpha),
        String(r.gamma),
        `${r.gammaRealised.toFixed(2)} (${r.gammaCi95[0].toFixed(2)} to ${r.gammaCi95[1].toFixed(2)})`,
        String(r.blocks),
        percent(r.relativeRevenue),
        interval(r.ci95),
        percent(r.theory.revenue),
        percent(r.theory.threshold),
        r.theory.revenue >= r.ci95[0] && r.theory.revenue <= r.ci95[1] ? 'yes' : 'no',
      ]),
    },
  };
}

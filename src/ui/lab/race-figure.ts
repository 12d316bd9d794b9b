/**
 * The double-spend race card's figure: success probability against the
 * confirmations z, one series per (q, premined) measured, each with its three
 * theory curves (exact solid, whitepaper dashed, Rosenfeld dotted) and its
 * measured points with 95% intervals.
 */
import { integerCurve, type PlotCurve, type PlotPoint } from '../viz/lab-plot-layout';
import { BRANCH_SHAPES } from '../viz/shapes';
import type { DoubleSpendRaceResult } from '../../lab/index';
import { interval, percent, type LabFigure, type LegendItem } from './figure';
import { text } from './text';

export interface RaceTheoryFunctions {
  exact(q: number, z: number, premined: number): number;
  whitepaper(q: number, z: number): number;
  rosenfeld(q: number, z: number): number;
}

const key = (q: number, premined: number) => `${q}/${premined}`;
const name = (q: number, premined: number) => text.race.series(q, premined);

/** Series of the results (and of `current`, the inputs not yet run, so the theory shows before a run). */
export function raceFigure(
  results: readonly DoubleSpendRaceResult[],
  theory: RaceTheoryFunctions,
  current: { q: number; premined: number; zMax: number },
): LabFigure {
  const groups: { q: number; premined: number }[] = [];
  for (const g of [
    ...results.map((r) => ({ q: r.q, premined: r.premined })),
    { q: current.q, premined: current.premined },
  ]) {
    if (!groups.some((x) => key(x.q, x.premined) === key(g.q, g.premined))) groups.push(g);
  }
  const zMax = Math.max(current.zMax, ...results.map((r) => r.z));
  const curves: PlotCurve[] = [];
  groups.forEach((g, series) => {
    const label = name(g.q, g.premined);
    curves.push({
      id: `exact ${label}`,
      label: text.race.curveExact(label),
      dash: 'solid',
      series,
      points: integerCurve((z) => theory.exact(g.q, z, g.premined), 0, zMax),
    });
    curves.push({
      id: `wp ${label}`,
      label: text.race.curveWhitepaper(g.q),
      dash: 'dashed',
      series,
      points: integerCurve((z) => theory.whitepaper(g.q, z), 0, zMax),
    });
    curves.push({
      id: `ros ${label}`,
      label: text.race.curveRosenfeld(g.q),
      dash: 'dotted',
      series,
      points: integerCurve((z) => theory.rosenfeld(g.q, z), 0, zMax),
    });
  });
  const seriesOf = (r: DoubleSpendRaceResult) =>
    groups.findIndex((g) => key(g.q, g.premined) === key(r.q, r.premined));
  const points: PlotPoint[] = results.map((r, i) => ({
    id: `${i}`,
    x: r.z,
    y: r.successRate,
    lo: r.ci95[0],
    hi: r.ci95[1],
    series: seriesOf(r),
    marker: BRANCH_SHAPES[seriesOf(r) % BRANCH_SHAPES.length]!,
    label: text.race.point(name(r.q, r.premined), r.z, r.successRate, Math.max(0, r.ci95[0]), Math.min(1, r.ci95[1]), r.theory.exact, r.theory.whitepaper, r.theory.rosenfeld),
  }));
  const legend: LegendItem[] = [
    ...groups.map((g, series) => ({
      label: text.race.legendMeasured(name(g.q, g.premined)),
      series,
      marker: BRANCH_SHAPES[series % BRANCH_SHAPES.length]!,
    })),
    { label: text.race.legendExact, series: -1, dash: 'solid' },
    { label: text.race.legendWhitepaper, series: -1, dash: 'dashed' },
    { label: text.race.legendRosenfeld, series: -1, dash: 'dotted' },
  ];
  return {
    curves,
    points,
    marks: [],
    legend,
    xDomain: [0, Math.max(1, zMax)],
    yDomain: [0, 1],
    xLabel: text.race.xLabel,
    yLabel: text.race.yLabel,
    integerX: true,
    table: {
      headers: text.race.headers,
      rows: results.map((r) => [
        String(r.q),
        String(r.z),
        String(r.premined),
        String(r.trials),
        percent(r.successRate),
        interval(r.ci95),
        percent(r.theory.exact),
        percent(r.theory.whitepaper),
        percent(r.theory.rosenfeld),
        r.theory.exact >= r.ci95[0] && r.theory.exact <= r.ci95[1] ? text.figure.yes : text.figure.no,
      ]),
    },
  };
}

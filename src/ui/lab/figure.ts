/**
 * What a lab card draws and lists: the LabPlot's inputs plus the same points
 * as a table (the plot's text alternative and the "copy as CSV" preview).
 * Built by pure functions (race-figure.ts, selfish-figure.ts,
 * stale-figure.ts), tested in Node.
 */
import type { DashStyle, PlotCurve, PlotMark, PlotPoint } from '../viz/lab-plot-layout';
import type { MarkerShape } from '../viz/shapes';
import { text } from './text';

export interface LegendItem {
  readonly label: string;
  /** -1: the text colour (an entry that explains a line style, not a series). */
  readonly series: number;
  readonly marker?: MarkerShape;
  readonly dash?: DashStyle;
}

export interface FigureTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface LabFigure {
  readonly curves: readonly PlotCurve[];
  readonly points: readonly PlotPoint[];
  readonly marks: readonly PlotMark[];
  readonly legend: readonly LegendItem[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Whole-number x ticks only (confirmations). */
  readonly integerX?: boolean;
  readonly table: FigureTable;
}

/** 0.2312 -> "23.1%" in English (small values keep two significant digits: 0.00012 -> "0.012%"). */
export function percent(x: number): string {
  return text.percent(x);
}

/** "21.6% to 24.7%": a 95% interval, clipped to 0 and 100%. */
export function interval([lo, hi]: readonly [number, number]): string {
  return text.interval(Math.max(0, lo), Math.min(1, hi));
}

/**
 * Geometry of the small charts (d3-scale for the axes, d3-shape for the line),
 * so the Charts component only draws paths, bars and tick labels.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatNumber } from '../i18n/format';
import type { Language } from '../i18n/locales';

export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** The language tick labels are written in (default English): 1.5K, 2,5 Mio., 1.5万. */
  readonly language?: Language;
  /** How y tick values are written (default: compact numbers in `language`). */
  readonly tickFormat?: (value: number) => string;
  readonly margin?: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Tick {
  /** Position along its axis. */
  readonly at: number;
  readonly label: string;
}

export interface LineChartGeometry<T> {
  readonly path: string;
  readonly points: readonly { readonly x: number; readonly y: number; readonly datum: T }[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly plot: PlotArea;
  /** y of a reference value (e.g. the target spacing), null when none or out of range. */
  readonly referenceY: number | null;
}

export interface BarChartGeometry {
  readonly bars: readonly { readonly label: string; readonly value: number; readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
  readonly yTicks: readonly Tick[];
  readonly plot: PlotArea;
}

const DEFAULT_MARGIN = { top: 16, right: 16, bottom: 30, left: 52 };

/** The y tick writer: the frame's own, else compact numbers in its language. */
function yTickFormat(frame: ChartFrame): (value: number) => string {
  const language = frame.language ?? 'en';
  return frame.tickFormat ?? ((v) => formatCompact(language, v));
}

function plotArea(frame: ChartFrame): PlotArea {
  if (!(frame.width > 0) || !(frame.height > 0)) throw new RangeError('frame.width and frame.height must be positive');
  const m = frame.margin ?? DEFAULT_MARGIN;
  return { left: m.left, top: m.top, right: frame.width - m.right, bottom: frame.height - m.bottom };
}

/** A line over `data` (x ascending), with nice axes starting at zero on y. */
export function lineChart<T>(data: readonly T[], x: (d: T) => number, y: (d: T) => number, frame: ChartFrame, reference?: number): LineChartGeometry<T> {
  const plot = plotArea(frame);
  const xs = data.map(x);
  const ys = data.map(y);
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const yMin = Math.min(0, ...ys);
  const yMax = Math.max(reference ?? 0, ...ys, yMin + 1e-9);
  const sx = scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([plot.left, plot.right]).nice();
  const sy = scaleLinear().domain([yMin, yMax]).range([plot.bottom, plot.top]).nice();
  const points = data.map((d, i) => ({ x: sx(xs[i]!), y: sy(ys[i]!), datum: d }));
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)(points) ?? '';
  return {
    path,
    points,
    xTicks: sx.ticks(6).filter(Number.isInteger).map((v) => ({ at: sx(v), label: formatNumber(frame.language ?? 'en', v) })),
    yTicks: sy.ticks(4).map((v) => ({ at: sy(v), label: yTickFormat(frame)(v) })),
    plot,
    referenceY: reference === undefined ? null : sy(reference),
  };
}

/** Vertical bars, one per item, from zero. */
export function barChart(items: readonly { label: string; value: number }[], frame: ChartFrame): BarChartGeometry {
  const plot = plotArea(frame);
  const sx = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([plot.left, plot.right])
    .padding(0.25);
  // All bars at zero (no stale block yet): an axis up to 1, not ticks a billionth apart that all read "0 %".
  const top = Math.max(0, ...items.map((d) => d.value));
  const sy = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([plot.bottom, plot.top])
    .nice();
  return {
    bars: items.map((d, i) => ({ label: d.label, value: d.value, x: sx(i)!, y: sy(d.value), width: sx.bandwidth(), height: plot.bottom - sy(d.value) })),
    yTicks: sy.ticks(4).map((v) => ({ at: sy(v), label: yTickFormat(frame)(v) })),
    plot,
  };
}

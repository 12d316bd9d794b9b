/**
 * Geometry of the small charts (d3-scale for the axes, d3-shape for the line),
 * so the Charts component only draws paths, bars and tick labels.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCompact, formatNumber } from '../i18n/format';
import type { Language } from '../i18n/locales';
import { approxTextWidth } from './format';

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

/** Tick labels are drawn at 10 px, ending 5 px left of the y axis (LineChart.svelte, BarChart.svelte). */
const TICK_FONT_PX = 10;
const TICK_GAP_PX = 5;
/** The rotated y-axis label (11 px, centred at x = 11) reaches x = 15; 4 px more keep it off the widest tick. */
const AXIS_LABEL_BAND_PX = 19;
/** approxTextWidth is an estimate: digits are drawn up to a tenth wider than it says. */
const MEASURE_SLACK = 1.1;

/** The left margin: the default, or wider when the widest y tick ("20.000", "1,5 Mio.") would run into the axis label. */
export function leftMarginFor(yTickLabels: readonly string[]): number {
  const widest = Math.max(0, ...yTickLabels.map((l) => approxTextWidth(l, TICK_FONT_PX)));
  return Math.max(DEFAULT_MARGIN.left, Math.ceil(AXIS_LABEL_BAND_PX + widest * MEASURE_SLACK + TICK_GAP_PX));
}

/** The y tick writer: the frame's own, else compact numbers in its language. */
function yTickFormat(frame: ChartFrame): (value: number) => string {
  const language = frame.language ?? 'en';
  return frame.tickFormat ?? ((v) => formatCompact(language, v));
}

/** The plot inside the frame; without a margin of its own, the left one is sized to the y tick labels. */
function plotArea(frame: ChartFrame, yTickLabels: readonly string[]): PlotArea {
  if (!(frame.width > 0) || !(frame.height > 0)) throw new RangeError('frame.width and frame.height must be positive');
  const m = frame.margin ?? { ...DEFAULT_MARGIN, left: leftMarginFor(yTickLabels) };
  return { left: m.left, top: m.top, right: frame.width - m.right, bottom: frame.height - m.bottom };
}

/** A line over `data` (x ascending), with nice axes starting at zero on y. */
export function lineChart<T>(data: readonly T[], x: (d: T) => number, y: (d: T) => number, frame: ChartFrame, reference?: number): LineChartGeometry<T> {
  const xs = data.map(x);
  const ys = data.map(y);
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const yMin = Math.min(0, ...ys);
  const yMax = Math.max(reference ?? 0, ...ys, yMin + 1e-9);
  // The y ticks' values depend on the domain only: their labels size the left margin before the ranges are set.
  const sy = scaleLinear().domain([yMin, yMax]).nice();
  const yTickValues = sy.ticks(4);
  const format = yTickFormat(frame);
  const yLabels = yTickValues.map((v) => format(v));
  const plot = plotArea(frame, yLabels);
  sy.range([plot.bottom, plot.top]);
  const sx = scaleLinear().domain([xMin, xMax === xMin ? xMin + 1 : xMax]).range([plot.left, plot.right]).nice();
  const points = data.map((d, i) => ({ x: sx(xs[i]!), y: sy(ys[i]!), datum: d }));
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)(points) ?? '';
  return {
    path,
    points,
    xTicks: sx.ticks(6).filter(Number.isInteger).map((v) => ({ at: sx(v), label: formatNumber(frame.language ?? 'en', v) })),
    yTicks: yTickValues.map((v, i) => ({ at: sy(v), label: yLabels[i]! })),
    plot,
    referenceY: reference === undefined ? null : sy(reference),
  };
}

/** Vertical bars, one per item, from zero. */
export function barChart(items: readonly { label: string; value: number }[], frame: ChartFrame): BarChartGeometry {
  // All bars at zero (no stale block yet): an axis up to 1, not ticks a billionth apart that all read "0 %".
  const top = Math.max(0, ...items.map((d) => d.value));
  const sy = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice();
  const yTickValues = sy.ticks(4);
  const format = yTickFormat(frame);
  const yLabels = yTickValues.map((v) => format(v));
  const plot = plotArea(frame, yLabels);
  sy.range([plot.bottom, plot.top]);
  const sx = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([plot.left, plot.right])
    .padding(0.25);
  return {
    bars: items.map((d, i) => ({ label: d.label, value: d.value, x: sx(i)!, y: sy(d.value), width: sx.bandwidth(), height: plot.bottom - sy(d.value) })),
    yTicks: yTickValues.map((v, i) => ({ at: sy(v), label: yLabels[i]! })),
    plot,
  };
}

/**
 * Geometry of a lab plot: measured points with their 95% intervals over theory
 * curves (d3-scale for the axes, d3-shape for the curves, shapes.ts for the markers), so
 * the LabPlot component only draws.
 *
 * Nothing is told by colour alone: every series has a marker shape (points) or
 * a dash pattern (curves) and a text label at the curve's end; vertical marks
 * (a threshold) carry their own label.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PlotArea, Tick } from './chart-geometry';
import { shapePath, type MarkerShape } from './shapes';

export type DashStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';

export interface PlotCurve {
  readonly id: string;
  /** Written at the curve's right end (and in the legend). */
  readonly label: string;
  readonly dash: DashStyle;
  /** Index into the plot's series palette (which colour; never the only cue). */
  readonly series: number;
  /** Data coordinates, x ascending. */
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface PlotPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The 95% interval. */
  readonly lo: number;
  readonly hi: number;
  readonly marker: MarkerShape;
  readonly series: number;
  /** Its accessible description ("q 0.3, z 2: 23.1%, 95% interval 21.6% to 24.7%"). */
  readonly label: string;
}

export interface PlotMark {
  readonly id: string;
  readonly x: number;
  readonly label: string;
  readonly series: number;
}

export interface LabPlotInput {
  readonly curves: readonly PlotCurve[];
  readonly points: readonly PlotPoint[];
  readonly marks?: readonly PlotMark[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly width: number;
  readonly height: number;
  readonly xFormat?: (v: number) => string;
  readonly yFormat?: (v: number) => string;
  /** Room on the right for curve labels. */
  readonly labelRoom?: number;
  /** Only whole-number ticks on x (a count such as confirmations). */
  readonly integerX?: boolean;
}

export interface PlacedCurve extends PlotCurve {
  readonly d: string;
  /** Where its label goes (right of its end, nudged apart from the others). */
  readonly labelX: number;
  readonly labelY: number;
}

export interface PlacedPoint extends PlotPoint {
  readonly cx: number;
  readonly cy: number;
  /** The interval's ends on screen (yHi above yLo). */
  readonly yLo: number;
  readonly yHi: number;
  /** The marker as an SVG path centred on (0, 0). */
  readonly markerPath: string;
}

export interface PlacedMark extends PlotMark {
  readonly px: number;
  /** Which side of the line its label goes, so it stays inside the plot. */
  readonly anchor: 'start' | 'end';
  /** The label's baseline: at the top, or a line lower when it must reach into the y axis's labels. */
  readonly labelY: number;
}

export interface LabPlotLayout {
  readonly plot: PlotArea;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly curves: readonly PlacedCurve[];
  readonly points: readonly PlacedPoint[];
  readonly marks: readonly PlacedMark[];
}

const MARGIN = { top: 14, bottom: 36, left: 52 };
const LABEL_GAP = 12;
const MARKER_RADIUS = 4.5;
const CHAR_WIDTH = 6.5;

const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** Moves label positions (sorted by y) apart so no two are closer than `gap`, keeping them inside [top, bottom]. */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - overflow;
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, top + k * gap);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

export function labPlot(input: LabPlotInput): LabPlotLayout {
  const { width, height } = input;
  if (!(width > 0) || !(height > 0)) throw new RangeError('width and height must be positive');
  const [x0, x1] = input.xDomain;
  const [y0, y1] = input.yDomain;
  if (!(x1 > x0) || !(y1 > y0))
    throw new RangeError('each domain must be [min, max] with min < max');
  const plot: PlotArea = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - (input.labelRoom ?? 96),
    bottom: height - MARGIN.bottom,
  };
  const sx = scaleLinear().domain([x0, x1]).range([plot.left, plot.right]);
  const sy = scaleLinear().domain([y0, y1]).range([plot.bottom, plot.top]).clamp(true);
  const path = line<{ x: number; y: number }>()
    .x((p) => sx(p.x))
    .y((p) => sy(p.y));

  const ends = input.curves.map((c) => sy(c.points.at(-1)?.y ?? y0));
  const labelYs = spreadLabels(ends, LABEL_GAP, plot.top + 4, plot.bottom);
  const curves = input.curves.map((c, i) => ({
    ...c,
    d: path(c.points as { x: number; y: number }[]) ?? '',
    labelX: plot.right + 6,
    labelY: labelYs[i]! + 4,
  }));

  const points = input.points.map((p) => ({
    ...p,
    cx: sx(p.x),
    cy: sy(p.y),
    yLo: sy(p.lo),
    yHi: sy(p.hi),
    markerPath: shapePath(p.marker, MARKER_RADIUS),
  }));

  const marks = (input.marks ?? [])
    .filter((m) => m.x >= x0 && m.x <= x1)
    .map((m) => {
      const px = sx(m.x);
      const textWidth = m.label.length * CHAR_WIDTH; // about 6.5 px a character at 12 px
      // Right of the line when the label fits there, else left.
      const anchor = px + 3 + textWidth <= width ? ('start' as const) : ('end' as const);
      // Left of the line on a narrow plot it may reach past the y axis, where the top tick's
      // label is: then it goes below that label, where the margin is empty.
      const clearOfTicks = anchor === 'start' || px - 3 - textWidth >= plot.left;
      return { ...m, px, anchor, labelY: plot.top + (clearOfTicks ? 10 : 26) };
    });
  const xf = input.xFormat ?? ((v: number) => String(v));
  const yf = input.yFormat ?? percent;
  return {
    plot,
    xTicks: sx
      .ticks(Math.max(2, Math.min(10, Math.floor((plot.right - plot.left) / 50))))
      .filter((v) => !input.integerX || Number.isInteger(v))
      .map((v) => ({ at: sx(v), label: xf(v) })),
    yTicks: sy.ticks(5).map((v) => ({ at: sy(v), label: yf(v) })),
    curves,
    points,
    marks,
  };
}

/** A curve sampled from a function at `n` evenly spaced x in [from, to] (n >= 2). */
export function sampleCurve(
  f: (x: number) => number,
  from: number,
  to: number,
  n: number,
): { x: number; y: number }[] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError('n must be an integer >= 2');
  return Array.from({ length: n }, (_, i) => {
    const x = from + ((to - from) * i) / (n - 1);
    return { x, y: f(x) };
  });
}

/** A curve at whole-number x from `from` to `to` (step functions of z are drawn point to point). */
export function integerCurve(
  f: (x: number) => number,
  from: number,
  to: number,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let x = from; x <= to; x++) out.push({ x, y: f(x) });
  return out;
}

import { describe, expect, it } from 'vitest';
import {
  integerCurve,
  labPlot,
  sampleCurve,
  spreadLabels,
  type LabPlotInput,
} from './lab-plot-layout';

const input = (o: Partial<LabPlotInput> = {}): LabPlotInput => ({
  curves: [
    {
      id: 'exact',
      label: 'exact',
      dash: 'solid',
      series: 0,
      points: integerCurve((z) => 0.5 ** (z + 1), 0, 6),
    },
    {
      id: 'wp',
      label: 'whitepaper',
      dash: 'dashed',
      series: 0,
      points: integerCurve((z) => 0.6 ** (z + 1), 0, 6),
    },
  ],
  points: [
    { id: 'p2', x: 2, y: 0.13, lo: 0.1, hi: 0.16, marker: 'circle', series: 0, label: 'z 2: 13%' },
  ],
  marks: [
    { id: 't', x: 3, label: 'threshold', series: 1 },
    { id: 'outside', x: 99, label: 'never shown', series: 1 },
  ],
  xDomain: [0, 6],
  yDomain: [0, 1],
  width: 400,
  height: 240,
  ...o,
});

describe('labPlot', () => {
  it('places points with their interval inside the plot, the interval around the point', () => {
    const g = labPlot(input());
    const p = g.points[0]!;
    expect(p.cx).toBeCloseTo(g.plot.left + ((g.plot.right - g.plot.left) * 2) / 6, 6);
    expect(p.yHi).toBeLessThan(p.cy);
    expect(p.yLo).toBeGreaterThan(p.cy);
    expect(p.markerPath).toMatch(/^M/);
    for (const y of [p.cy, p.yLo, p.yHi]) {
      expect(y).toBeGreaterThanOrEqual(g.plot.top);
      expect(y).toBeLessThanOrEqual(g.plot.bottom);
    }
  });

  it('draws each curve as a path and labels its end right of the plot, apart from the others', () => {
    const g = labPlot(input());
    expect(g.curves.map((c) => c.d.startsWith('M'))).toEqual([true, true]);
    for (const c of g.curves) expect(c.labelX).toBeGreaterThan(g.plot.right);
    expect(Math.abs(g.curves[0]!.labelY - g.curves[1]!.labelY)).toBeGreaterThanOrEqual(12);
  });

  it('keeps marks inside the x domain and writes ticks as percentages by default', () => {
    const g = labPlot(input());
    expect(g.marks.map((m) => [m.id, m.anchor])).toEqual([['t', 'start']]);
    expect(labPlot(input({ marks: [{ id: 'late', x: 5.5, label: 'a label far too long to fit right of its line', series: 0 }] })).marks[0]!.anchor).toBe('end');
    expect(g.yTicks.map((t) => t.label)).toContain('40%');
    expect(g.xTicks.map((t) => t.label)).toContain('2');
  });

  it('moves a mark label that would run into the top tick label a line lower', () => {
    const top = (label: string, x: number) => {
      const g = labPlot(input({ marks: [{ id: 'm', x, label, series: 0 }] }));
      return g.marks[0]!.labelY - g.plot.top;
    };
    expect(top('short', 2)).toBe(10);
    expect(top('a label that only fits on the left', 5.5)).toBe(10);
    expect(top('a label far too long to fit on either side of its line', 2)).toBe(26);
  });

  it('keeps whole-number x ticks only when asked (a count such as confirmations)', () => {
    const free = labPlot(input({ width: 800 })).xTicks.map((t) => t.label);
    expect(free).toContain('0.5');
    expect(labPlot(input({ width: 800, integerX: true })).xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });

  it('clamps a value beyond the y domain to the plot edge', () => {
    const g = labPlot(
      input({
        points: [{ id: 'x', x: 1, y: 1.5, lo: 1.2, hi: 2, marker: 'square', series: 0, label: '' }],
      }),
    );
    expect(g.points[0]!.cy).toBe(g.plot.top);
  });

  it('refuses an empty frame or domain', () => {
    expect(() => labPlot(input({ width: 0 }))).toThrow(/width and height/);
    expect(() => labPlot(input({ xDomain: [1, 1] }))).toThrow(/domain/);
  });
});

describe('spreadLabels', () => {
  it('keeps order, pushes close labels apart and stays inside the range', () => {
    const ys = spreadLabels([50, 52, 51, 200], 10, 0, 210);
    expect(ys[3]).toBe(200);
    const three = [ys[0]!, ys[2]!, ys[1]!];
    expect(three[1]! - three[0]!).toBeGreaterThanOrEqual(10);
    expect(three[2]! - three[1]!).toBeGreaterThanOrEqual(10);
    expect(Math.max(...spreadLabels([205, 206, 207], 10, 0, 210))).toBeLessThanOrEqual(210);
  });
});

describe('curves from functions', () => {
  it('samples evenly, ends included', () => {
    expect(sampleCurve((x) => 2 * x, 0, 1, 3)).toEqual([
      { x: 0, y: 0 },
      { x: 0.5, y: 1 },
      { x: 1, y: 2 },
    ]);
    expect(integerCurve((z) => z * z, 1, 3).map((p) => p.y)).toEqual([1, 4, 9]);
    expect(() => sampleCurve((x) => x, 0, 1, 1)).toThrow(/n must be/);
  });
});

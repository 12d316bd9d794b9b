import { describe, expect, it } from 'vitest';
import { blockIntervals, difficultySeries, hashRateByMiner, staleRate, type ChartBlock } from './charts-data';
import { barChart, leftMarginFor, lineChart } from './chart-geometry';
import { approxTextWidth } from './format';

const block = (height: number, time: number, miner = 'A', status: ChartBlock['status'] = 'active', bits = 0x207fffff): ChartBlock => ({ height, time, bits, miner, status });

describe('blockIntervals', () => {
  const cases: { name: string; blocks: ChartBlock[]; expected: [number, number][] }[] = [
    { name: 'consecutive blocks', blocks: [block(0, 100), block(1, 110), block(2, 125)], expected: [[1, 10], [2, 15]] },
    { name: 'out of order input, stale blocks ignored', blocks: [block(2, 125), block(1, 90, 'B', 'stale'), block(0, 100), block(1, 110)], expected: [[1, 10], [2, 15]] },
    { name: 'a negative interval is kept (header times are loosely ordered)', blocks: [block(0, 100), block(1, 95)], expected: [[1, -5]] },
    { name: 'one block has no interval', blocks: [block(0, 100)], expected: [] },
  ];
  it.each(cases)('$name', ({ blocks, expected }) => {
    expect(blockIntervals(blocks).map((p) => [p.height, p.seconds])).toEqual(expected);
  });
});

describe('difficultySeries', () => {
  it('is 1 at the pow limit and doubles when the target halves', () => {
    const series = difficultySeries([block(0, 0, 'A', 'active', 0x207fffff), block(1, 1, 'A', 'active', 0x203fffff)], 0x207fffff);
    expect(series[0]!.difficulty).toBe(1);
    expect(series[1]!.difficulty).toBeCloseTo(2, 4);
    expect(series[1]!.expectedHashes).toBeCloseTo(2 * series[0]!.expectedHashes, -1);
  });
});

describe('hashRateByMiner', () => {
  it('shares the work by miner, stale blocks included, orphans not', () => {
    const blocks = [block(1, 0, 'A'), block(2, 10, 'B'), block(3, 20, 'A'), block(3, 21, 'B', 'stale'), block(9, 22, 'C', 'orphan')];
    const shares = hashRateByMiner(blocks);
    expect(shares.map((s) => [s.miner, s.blocks, s.share])).toEqual([['A', 2, 0.5], ['B', 2, 0.5]]);
    // All blocks have the same work w: A did 2w over the 21 s the blocks span.
    const w = shares[0]!.hashesPerSecond! * 21 / 2;
    expect(w).toBeGreaterThan(1);
    expect(shares[1]!.hashesPerSecond).toBe(shares[0]!.hashesPerSecond);
  });

  it('counts only the window and refuses a bad one', () => {
    const blocks = [block(1, 0, 'A'), block(2, 100, 'B'), block(3, 110, 'B')];
    expect(hashRateByMiner(blocks, 50).map((s) => s.miner)).toEqual(['B']);
    expect(hashRateByMiner([])).toEqual([]);
    expect(() => hashRateByMiner(blocks, 0)).toThrow(/windowSeconds/);
  });
});

describe('staleRate', () => {
  it('counts stale blocks among mined ones, per bucket of heights', () => {
    const blocks = [block(1, 0), block(2, 0), block(2, 0, 'B', 'stale'), block(11, 0), block(12, 0, 'B', 'stale'), block(13, 0, 'B', 'orphan')];
    const r = staleRate(blocks, 10);
    expect([r.stale, r.total, r.rate]).toEqual([2, 5, 0.4]);
    expect(r.buckets.map((b) => [b.fromHeight, b.toHeight, b.stale, b.total])).toEqual([[0, 9, 1, 3], [10, 19, 1, 2]]);
    expect(staleRate([]).rate).toBe(0);
    expect(() => staleRate(blocks, 0)).toThrow(/bucketSize/);
  });
});

describe('chart geometry', () => {
  const frame = { width: 300, height: 150 };
  it('puts the line inside the plot area, higher values higher up', () => {
    const g = lineChart([{ h: 1, v: 5 }, { h: 2, v: 10 }, { h: 3, v: 0 }], (d) => d.h, (d) => d.v, frame, 8);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(p.x).toBeLessThanOrEqual(g.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(g.points[1]!.y).toBeLessThan(g.points[0]!.y);
    expect(g.points[2]!.y).toBe(g.plot.bottom);
    expect(g.path.startsWith('M')).toBe(true);
    expect(g.referenceY).toBeGreaterThan(g.points[1]!.y);
    expect(g.xTicks.length).toBeGreaterThan(1);
  });

  it('draws bars proportional to their values', () => {
    const g = barChart([{ label: 'A', value: 2 }, { label: 'B', value: 1 }], frame);
    expect(g.bars[0]!.height).toBeCloseTo(2 * g.bars[1]!.height, 6);
    expect(g.bars[0]!.x).toBeLessThan(g.bars[1]!.x);
    expect(() => barChart([], { width: 0, height: 10 })).toThrow(/frame\.width/);
  });

  it('bars all at zero get an axis up to 1 whose ticks differ, not a row of "0%"', () => {
    const g = barChart([{ label: '0–9', value: 0 }, { label: '10–19', value: 0 }], { ...frame, tickFormat: (n) => `${Math.round(n * 100)}%` });
    const labels = g.yTicks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.at(-1)).toBe('100%');
    expect(g.bars.every((b) => b.height === 0)).toBe(true);
  });

  it('writes tick labels with Intl in the chart’s language: compact y values, grouped whole heights on x', () => {
    const data = [{ h: 1000, v: 0 }, { h: 3000, v: 2_500_000 }];
    const en = lineChart(data, (d) => d.h, (d) => d.v, frame);
    const de = lineChart(data, (d) => d.h, (d) => d.v, { ...frame, language: 'de' });
    const zh = lineChart(data, (d) => d.h, (d) => d.v, { ...frame, language: 'zh-CN' });
    expect(en.yTicks.map((t) => t.label)).toEqual(['0', '500K', '1M', '1.5M', '2M', '2.5M']);
    expect(de.yTicks.map((t) => t.label)).toEqual(['0', '500.000', '1\u00a0Mio.', '1,5\u00a0Mio.', '2\u00a0Mio.', '2,5\u00a0Mio.']);
    expect(zh.yTicks.map((t) => t.label)).toEqual(['0', '50万', '100万', '150万', '200万', '250万']);
    expect(en.xTicks.map((t) => t.label)).toContain('1,500');
    expect(de.xTicks.map((t) => t.label)).toContain('1.500');
    expect(barChart([{ label: 'A', value: 0.25 }], { ...frame, language: 'es' }).yTicks.map((t) => t.label)).toContain('0,05');
  });

  it('keeps the widest y tick ("20.000", "500.000") clear of the rotated axis label in every language', () => {
    const data = [{ h: 1, v: 0 }, { h: 2, v: 20_000 }];
    const de = lineChart(data, (d) => d.h, (d) => d.v, { ...frame, language: 'de' });
    expect(de.yTicks.map((t) => t.label)).toContain('20.000');
    const en = lineChart(data, (d) => d.h, (d) => d.v, frame);
    expect(en.plot.left).toBe(52);
    expect(de.plot.left).toBeGreaterThan(en.plot.left);
    for (const language of ['en', 'es', 'de', 'zh-CN'] as const) {
      for (const top of [20_000, 500_000, 2_500_000, 0.0015]) {
        const g = lineChart([{ h: 1, v: 0 }, { h: 2, v: top }], (d) => d.h, (d) => d.v, { ...frame, language });
        // The label's band ends at x = 19 (centred at 11, 11 px high); each tick ends 5 px left of the axis.
        for (const t of g.yTicks) expect(g.plot.left - 5 - approxTextWidth(t.label, 10) * 1.1, `${language} ${t.label}`).toBeGreaterThanOrEqual(19);
      }
    }
    expect(leftMarginFor(['0', '1'])).toBe(52);
  });

  it('copes with no data', () => {
    expect(lineChart([], () => 0, () => 0, frame).path).toBe('');
  });
});

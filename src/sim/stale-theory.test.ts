import { describe, expect, it } from 'vitest';
import { expectedStaleRate, naiveStaleRate, simulateHeightModel, staleRateCycles } from './stale-theory';
import { SeededRng } from './rng';

describe('expectedStaleRate', () => {
  it('is d / (2 (T + d))', () => {
    expect(expectedStaleRate(0, 10)).toBe(0);
    expect(expectedStaleRate(10, 10)).toBe(0.25);
    expect(expectedStaleRate(1, 10)).toBeCloseTo(1 / 22, 12);
    expect(() => expectedStaleRate(1, 0)).toThrow(RangeError);
  });

  it('agrees with the bare height model, and the first-order estimate does not at larger d/T', () => {
    for (const x of [0.1, 0.5, 1]) {
      const blocks = 200_000;
      const measured = simulateHeightModel(x, blocks, SeededRng.fromSeed(`theory-${x}`));
      const expected = expectedStaleRate(x, 1);
      // Stale blocks come in small correlated bursts: allow ~4 binomial standard errors x 2.
      const tolerance = 8 * Math.sqrt((expected * (1 - expected)) / blocks);
      expect(Math.abs(measured - expected)).toBeLessThan(tolerance);
      if (x >= 0.5) expect(Math.abs(measured - naiveStaleRate(x, 1))).toBeGreaterThan(5 * tolerance);
    }
  });
});

describe('staleRateCycles', () => {
  it('splits discoveries at gaps of at least the delay and estimates the ratio', () => {
    const d = 1;
    const e = staleRateCycles(
      [
        { time: 0, stale: false },
        { time: 0.5, stale: true }, // same cycle (gap 0.5 < 1)
        { time: 3, stale: false }, // new cycle
        { time: 5, stale: false },
        { time: 5.2, stale: false },
        { time: 9, stale: false },
      ],
      d,
    );
    expect(e).toMatchObject({ blocks: 6, stale: 1, cycles: 4 });
    expect(e.rate).toBeCloseTo(1 / 6, 12);
    // Cycles (k, s): (2,1) (1,0) (2,0) (1,0); R = 1/6; residuals 2/3, -1/6, -1/3, -1/6.
    const ss = (2 / 3) ** 2 + (1 / 6) ** 2 + (1 / 3) ** 2 + (1 / 6) ** 2;
    expect(e.standardError).toBeCloseTo(Math.sqrt(ss / 12) / 1.5, 12);
    expect(e.ci95[0]).toBeCloseTo(e.rate - 1.96 * e.standardError, 12);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addCycle,
  addSums,
  expectedHalfWidth,
  inside,
  NO_CYCLES,
  ratioEstimate,
  wilsonInterval,
} from './intervals';
import { SeededRng } from '../sim/rng';

describe('wilsonInterval', () => {
  it('matches the published worked example (Newcombe 1998: 81 of 263 gives 0.2553 to 0.3662)', () => {
    const [lo, hi] = wilsonInterval(81, 263);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
  });

  it('stays inside [0, 1] and is not empty at 0 successes', () => {
    const [lo, hi] = wilsonInterval(0, 100);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(0.03);
    expect(wilsonInterval(100, 100)[1]).toBe(1);
  });

  it('covers the true rate in about 95% of repeated experiments', () => {
    const rng = SeededRng.fromSeed('wilson-coverage');
    const p = 0.07;
    let covered = 0;
    const runs = 2000;
    for (let r = 0; r < runs; r++) {
      let k = 0;
      for (let i = 0; i < 200; i++) if (rng.next() < p) k++;
      if (inside(p, wilsonInterval(k, 200))) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.93);
    expect(covered / runs).toBeLessThan(0.975);
  });

  it('refuses impossible counts by name', () => {
    expect(() => wilsonInterval(5, 0)).toThrow(/trials must be/);
    expect(() => wilsonInterval(5, 4)).toThrow(/successes must be/);
  });

  it('plans: more trials, a narrower interval', () => {
    expect(expectedHalfWidth(0.1, 4000)).toBeLessThan(expectedHalfWidth(0.1, 1000));
  });
});

describe('ratioEstimate', () => {
  it('is sum(part) / sum(whole) with the delta-method error', () => {
    const e = ratioEstimate([
      { part: 1, whole: 2 },
      { part: 0, whole: 1 },
      { part: 3, whole: 3 },
    ]);
    expect(e.ratio).toBeCloseTo(4 / 6, 12);
    const r = 4 / 6;
    const ss = (1 - 2 * r) ** 2 + (0 - r) ** 2 + (3 - 3 * r) ** 2;
    expect(e.standardError).toBeCloseTo(Math.sqrt(ss / 6) / 2, 12);
  });

  it('gives the same estimate from sums added in any grouping (runs split over workers)', () => {
    const cycles = [
      { part: 2, whole: 3 },
      { part: 0, whole: 1 },
      { part: 1, whole: 1 },
      { part: 4, whole: 5 },
    ];
    const left = cycles.slice(0, 1).reduce(addCycle, NO_CYCLES);
    const right = cycles.slice(1).reduce(addCycle, NO_CYCLES);
    const pooled = ratioEstimate(addSums(left, right));
    expect(pooled.ratio).toBeCloseTo(ratioEstimate(cycles).ratio, 12);
    expect(pooled.standardError).toBeCloseTo(ratioEstimate(cycles).standardError, 12);
  });

  it('covers the true ratio of correlated runs in about 95% of repeated experiments', () => {
    // Cycles of 1..4 blocks that are all "part" or all not: a binomial interval would be too narrow.
    const rng = SeededRng.fromSeed('ratio-coverage');
    let covered = 0;
    const runs = 1000;
    for (let r = 0; r < runs; r++) {
      const cycles = Array.from({ length: 300 }, () => {
        const whole = 1 + rng.int(4);
        return { part: rng.next() < 0.3 ? whole : 0, whole };
      });
      if (inside(0.3, ratioEstimate(cycles).ci95)) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.92);
    expect(covered / runs).toBeLessThan(0.975);
  });
});

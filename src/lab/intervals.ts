/**
 * 95% confidence intervals for the lab's measurements.
 *
 * - A success rate over independent trials (the double-spend race): Wilson's
 *   score interval, which stays inside [0, 1] and is honest at 0 or a handful
 *   of successes, where the normal approximation p ± 1.96 sqrt(p(1-p)/n)
 *   collapses to a point.
 * - A ratio over a long run whose events are correlated (the selfish pool's
 *   blocks come in runs): split the run into independent, identically
 *   distributed cycles (regenerative points, where the system starts afresh)
 *   and use the ratio estimator sum(x_i) / sum(y_i) with its delta-method
 *   standard error, SE^2 = sum((x_i - R y_i)^2) / (n (n - 1) mean(y)^2), as
 *   sim/stale-theory.ts does for stale blocks.
 */

/** The normal quantile of a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export type Interval = readonly [number, number];

/** Wilson's 95% score interval for `successes` out of `trials`. */
export function wilsonInterval(successes: number, trials: number): Interval {
  if (!Number.isSafeInteger(trials) || trials < 1)
    throw new RangeError(`trials must be a whole number >= 1, got ${String(trials)}`);
  if (!Number.isSafeInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(
      `successes must be a whole number from 0 to trials (${trials}), got ${String(successes)}`,
    );
  }
  const n = trials;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 (or all) successes the bound is exactly 0 (or 1); say so rather than leave rounding dust.
  return [
    successes === 0 ? 0 : Math.max(0, centre - half),
    successes === n ? 1 : Math.min(1, centre + half),
  ];
}

/** Half the width of the 95% interval expected for a rate near `p` over `trials` (for planning a run). */
export function expectedHalfWidth(p: number, trials: number): number {
  const [lo, hi] = wilsonInterval(Math.round(Math.min(1, Math.max(0, p)) * trials), trials);
  return (hi - lo) / 2;
}

/** One independent cycle of a long run: `part` of the `whole` counted in it (e.g. pool blocks of all blocks). */
export interface RatioCycle {
  readonly part: number;
  readonly whole: number;
}

export interface RatioEstimate {
  readonly ratio: number;
  readonly cycles: number;
  readonly part: number;
  readonly whole: number;
  readonly standardError: number;
  readonly ci95: Interval;
}

/**
 * The sums the ratio estimator needs: they add up, so runs split over
 * workers (or segments) combine exactly as if the cycles had been pooled.
 */
export interface RatioSums {
  readonly cycles: number;
  readonly part: number;
  readonly whole: number;
  readonly partSquared: number;
  readonly wholeSquared: number;
  readonly product: number;
}

export const NO_CYCLES: RatioSums = Object.freeze({
  cycles: 0,
  part: 0,
  whole: 0,
  partSquared: 0,
  wholeSquared: 0,
  product: 0,
});

export function addCycle(s: RatioSums, c: RatioCycle): RatioSums {
  return {
    cycles: s.cycles + 1,
    part: s.part + c.part,
    whole: s.whole + c.whole,
    partSquared: s.partSquared + c.part * c.part,
    wholeSquared: s.wholeSquared + c.whole * c.whole,
    product: s.product + c.part * c.whole,
  };
}

export function addSums(a: RatioSums, b: RatioSums): RatioSums {
  return {
    cycles: a.cycles + b.cycles,
    part: a.part + b.part,
    whole: a.whole + b.whole,
    partSquared: a.partSquared + b.partSquared,
    wholeSquared: a.wholeSquared + b.wholeSquared,
    product: a.product + b.product,
  };
}

/** The ratio sum(part) / sum(whole) over independent cycles, with its delta-method 95% interval. */
export function ratioEstimate(cycles: readonly RatioCycle[] | RatioSums): RatioEstimate {
  const s = Array.isArray(cycles)
    ? cycles.reduce<RatioSums>(addCycle, NO_CYCLES)
    : (cycles as RatioSums);
  const n = s.cycles;
  const ratio = s.whole > 0 ? s.part / s.whole : 0;
  // sum((part - R whole)^2), expanded so that it needs only the sums.
  const ss = Math.max(0, s.partSquared - 2 * ratio * s.product + ratio * ratio * s.wholeSquared);
  const meanWhole = s.whole / Math.max(n, 1);
  const standardError =
    n > 1 && meanWhole > 0 ? Math.sqrt(ss / (n * (n - 1))) / meanWhole : Infinity;
  const lo = Math.max(0, ratio - Z95 * standardError);
  const hi = Math.min(1, ratio + Z95 * standardError);
  return { ratio, cycles: n, part: s.part, whole: s.whole, standardError, ci95: [lo, hi] };
}

/** True when `x` lies in the closed interval. */
export function inside(x: number, [lo, hi]: Interval): boolean {
  return x >= lo && x <= hi;
}

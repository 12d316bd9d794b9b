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

/** The ratio sum(part) / sum(whole) over independent cycles, with its delta-method 95% interval. */
export function ratioEstimate(cycles: readonly RatioCycle[]): RatioEstimate {
  const n = cycles.length;
  let part = 0;
  let whole = 0;
  for (const c of cycles) {
    part += c.part;
    whole += c.whole;
  }
  const ratio = whole > 0 ? part / whole : 0;
  let ss = 0;
  for (const c of cycles) ss += (c.part - ratio * c.whole) ** 2;
  const meanWhole = whole / Math.max(n, 1);
  const standardError =
    n > 1 && meanWhole > 0 ? Math.sqrt(ss / (n * (n - 1))) / meanWhole : Infinity;
  const lo = Math.max(0, ratio - Z95 * standardError);
  const hi = Math.min(1, ratio + Z95 * standardError);
  return { ratio, cycles: n, part, whole, standardError, ci95: [lo, hi] };
}

/** True when `x` lies in the closed interval. */
export function inside(x: number, [lo, hi]: Interval): boolean {
  return x >= lo && x <= hi;
}

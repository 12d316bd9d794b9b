/**
 * The Poisson interval a count of scheduled blocks must fall in: blocks come
 * as a Poisson process, so over t seconds at spacing s the count is
 * Poisson(t / s) (times the miners' total share).
 */

/** P(N <= k) for N ~ Poisson(lambda). */
export function poissonCdf(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= lambda / i;
    sum += term;
  }
  return sum;
}

/** The central interval holding all but `alpha` of Poisson(lambda): [lo, hi]. */
export function poissonInterval(lambda: number, alpha: number): [number, number] {
  let lo = 0;
  while (poissonCdf(lo, lambda) < alpha / 2) lo++;
  let hi = lo;
  while (poissonCdf(hi, lambda) < 1 - alpha / 2) hi++;
  return [lo, hi];
}

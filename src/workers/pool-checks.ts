/**
 * The pool's argument checks, shared by MiningPool and the page's
 * LazyMiningPool (which checks before the pool's code is loaded).
 */
export function checkWeight(weight: number): number {
  if (!(weight > 0) || !Number.isFinite(weight)) throw new RangeError(`weight must be a positive number, got ${weight}`);
  return weight;
}

export function positiveInteger(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer, got ${n}`);
  return n;
}

/**
 * Run counts and seeds for the property tests: a fixed seed and a modest count in
 * CI (the whole unit suite stays within seconds of its old time), more locally with
 * FAST_CHECK_RUNS=500 (and FAST_CHECK_SEED to replay a failure fast-check printed).
 */
export function propertyRuns(ciRuns: number): { numRuns: number; seed: number } {
  const runs = Number(process.env.FAST_CHECK_RUNS);
  const seed = Number(process.env.FAST_CHECK_SEED);
  return { numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : ciRuns, seed: Number.isSafeInteger(seed) ? seed : 20261203 };
}

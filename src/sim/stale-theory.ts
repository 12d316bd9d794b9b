/**
 * The stale-block rate of two equal miners, in theory, and the statistics to
 * compare a simulation with it (used by `npm run sim:check`).
 *
 * Setting: miners A and B each find blocks as a Poisson process of rate
 * 1/(2T) (total 1/T, T = target spacing), every block has the same work, and a
 * block reaches the other miner exactly d after it was found. Each miner always
 * mines on its best block; ties go to the first seen.
 *
 * "Stale" = a block that is not on the final best chain. Result (exact):
 *
 *     stale rate = d / (2 (T + d))       ( = x / (2 (1 + x)), x = d/T )
 *
 * Derivation.
 * 1. Counting. Call H the highest block height any miner holds. A new block
 *    either raises H by one or leaves it. The final best chain has exactly one
 *    block per height, so (N blocks found, H_end - H_start heights gained)
 *    stale = N - (H_end - H_start) = the number of blocks that did not raise H.
 *    This does not depend on the tie rule: ties decide WHICH block of a height
 *    survives, never how many heights there are.
 * 2. A block raises H exactly when its finder is not behind, i.e. already holds
 *    a block at height H. Poisson arrivals see time averages (PASTA), so the
 *    stale rate is the fraction of time the finder-to-be is behind:
 *    1/2 P(A behind) + 1/2 P(B behind) = P(A behind) by symmetry.
 * 3. Time alternates between "level" spells (both hold height H) and "lead"
 *    spells (one miner alone at H). A level spell ends with the next block of
 *    either miner: mean T. A lead spell starts when one miner raises H and
 *    ends when the other holds that height too — by receiving the leader's
 *    newest block d after it was found, or by finding blocks of its own on its
 *    side. Its mean is exactly d: the leader's further blocks lengthen it and
 *    the follower's own blocks shorten it, at the same rate 1/(2T), and the two
 *    effects cancel on average. (This step is checked, not proved here:
 *    simulateHeightModel below, 2*10^7 blocks each at x = 0.1, 0.5, 1 and 3,
 *    agrees with the formula to within one standard error, about 2*10^-4.)
 *    So lead spells take d/(T + d) of the time and A is the one behind in half
 *    of them: P(A behind) = d / (2 (T + d)).
 *
 * For small x this is x/2 - x^2/2 + O(x^3). The often-quoted per-block
 * estimate 1 - e^(-d/(2T)) (the chance that the other miner finds a block
 * within d) agrees to first order only (x/2 - x^2/8): it misses that the
 * competing miner may build on its own block and win, and that a block in a
 * burst can be raced by several.
 */
import type { SeededRng } from './rng';

/** The exact stale rate for two equal miners, one-way delay d, block spacing T (same unit). */
export function expectedStaleRate(delay: number, spacing: number): number {
  if (!(delay >= 0) || !(spacing > 0)) throw new RangeError('delay must be >= 0 and spacing > 0');
  return delay / (2 * (spacing + delay));
}

/** The first-order estimate 1 - e^(-d/(2T)), printed for comparison only. */
export function naiveStaleRate(delay: number, spacing: number): number {
  return 1 - Math.exp(-delay / (2 * spacing));
}

/**
 * The same two-miner system reduced to block heights (no blockchain at all): a
 * block found by a miner gets 1 + the greatest height it knows — its own blocks
 * and the other's blocks older than d. Returns the fraction of blocks that did
 * not raise the greatest height (= stale, step 1 above). An independent check
 * of the formula, used by the tests.
 */
export function simulateHeightModel(delayOverSpacing: number, blocks: number, rng: SeededRng): number {
  const x = delayOverSpacing;
  const times: number[] = [];
  const owners: number[] = [];
  const heights: number[] = [];
  let head = 0;
  let known = 0; // greatest height of blocks older than x (known to both)
  let max = 0;
  let stale = 0;
  let t = 0;
  for (let i = 0; i < blocks; i++) {
    t += rng.exponential(1);
    const owner = rng.next() < 0.5 ? 0 : 1;
    while (head < times.length && times[head]! <= t - x) known = Math.max(known, heights[head++]!);
    let h = known;
    for (let j = head; j < times.length; j++) if (owners[j] === owner && heights[j]! > h) h = heights[j]!;
    h++;
    if (h <= max) stale++;
    else max = h;
    times.push(t);
    owners.push(owner);
    heights.push(h);
  }
  return stale / blocks;
}

/** One renewal cycle: blocks found with gaps shorter than the delay, and how many of them went stale. */
export interface StaleCycle {
  readonly blocks: number;
  readonly stale: number;
}

export interface StaleEstimate {
  readonly blocks: number;
  readonly stale: number;
  readonly cycles: number;
  readonly rate: number;
  readonly standardError: number;
  /** 95% confidence interval (normal approximation of the ratio estimator). */
  readonly ci95: readonly [number, number];
}

/**
 * Splits discoveries (time order) into renewal cycles — a gap of at least the
 * delay between two blocks means every miner knows everything, and the system
 * starts afresh — so the cycles are independent and identically distributed.
 * Stale blocks of one cycle are correlated (a fork makes one), which a
 * binomial interval would ignore; the ratio estimator sum(stale)/sum(blocks)
 * over independent cycles gets its standard error by the delta method:
 * SE^2 = sum((s_i - R k_i)^2) / (n (n - 1) mean(k)^2).
 */
export function staleRateCycles(discoveries: readonly { readonly time: number; readonly stale: boolean }[], delay: number): StaleEstimate {
  const cycles: StaleCycle[] = [];
  let current: { blocks: number; stale: number } | undefined;
  let last = -Infinity;
  for (const d of discoveries) {
    if (!current || d.time - last >= delay) {
      current = { blocks: 0, stale: 0 };
      cycles.push(current);
    }
    current.blocks++;
    if (d.stale) current.stale++;
    last = d.time;
  }
  const n = cycles.length;
  const blocks = cycles.reduce((s, c) => s + c.blocks, 0);
  const stale = cycles.reduce((s, c) => s + c.stale, 0);
  const rate = blocks > 0 ? stale / blocks : 0;
  let ss = 0;
  for (const c of cycles) ss += (c.stale - rate * c.blocks) ** 2;
  const meanBlocks = blocks / Math.max(n, 1);
  const standardError = n > 1 ? Math.sqrt(ss / (n * (n - 1))) / meanBlocks : Infinity;
  return { blocks, stale, cycles: n, rate, standardError, ci95: [rate - 1.96 * standardError, rate + 1.96 * standardError] };
}

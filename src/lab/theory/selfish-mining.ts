/**
 * Selfish mining in closed form (Eyal and Sirer, "Majority is not enough:
 * Bitcoin mining is vulnerable", 2014, section 4).
 *
 * A pool with a share alpha of the hash power withholds the blocks it finds.
 * When the honest network finds a block and the pool's lead drops to one, the
 * pool publishes and the two branches race; gamma is the share of the honest
 * hash power that then mines on the pool's block. From the Markov chain of the
 * pool's lead the paper derives the pool's share of the blocks in the final
 * main chain (its "relative revenue"):
 *
 *   R(alpha, gamma) = [alpha (1-alpha)^2 (4 alpha + gamma (1 - 2 alpha)) - alpha^3]
 *                     / [1 - alpha (1 + (2 - alpha) alpha)]
 *
 * and shows that selfish mining pays (R > alpha) exactly when
 *
 *   alpha > (1 - gamma) / (3 - 2 gamma)
 *
 * which is 1/3 at gamma = 0, 1/4 at gamma = 1/2 and 0 at gamma = 1.
 */

function checkShare(name: string, x: number, max: number): void {
  if (typeof x !== 'number' || !(x >= 0 && x <= max))
    throw new RangeError(`${name} must be a number from 0 to ${max}, got ${String(x)}`);
}

/** The pool's expected share of the main chain's blocks, for alpha in [0, 1/2]. */
export function selfishRevenue(alpha: number, gamma: number): number {
  checkShare('alpha', alpha, 0.5);
  checkShare('gamma', gamma, 1);
  const a = alpha;
  const numerator = a * (1 - a) ** 2 * (4 * a + gamma * (1 - 2 * a)) - a ** 3;
  const denominator = 1 - a * (1 + (2 - a) * a);
  return numerator / denominator;
}

/** The smallest pool share from which selfish mining beats honest mining: (1 - gamma) / (3 - 2 gamma). */
export function selfishThreshold(gamma: number): number {
  checkShare('gamma', gamma, 1);
  return (1 - gamma) / (3 - 2 * gamma);
}

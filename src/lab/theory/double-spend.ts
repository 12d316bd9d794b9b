/**
 * The double-spend race in closed form: three answers to "what is the chance
 * that an attacker with a share q of the hash power reverses a payment the
 * merchant accepted after z confirmations?"
 *
 * The race (the lab runs exactly this on real nodes): the attacker starts a
 * private branch from the payment's parent block when the payment is
 * broadcast, already holding `premined` blocks of it. Blocks are found one at a
 * time, the attacker's with probability q, the honest network's with p = 1 - q.
 * The merchant ships when the honest chain holds z blocks on top of the parent
 * (the payment's block is the first). The attacker releases its branch as soon
 * as it is strictly longer than the honest chain after shipping (with
 * first-seen tie breaking a tie does not win).
 *
 * - `exactRaceProbability`: precisely that race. While the honest network
 *   finds its z blocks the attacker finds K blocks, K negative-binomial:
 *   P(K = k) = C(k + z - 1, k) p^z q^k. Behind by d = z - K - premined >= 0 at
 *   shipping, it must gain d + 1 blocks; a random walk with up-probability q < p
 *   ever gains n with probability (q/p)^n (gambler's ruin against an infinitely
 *   rich opponent).
 * - `whitepaperProbability`: Nakamoto's P(q, z) (Bitcoin whitepaper, section
 *   11): the attacker's progress taken as Poisson with mean z q/p (as if the
 *   honest blocks came exactly on time), and success counted at catching up to
 *   a tie, (q/p)^d.
 * - `rosenfeldProbability`: Rosenfeld, "Analysis of hashrate-based double
 *   spending" (2012), eq. for r(q, n): the negative binomial, and catching up to
 *   a tie, which he justifies by a premined block. It equals the exact race with
 *   premined = 1 (checked by the tests).
 *
 * A real attacker cannot wait forever: `exactRaceProbability` with `giveUp`
 * counts the race in which the attacker abandons once the honest chain leads
 * by `giveUp` blocks after shipping (gambler's ruin with two barriers), and
 * `chooseGiveUpDeficit` picks the smallest such deficit whose lost success
 * probability is below a tolerance.
 */

/** Probability arguments: q in [0, 1), z and premined whole numbers. Names the bad one. */
function checkRace(q: number, z: number, premined: number): void {
  if (typeof q !== 'number' || !(q >= 0 && q < 1))
    throw new RangeError(`q must be a number in [0, 1), got ${String(q)}`);
  if (!Number.isSafeInteger(z) || z < 0 || z > 1000)
    throw new RangeError(`z must be a whole number from 0 to 1000, got ${String(z)}`);
  if (!Number.isSafeInteger(premined) || premined < 0 || premined > 1000) {
    throw new RangeError(`premined must be a whole number from 0 to 1000, got ${String(premined)}`);
  }
}

/** Nakamoto's P(q, z), computed as his C program does. 1 when q >= 1/2. */
export function whitepaperProbability(q: number, z: number): number {
  checkRace(q, z, 0);
  const p = 1 - q;
  if (q >= p) return 1;
  const lambda = (z * q) / p;
  let sum = 1;
  let poisson = Math.exp(-lambda);
  for (let k = 0; k <= z; k++) {
    if (k > 0) poisson *= lambda / k;
    sum -= poisson * (1 - Math.pow(q / p, z - k));
  }
  return Math.max(0, sum);
}

/** Rosenfeld's r(q, n) = 1 - sum_{m=0..n} C(m+n-1, m) (p^n q^m - p^m q^n); 1 when q >= 1/2. */
export function rosenfeldProbability(q: number, n: number): number {
  checkRace(q, n, 0);
  const p = 1 - q;
  if (q >= p) return 1;
  // Term m is NB(m) (1 - (q/p)^(n-m)) with NB(m) = C(m+n-1, m) p^n q^m built up
  // step by step, so no binomial coefficient or power over/underflows at large n.
  let sum = 0;
  let nb = Math.pow(p, n);
  for (let m = 0; m <= n; m++) {
    if (m > 0) nb *= (q * (m + n - 1)) / m;
    sum += nb * (1 - Math.pow(q / p, n - m));
  }
  return Math.min(1, Math.max(0, 1 - sum));
}

/**
 * Success probability from a deficit d >= 0 at shipping: the attacker must gain
 * d + 1. Without a give-up deficit: (q/p)^(d+1) (1 when q >= p). With one, G:
 * a walk between "gave up" (behind by G) and "won" (ahead by one), started G - d
 * steps above the lower barrier: (a^(G-d) - 1) / (a^(G+1) - 1), a = p/q.
 */
function catchUpProbability(q: number, deficit: number, giveUp: number): number {
  const p = 1 - q;
  if (q === 0) return 0;
  if (giveUp === Infinity) return q >= p ? 1 : Math.pow(q / p, deficit + 1);
  if (deficit >= giveUp) return 0;
  const steps = giveUp + 1;
  const start = giveUp - deficit;
  if (q === p) return start / steps;
  const a = p / q;
  // Divide through by a^steps when a > 1 so that large exponents cannot overflow.
  if (a > 1) return (Math.pow(a, start - steps) - Math.pow(a, -steps)) / (1 - Math.pow(a, -steps));
  return (Math.pow(a, start) - 1) / (Math.pow(a, steps) - 1);
}

/**
 * The success probability of precisely the lab's race (see the file comment),
 * optionally with an attacker who gives up `giveUp` blocks behind after the
 * merchant shipped (Infinity: never).
 */
export function exactRaceProbability(
  q: number,
  z: number,
  premined = 0,
  giveUp = Infinity,
): number {
  checkRace(q, z, premined);
  if (giveUp !== Infinity && (!Number.isSafeInteger(giveUp) || giveUp < 1)) {
    throw new RangeError(`giveUp must be a whole number >= 1 or Infinity, got ${String(giveUp)}`);
  }
  const p = 1 - q;
  if (giveUp === Infinity && q >= p) return 1;
  // Attacker blocks k with deficit d = z - k - premined >= 0 need the catch-up;
  // every larger k wins at shipping.
  let total = 0;
  let behindMass = 0;
  let nb = Math.pow(p, z); // P(K = 0)
  for (let k = 0; z - k - premined >= 0; k++) {
    if (k > 0) nb *= (q * (k + z - 1)) / k;
    behindMass += nb;
    total += nb * catchUpProbability(q, z - k - premined, giveUp);
  }
  return Math.min(1, Math.max(0, total + (1 - behindMass)));
}

/**
 * The smallest deficit at which giving up costs the attacker less than
 * `tolerance` of success probability (exact: the difference between the race
 * with and without giving up). q must be below 1/2, or no finite deficit loses
 * so little.
 */
export function chooseGiveUpDeficit(
  q: number,
  z: number,
  premined: number,
  tolerance: number,
): number {
  checkRace(q, z, premined);
  if (!(q < 0.5)) throw new RangeError(`q must be below 0.5 for the attacker to give up, got ${q}`);
  if (!(tolerance > 0 && tolerance < 1))
    throw new RangeError(`tolerance must be in (0, 1), got ${String(tolerance)}`);
  const patient = exactRaceProbability(q, z, premined);
  for (let giveUp = 1; giveUp <= 100_000; giveUp++) {
    if (patient - exactRaceProbability(q, z, premined, giveUp) <= tolerance) return giveUp;
  }
  throw new RangeError(`no give-up deficit up to 100000 loses less than ${tolerance}`);
}

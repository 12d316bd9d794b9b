/**
 * The double-spend race experiment as the API and the page see it: from the
 * user's inputs to tasks for the workers, and from their tallies to the result
 * with its 95% interval and the three theory values.
 *
 * The give-up deficit. The measured race must be the race `exact` describes,
 * but a trial cannot wait forever for an attacker that is far behind. So the
 * attacker gives up at the smallest deficit G whose cost, the success
 * probability lost by giving up (computed exactly, exactRaceProbability with
 * and without G), is at most 1/20 of the half-width of the 95% interval that
 * the requested number of trials gives. The bias it adds is then far below the
 * interval; the result reports G and the probability it costs.
 */
import {
  chooseGiveUpDeficit,
  exactRaceProbability,
  rosenfeldProbability,
  whitepaperProbability,
} from './theory/double-spend';
import { expectedHalfWidth, wilsonInterval, type Interval } from './intervals';
import { seedText } from './experiment-chain';
import type { RaceSettings, RaceTally } from './double-spend-race';
import type { RaceTask } from './tasks';

export interface DoubleSpendRaceInput {
  /** The attacker's share of the hash power, above 0 and below 0.5. */
  readonly q: number;
  /** Confirmations the merchant waits for, 0 to 50. */
  readonly z: number;
  /** Trials, 1 to 100000. */
  readonly trials: number;
  /** A number or a text; the same seed gives the same result. */
  readonly seed: number | string;
  /** Blocks of the private branch held at the payment, 0 to 10 (default 0). */
  readonly premined?: number;
}

export interface RaceTheory {
  /** This very race: negative binomial, then gambler's ruin to get one block ahead. */
  readonly exact: number;
  /** Nakamoto's P(q, z): Poisson, catching up to a tie. */
  readonly whitepaper: number;
  /** Rosenfeld's r(q, z): negative binomial, catching up to a tie (one premined block). */
  readonly rosenfeld: number;
}

export interface DoubleSpendRaceResult {
  readonly q: number;
  readonly z: number;
  readonly premined: number;
  readonly seed: string;
  readonly trials: number;
  readonly successes: number;
  readonly successRate: number;
  readonly ci95: Interval;
  readonly theory: RaceTheory;
  /** The attacker's give-up deficit and the success probability it costs (exact). */
  readonly giveUp: { readonly deficit: number; readonly lostProbability: number };
  /** Blocks mined and validated over all trials. */
  readonly blocks: number;
}

export interface DoubleSpendRacePlan {
  readonly q: number;
  readonly z: number;
  readonly premined: number;
  readonly seed: string;
  readonly trials: number;
  readonly settings: RaceSettings;
  readonly theory: RaceTheory;
  readonly giveUp: DoubleSpendRaceResult['giveUp'];
  readonly tasks: readonly RaceTask[];
}

/** Trials per task: about a second of work, fine enough for progress, cancel and sharing between workers. */
export const TRIALS_PER_TASK = 50;

function wholeNumber(name: string, v: unknown, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max)
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(v)}`);
  return v;
}

export function planDoubleSpendRace(input: DoubleSpendRaceInput): DoubleSpendRacePlan {
  if (!input || typeof input !== 'object')
    throw new TypeError('doubleSpendRace takes { q, z, trials, seed, premined? }');
  const { q } = input;
  if (typeof q !== 'number' || !(q > 0 && q < 0.5))
    throw new RangeError(`q must be a number above 0 and below 0.5, got ${String(q)}`);
  const z = wholeNumber('z', input.z, 0, 50);
  const trials = wholeNumber('trials', input.trials, 1, 100_000);
  const premined = wholeNumber('premined', input.premined ?? 0, 0, 10);
  const seed = seedText(input.seed);
  const exact = exactRaceProbability(q, z, premined);
  const tolerance = Math.min(1e-3, expectedHalfWidth(exact, trials) / 20);
  const deficit = chooseGiveUpDeficit(q, z, premined, tolerance);
  const settings: RaceSettings = { q, z, premined, giveUp: deficit };
  const tasks: RaceTask[] = [];
  for (let from = 0; from < trials; from += TRIALS_PER_TASK)
    tasks.push({
      kind: 'race',
      settings,
      seed,
      from,
      to: Math.min(trials, from + TRIALS_PER_TASK),
    });
  return {
    q,
    z,
    premined,
    seed,
    trials,
    settings,
    theory: {
      exact,
      whitepaper: whitepaperProbability(q, z),
      rosenfeld: rosenfeldProbability(q, z),
    },
    giveUp: { deficit, lostProbability: exact - exactRaceProbability(q, z, premined, deficit) },
    tasks,
  };
}

/** The result from the tallies of every task of the plan (in any order). */
export function summariseDoubleSpendRace(
  plan: DoubleSpendRacePlan,
  tallies: readonly RaceTally[],
): DoubleSpendRaceResult {
  const trials = tallies.reduce((s, t) => s + t.trials, 0);
  if (trials !== plan.trials)
    throw new RangeError(`the tallies hold ${trials} trials, the plan ${plan.trials}`);
  const successes = tallies.reduce((s, t) => s + t.successes, 0);
  return {
    q: plan.q,
    z: plan.z,
    premined: plan.premined,
    seed: plan.seed,
    trials,
    successes,
    successRate: successes / trials,
    ci95: wilsonInterval(successes, trials),
    theory: plan.theory,
    giveUp: plan.giveUp,
    blocks: tallies.reduce((s, t) => s + t.blocks, 0),
  };
}

/**
 * The selfish-mining experiment as the API and the page see it: inputs to
 * segment tasks, segments to the pool's relative revenue with its 95% interval,
 * the gamma the network realised, and the closed forms of Eyal and Sirer.
 */
import { selfishRevenue, selfishThreshold } from './theory/selfish-mining';
import { NO_CYCLES, addSums, ratioEstimate, wilsonInterval, type Interval } from './intervals';
import { seedText } from './experiment-chain';
import {
  checkSelfishSettings,
  selfishSegments,
  type SelfishSegment,
  type SelfishSettings,
} from './selfish-mining';
import type { SelfishTask } from './tasks';

export interface SelfishMiningInput {
  /** The pool's hash share, above 0 and below 0.5. */
  readonly alpha: number;
  /** Share of honest hash power mining on the pool's block in a 1-1 race, 0 to 0.9. */
  readonly gamma: number;
  /** Blocks to mine, 100 to 1000000. */
  readonly blocks: number;
  readonly seed: number | string;
}

export interface SelfishTheory {
  /** Eyal and Sirer's R(alpha, gamma) at the gamma asked for. */
  readonly revenue: number;
  /** R(alpha, gamma) at the gamma the network realised. */
  readonly revenueAtRealisedGamma: number;
  /** The pool share above which selfish mining pays: (1 - gamma) / (3 - 2 gamma). */
  readonly threshold: number;
  /** What honest mining earns: alpha itself. */
  readonly honest: number;
}

export interface SelfishMiningResult {
  readonly alpha: number;
  readonly gamma: number;
  readonly seed: string;
  readonly blocks: number;
  /** The pool's share of the final main chain's blocks (over complete cycles). */
  readonly relativeRevenue: number;
  readonly ci95: Interval;
  readonly cycles: number;
  /** Share of the races decided by an honest block in which that block extended the pool's. */
  readonly gammaRealised: number;
  readonly gammaCi95: Interval;
  readonly races: number;
  readonly honestNodes: number;
  readonly theory: SelfishTheory;
}

export interface SelfishMiningPlan {
  readonly settings: SelfishSettings;
  readonly seed: string;
  readonly blocks: number;
  readonly tasks: readonly SelfishTask[];
}

export function planSelfishMining(input: SelfishMiningInput): SelfishMiningPlan {
  if (!input || typeof input !== 'object')
    throw new TypeError('selfishMining takes { alpha, gamma, blocks, seed }');
  const settings = checkSelfishSettings({ alpha: input.alpha, gamma: input.gamma });
  const seed = seedText(input.seed);
  const tasks = selfishSegments(input.blocks).map(([index, blocks]): SelfishTask => ({
    kind: 'selfish',
    settings,
    seed,
    index,
    blocks,
  }));
  return { settings, seed, blocks: input.blocks, tasks };
}

export function summariseSelfishMining(
  plan: SelfishMiningPlan,
  segments: readonly SelfishSegment[],
): SelfishMiningResult {
  const blocks = segments.reduce((s, g) => s + g.blocks, 0);
  if (blocks !== plan.blocks)
    throw new RangeError(`the segments hold ${blocks} blocks, the plan ${plan.blocks}`);
  const revenue = ratioEstimate(segments.reduce((s, g) => addSums(s, g.revenue), NO_CYCLES));
  const races = segments.reduce((s, g) => s + g.racesDecidedByHonest, 0);
  const onPool = segments.reduce((s, g) => s + g.honestOnPoolBlock, 0);
  const gammaRealised = races > 0 ? onPool / races : 0;
  const { alpha, gamma } = plan.settings;
  return {
    alpha,
    gamma,
    seed: plan.seed,
    blocks,
    relativeRevenue: revenue.ratio,
    ci95: revenue.ci95,
    cycles: revenue.cycles,
    gammaRealised,
    gammaCi95: races > 0 ? wilsonInterval(onPool, races) : [0, 1],
    races,
    honestNodes: segments[0]?.honestNodes ?? 0,
    theory: {
      revenue: selfishRevenue(alpha, gamma),
      revenueAtRealisedGamma: selfishRevenue(alpha, Math.min(1, gammaRealised)),
      threshold: selfishThreshold(gamma),
      honest: alpha,
    },
  };
}

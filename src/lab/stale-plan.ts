/**
 * The stale-rate experiment over a range of link delays, as the API, the page
 * and `npm run sim:check` see it: one task per delay.
 */
import { inside, type Interval } from './intervals';
import { seedText } from './experiment-chain';
import { checkStaleSettings, type StaleSample, type StaleSettings } from './stale-rate';
import type { StaleTask } from './tasks';

export interface StaleRateInput {
  /** One-way delays as fractions of the block spacing, each above 0 and at most 2. */
  readonly delays: readonly number[];
  readonly relay?: StaleSettings['relay'];
  /** Blocks per delay, 100 to 200000. */
  readonly blocks: number;
  readonly seed: number | string;
}

export interface StalePoint {
  readonly delayOverSpacing: number;
  readonly relay: StaleSettings['relay'];
  readonly effectiveDelayOverSpacing: number;
  readonly blocks: number;
  readonly stale: number;
  readonly measured: number;
  readonly ci95: Interval;
  /** d_eff / (2 (T + d_eff)). */
  readonly expected: number;
  /** 1 - e^(-d_eff / 2T), the first-order estimate. */
  readonly naive: number;
  readonly inside: boolean;
}

export interface StaleRatePlan {
  readonly seed: string;
  readonly tasks: readonly StaleTask[];
}

export function planStaleRate(input: StaleRateInput): StaleRatePlan {
  if (
    !input ||
    typeof input !== 'object' ||
    !Array.isArray(input.delays) ||
    input.delays.length === 0 ||
    input.delays.length > 20
  ) {
    throw new TypeError('staleRate takes { delays: 1 to 20 numbers, relay?, blocks, seed }');
  }
  const seed = seedText(input.seed);
  const relay = input.relay ?? 'push';
  const tasks = input.delays.map((d): StaleTask => ({
    kind: 'stale',
    settings: checkStaleSettings({ delayOverSpacing: d, relay }),
    seed,
    blocks: input.blocks,
  }));
  if (!Number.isSafeInteger(input.blocks) || input.blocks < 100 || input.blocks > 200_000)
    throw new RangeError(
      `blocks must be a whole number from 100 to 200000, got ${String(input.blocks)}`,
    );
  return { seed, tasks };
}

export function summariseStaleRate(samples: readonly StaleSample[]): StalePoint[] {
  return samples.map((s) => ({
    delayOverSpacing: s.settings.delayOverSpacing,
    relay: s.settings.relay,
    effectiveDelayOverSpacing: s.effectiveDelayOverSpacing,
    blocks: s.estimate.blocks,
    stale: s.estimate.stale,
    measured: s.estimate.rate,
    ci95: s.estimate.ci95,
    expected: s.expected,
    naive: s.naive,
    inside: inside(s.expected, s.estimate.ci95),
  }));
}

import { describe, expect, it } from 'vitest';
import { selfishRevenue, selfishThreshold } from './selfish-mining';
import { SeededRng } from '../../sim/rng';
import published from '../fixtures/published.json';

/**
 * Eyal and Sirer's state machine played with coin flips (their Algorithm 1,
 * no blocks, no network): returns the pool's share of the main chain.
 */
function abstractSelfishMining(
  alpha: number,
  gamma: number,
  events: number,
  rng: SeededRng,
): number {
  let lead = 0;
  let race = false;
  let pool = 0;
  let honest = 0;
  for (let i = 0; i < events; i++) {
    if (rng.next() < alpha) {
      if (race) {
        pool += 2; // the pool's second block settles the race in its favour
        race = false;
      } else lead++;
    } else if (race) {
      if (rng.next() < gamma)
        pool += 1; // honest block on the pool's block
      else honest += 1; // honest block on the honest block
      honest += 1;
      race = false;
    } else if (lead === 0) honest++;
    else if (lead === 1) {
      race = true; // publish: a 1-1 race
      lead = 0;
    } else if (lead === 2) {
      pool += 2; // publish all and win
      lead = 0;
    } else {
      pool += 1; // publish the oldest withheld block, which will stay in the chain
      lead--;
    }
  }
  return pool / (pool + honest);
}

describe('selfishThreshold', () => {
  it.each(published.selfishMining.thresholds)(
    'is $alpha at gamma = $gamma (Eyal and Sirer)',
    ({ gamma, alpha }) => {
      expect(selfishThreshold(gamma)).toBeCloseTo(alpha, 12);
    },
  );

  it('is where the revenue crosses the honest share alpha', () => {
    for (const gamma of [0, 0.25, 0.5, 0.75]) {
      const t = selfishThreshold(gamma);
      expect(selfishRevenue(t, gamma)).toBeCloseTo(t, 12);
      expect(selfishRevenue(t - 0.02, gamma)).toBeLessThan(t - 0.02);
      expect(selfishRevenue(t + 0.02, gamma)).toBeGreaterThan(t + 0.02);
    }
  });
});

describe('selfishRevenue', () => {
  it('is 0 for no pool and 1 for half the hash power', () => {
    expect(selfishRevenue(0, 0.5)).toBe(0);
    expect(selfishRevenue(0.5, 0)).toBeCloseTo(1, 12);
  });

  it('grows with gamma', () => {
    expect(selfishRevenue(0.3, 0)).toBeLessThan(selfishRevenue(0.3, 0.5));
    expect(selfishRevenue(0.3, 0.5)).toBeLessThan(selfishRevenue(0.3, 1));
  });

  it("agrees with a plain Monte Carlo of the paper's state machine", () => {
    const events = 400_000;
    for (const [alpha, gamma] of [
      [0.2, 0],
      [0.3, 0.5],
      [0.4, 1],
      [0.35, 0],
    ] as const) {
      const measured = abstractSelfishMining(
        alpha,
        gamma,
        events,
        SeededRng.fromSeed(`selfish/${alpha}/${gamma}`),
      );
      // The pool's blocks come in runs: allow a generous multiple of the binomial error.
      expect(Math.abs(measured - selfishRevenue(alpha, gamma))).toBeLessThan(
        6 * Math.sqrt(0.25 / events) * 3,
      );
    }
  });

  it('refuses a share outside the model by name', () => {
    expect(() => selfishRevenue(0.6, 0)).toThrow(/alpha must be/);
    expect(() => selfishRevenue(0.3, 1.5)).toThrow(/gamma must be/);
    expect(() => selfishThreshold(-1)).toThrow(/gamma must be/);
  });
});

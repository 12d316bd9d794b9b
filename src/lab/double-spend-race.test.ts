import { describe, expect, it } from 'vitest';
import { runRaceTrial, runRaceTrials } from './double-spend-race';
import { exactRaceProbability, whitepaperProbability } from './theory/double-spend';
import { inside, wilsonInterval } from './intervals';

describe('the double-spend race on real nodes', () => {
  it('reverses the payment when the attacker holds a longer premined branch', () => {
    // Two premined blocks against one confirmation: the branch is longer the moment the merchant ships.
    const t = runRaceTrial({ q: 0.2, z: 1, premined: 2, giveUp: 5 }, 'premined-wins', 0);
    expect(t.success).toBe(true);
    expect(t.reorgDepth).toBeGreaterThanOrEqual(1);
  });

  it('never succeeds without hash power or a premined block', () => {
    const tally = runRaceTrials({ q: 0, z: 1, premined: 0, giveUp: 1 }, 'no-power', 0, 5);
    expect(tally).toMatchObject({ trials: 5, successes: 0 });
  });

  it('gives the same result for the same seed, however the trials are split', () => {
    const s = { q: 0.3, z: 2, premined: 0, giveUp: 8 };
    const whole = runRaceTrials(s, 'split', 0, 30);
    const halves = [runRaceTrials(s, 'split', 0, 13), runRaceTrials(s, 'split', 13, 30)];
    expect(halves[0]!.successes + halves[1]!.successes).toBe(whole.successes);
    expect(halves[0]!.blocks + halves[1]!.blocks).toBe(whole.blocks);
    expect(runRaceTrial(s, 'split', 7)).toEqual(runRaceTrial(s, 'split', 7));
  }, 60_000);

  it('measures the exact race, not the whitepaper, and different seeds agree statistically', () => {
    // q = 0.3, z = 1: exact 0.309, whitepaper 0.628.
    const s = { q: 0.3, z: 1, premined: 0, giveUp: 10 };
    const trials = 300;
    const a = runRaceTrials(s, 'seed-a', 0, trials);
    const b = runRaceTrials(s, 'seed-b', 0, trials);
    expect(a.successes).not.toBe(b.successes); // different seeds, different races
    for (const r of [a, b]) {
      const ci = wilsonInterval(r.successes, r.trials);
      expect(inside(exactRaceProbability(0.3, 1, 0, 10), ci)).toBe(true);
      expect(inside(whitepaperProbability(0.3, 1), ci)).toBe(false);
    }
    // Two-proportion z statistic: the two seeds measure the same probability.
    const pooled = (a.successes + b.successes) / (2 * trials);
    const z =
      (a.successes - b.successes) / trials / Math.sqrt(pooled * (1 - pooled) * (2 / trials));
    expect(Math.abs(z)).toBeLessThan(3);
  }, 60_000);

  it('refuses bad settings by name', () => {
    expect(() => runRaceTrial({ q: 0.6, z: 1, premined: 0, giveUp: 3 }, 's', 0)).toThrow(
      /q must be/,
    );
    expect(() => runRaceTrial({ q: 0.1, z: -1, premined: 0, giveUp: 3 }, 's', 0)).toThrow(
      /z must be/,
    );
    expect(() => runRaceTrial({ q: 0.1, z: 1, premined: 0.5, giveUp: 3 }, 's', 0)).toThrow(
      /premined must be/,
    );
    expect(() => runRaceTrial({ q: 0.1, z: 1, premined: 0, giveUp: 0 }, 's', 0)).toThrow(
      /giveUp must be/,
    );
    expect(() => runRaceTrials({ q: 0.1, z: 1, premined: 0, giveUp: 3 }, 's', 5, 2)).toThrow(
      /trial range/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { planDoubleSpendRace, summariseDoubleSpendRace, TRIALS_PER_TASK } from './race-plan';
import { planSelfishMining, summariseSelfishMining } from './selfish-plan';
import { planStaleRate, summariseStaleRate } from './stale-plan';
import { expectedHalfWidth } from './intervals';
import { exactRaceProbability } from './theory/double-spend';
import { runToEnd } from './steps';
import { taskSteps, type LabTaskResults } from './tasks';

describe('planDoubleSpendRace', () => {
  it('splits the trials into tasks and gives up where the lost probability is far below the interval', () => {
    const plan = planDoubleSpendRace({ q: 0.3, z: 4, trials: 3000, seed: 7, premined: 1 });
    expect(plan.seed).toBe('7');
    expect(plan.tasks).toHaveLength(3000 / TRIALS_PER_TASK);
    expect(plan.tasks.at(-1)).toMatchObject({ from: 3000 - TRIALS_PER_TASK, to: 3000 });
    const exact = exactRaceProbability(0.3, 4, 1);
    expect(plan.theory.exact).toBe(exact);
    expect(plan.theory.rosenfeld).toBeCloseTo(exact, 12); // one premined block: Rosenfeld's race
    expect(plan.giveUp.lostProbability).toBeLessThanOrEqual(expectedHalfWidth(exact, 3000) / 20);
    expect(plan.giveUp.lostProbability).toBeGreaterThan(0);
  });

  it('asks more patience of the attacker for more trials (a narrower interval)', () => {
    const few = planDoubleSpendRace({ q: 0.3, z: 2, trials: 100, seed: 's' });
    const many = planDoubleSpendRace({ q: 0.3, z: 2, trials: 50_000, seed: 's' });
    expect(many.giveUp.deficit).toBeGreaterThan(few.giveUp.deficit);
  });

  it('refuses bad input by name', () => {
    expect(() => planDoubleSpendRace({ q: 0.5, z: 1, trials: 10, seed: 1 })).toThrow(/q must be/);
    expect(() => planDoubleSpendRace({ q: 0.2, z: 51, trials: 10, seed: 1 })).toThrow(/z must be/);
    expect(() => planDoubleSpendRace({ q: 0.2, z: 1, trials: 0, seed: 1 })).toThrow(
      /trials must be/,
    );
    expect(() => planDoubleSpendRace({ q: 0.2, z: 1, trials: 10, seed: '' })).toThrow(
      /seed must be/,
    );
    expect(() => planDoubleSpendRace({ q: 0.2, z: 1, trials: 10, seed: NaN })).toThrow(
      /seed must be/,
    );
    expect(() => planDoubleSpendRace({ q: 0.2, z: 1, trials: 10, seed: 1, premined: 11 })).toThrow(
      /premined must be/,
    );
  });

  it('summarises tallies into a rate with its Wilson interval, and refuses a partial set', () => {
    const plan = planDoubleSpendRace({ q: 0.2, z: 1, trials: 100, seed: 'sum' });
    const tallies = [
      { trials: 50, successes: 7, blocks: 300 },
      { trials: 50, successes: 6, blocks: 280 },
    ];
    const r = summariseDoubleSpendRace(plan, tallies);
    expect(r).toMatchObject({ successes: 13, successRate: 0.13, blocks: 580, trials: 100 });
    expect(r.ci95[0]).toBeLessThan(0.13);
    expect(r.ci95[1]).toBeGreaterThan(0.13);
    expect(() => summariseDoubleSpendRace(plan, tallies.slice(1))).toThrow(
      /50 trials, the plan 100/,
    );
  });
});

describe('planSelfishMining', () => {
  it('cuts the blocks into segments and summarises revenue, realised gamma and theory', () => {
    const plan = planSelfishMining({ alpha: 0.3, gamma: 0.5, blocks: 300, seed: 'plan' });
    expect(plan.tasks).toHaveLength(1);
    const segments = plan.tasks.map((t) => runToEnd(taskSteps(t)) as LabTaskResults['selfish']);
    const r = summariseSelfishMining(plan, segments);
    expect(r.blocks).toBe(300);
    expect(r.honestNodes).toBe(2);
    expect(r.theory.threshold).toBeCloseTo(0.25, 12);
    expect(r.theory.honest).toBe(0.3);
    expect(r.ci95[0]).toBeLessThanOrEqual(r.relativeRevenue);
    expect(r.ci95[1]).toBeGreaterThanOrEqual(r.relativeRevenue);
    expect(() => planSelfishMining({ alpha: 0.3, gamma: 0.95, blocks: 300, seed: 1 })).toThrow(
      /gamma must be/,
    );
    expect(() => planSelfishMining({ alpha: 0.3, gamma: 0.5, blocks: 50, seed: 1 })).toThrow(
      /blocks must be/,
    );
  }, 60_000);
});

describe('planStaleRate', () => {
  it('measures one setting per delay against d / (2 (T + d))', () => {
    const plan = planStaleRate({ delays: [0.5], blocks: 1500, seed: 'stale' });
    const [point] = summariseStaleRate(
      plan.tasks.map((t) => runToEnd(taskSteps(t)) as LabTaskResults['stale']),
    );
    expect(point!.expected).toBeCloseTo(0.5 / 3, 12);
    expect(point!.inside).toBe(true);
    expect(point!.blocks).toBe(1500);
    expect(() => planStaleRate({ delays: [], blocks: 1500, seed: 1 })).toThrow(/delays/);
    expect(() => planStaleRate({ delays: [3], blocks: 1500, seed: 1 })).toThrow(
      /delayOverSpacing must be/,
    );
  }, 60_000);
});

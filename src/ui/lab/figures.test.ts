import { describe, expect, it } from 'vitest';
import {
  exactRaceProbability,
  planDoubleSpendRace,
  rosenfeldProbability,
  selfishRevenue,
  selfishThreshold,
  summariseDoubleSpendRace,
  whitepaperProbability,
  type SelfishMiningResult,
  type StalePoint,
} from '../../lab/index';
import { raceFigure } from './race-figure';
import { selfishFigure } from './selfish-figure';
import { staleFigure } from './stale-figure';
import { interval, percent } from './figure';
import { labPlot } from '../viz/lab-plot-layout';

const raceTheory = {
  exact: exactRaceProbability,
  whitepaper: whitepaperProbability,
  rosenfeld: rosenfeldProbability,
};

function raceResult(q: number, z: number, successes: number, trials = 1000, premined = 0) {
  return summariseDoubleSpendRace(planDoubleSpendRace({ q, z, trials, seed: 1, premined }), [
    { trials, successes, blocks: 0 },
  ]);
}

describe('raceFigure', () => {
  it('draws three theory curves per (q, premined) and one point per result, in its series', () => {
    const f = raceFigure(
      [raceResult(0.3, 2, 231), raceResult(0.3, 4, 140), raceResult(0.1, 1, 30)],
      raceTheory,
      { q: 0.3, premined: 0, zMax: 6 },
    );
    expect(f.curves).toHaveLength(6);
    expect(f.curves.map((c) => c.dash)).toEqual([
      'solid',
      'dashed',
      'dotted',
      'solid',
      'dashed',
      'dotted',
    ]);
    expect(f.curves[0]!.points).toHaveLength(7);
    expect(f.curves[0]!.points[2]!.y).toBeCloseTo(exactRaceProbability(0.3, 2), 12);
    expect(f.points.map((p) => [p.x, p.series, p.marker])).toEqual([
      [2, 0, 'circle'],
      [4, 0, 'circle'],
      [1, 1, 'square'],
    ]);
    expect(f.points[0]!.label).toMatch(
      /q 0.3, z 2: measured 23.1% \(95% .* to .*\); exact 23.3%, whitepaper 44.6%, Rosenfeld 43.2%/,
    );
    expect(f.table.rows[0]).toEqual([
      '0.3',
      '2',
      '0',
      '1000',
      '23.1%',
      interval(f.points[0] ? [f.points[0].lo, f.points[0].hi] : [0, 0]),
      '23.3%',
      '44.6%',
      '43.2%',
      'yes',
    ]);
    // The layout accepts it as it is.
    expect(labPlot({ ...f, width: 600, height: 300 }).points).toHaveLength(3);
  });

  it('shows the theory of the inputs before anything ran', () => {
    const f = raceFigure([], raceTheory, { q: 0.2, premined: 1, zMax: 4 });
    expect(f.curves.map((c) => c.label)).toEqual([
      'exact, q 0.2, 1 premined',
      'whitepaper, q 0.2',
      'Rosenfeld, q 0.2',
    ]);
    expect(f.points).toEqual([]);
    expect(f.xDomain).toEqual([0, 4]);
  });
});

describe('selfishFigure', () => {
  const result = (alpha: number, gamma: number, revenue: number): SelfishMiningResult => ({
    alpha,
    gamma,
    seed: 's',
    blocks: 10_000,
    relativeRevenue: revenue,
    ci95: [revenue - 0.02, revenue + 0.02],
    cycles: 5000,
    gammaRealised: gamma,
    gammaCi95: [Math.max(0, gamma - 0.05), gamma + 0.05],
    races: 400,
    honestNodes: 2,
    theory: {
      revenue: selfishRevenue(alpha, gamma),
      revenueAtRealisedGamma: selfishRevenue(alpha, gamma),
      threshold: selfishThreshold(gamma),
      honest: alpha,
    },
  });

  it('draws R per gamma, the honest line, a threshold mark per gamma and the points', () => {
    const f = selfishFigure(
      [result(0.3, 0.5, 0.33), result(0.35, 0, 0.36)],
      { revenue: selfishRevenue, threshold: selfishThreshold },
      [0, 0.5],
    );
    expect(f.curves.map((c) => c.id)).toEqual(['R 0.5', 'R 0', 'honest']);
    expect(f.marks.map((m) => [m.x, m.label])).toEqual([
      [0.25, 'γ 0.5: pays above 25.0%'],
      [selfishThreshold(0), 'γ 0: pays above 33.3%'],
    ]);
    expect(f.points.map((p) => p.series)).toEqual([0, 1]);
    expect(f.table.rows[1]!.at(-1)).toBe('yes');
  });
});

describe('staleFigure', () => {
  it('draws the exact and first-order curves over the measured delays', () => {
    const p: StalePoint = {
      delayOverSpacing: 0.5,
      relay: 'push',
      effectiveDelayOverSpacing: 0.5,
      blocks: 8000,
      stale: 1300,
      measured: 0.1625,
      ci95: [0.15, 0.175],
      expected: 1 / 6,
      naive: 1 - Math.exp(-0.25),
      inside: true,
    };
    const f = staleFigure([p]);
    expect(f.curves.map((c) => c.dash)).toEqual(['solid', 'dashed']);
    expect(f.curves[0]!.points.at(-1)).toEqual({ x: 1, y: 0.25 });
    expect(f.table.rows[0]).toEqual([
      '0.5',
      'push',
      '8000',
      '1300',
      '16.3%',
      '15.0% to 17.5%',
      '16.7%',
      '22.1%',
    ]);
  });
});

describe('percent', () => {
  it('keeps two significant digits for tiny values', () => {
    expect(percent(0.2312)).toBe('23.1%');
    expect(percent(0.00012)).toBe('0.012%');
    expect(percent(0)).toBe('0.0%');
  });
});

import { describe, expect, it } from 'vitest';
import {
  chooseGiveUpDeficit,
  exactRaceProbability,
  rosenfeldProbability,
  whitepaperProbability,
} from './double-spend';
import { SeededRng } from '../../sim/rng';
import published from '../fixtures/published.json';

/** The least z whose probability is below 0.1%. */
function confirmationsBelowOnePerMille(f: (q: number, z: number) => number, q: number): number {
  let z = 0;
  while (f(q, z) >= 0.001) z++;
  return z;
}

/**
 * The race of the file comment played with coin flips: no blocks, no nodes.
 * Returns true when the attacker's branch is strictly longer after shipping.
 */
function abstractRace(
  q: number,
  z: number,
  premined: number,
  giveUp: number,
  rng: SeededRng,
): boolean {
  let honest = 0;
  let attacker = premined;
  for (;;) {
    if (honest >= z) {
      if (attacker > honest) return true;
      if (honest - attacker >= giveUp) return false;
    }
    if (rng.next() < q) attacker++;
    else honest++;
  }
}

describe("whitepaperProbability: Nakamoto's P(q, z)", () => {
  it.each(published.whitepaper.rows)(
    'q = $q, z = $z gives $P as printed in the whitepaper',
    ({ q, z, P }) => {
      expect(whitepaperProbability(q, z)).toBeCloseTo(P, 7);
    },
  );

  it.each(published.whitepaper.confirmationsForBelowOnePerMille)(
    'needs z = $z for P < 0.1% at q = $q',
    ({ q, z }) => {
      expect(confirmationsBelowOnePerMille(whitepaperProbability, q)).toBe(z);
    },
  );

  it('is 1 for a majority attacker and refuses bad arguments by name', () => {
    expect(whitepaperProbability(0.5, 10)).toBe(1);
    expect(() => whitepaperProbability(-0.1, 1)).toThrow(/q must be/);
    expect(() => whitepaperProbability(0.1, 1.5)).toThrow(/z must be/);
  });
});

describe("rosenfeldProbability: Rosenfeld's r(q, n)", () => {
  it.each(published.rosenfeld.confirmationsForBelowOnePerMille)(
    'needs n = $z for r < 0.1% at q = $q (published table)',
    ({ q, z }) => {
      expect(confirmationsBelowOnePerMille(rosenfeldProbability, q)).toBe(z);
    },
  );

  it('is the exact race with one premined block', () => {
    for (const q of [0.05, 0.1, 0.25, 0.4, 0.45]) {
      for (const z of [0, 1, 2, 3, 6, 10, 30])
        expect(rosenfeldProbability(q, z)).toBeCloseTo(exactRaceProbability(q, z, 1), 12);
    }
  });

  it('is 2q at one confirmation: the premined block wins unless the honest network finds two first', () => {
    for (const q of [0.1, 0.25, 0.4]) expect(rosenfeldProbability(q, 1)).toBeCloseTo(2 * q, 12);
  });
});

describe('exactRaceProbability', () => {
  it('is q/p at z = 0 without a premined block (a tie does not win) and 1 with one', () => {
    expect(exactRaceProbability(0.2, 0)).toBeCloseTo(0.25, 12);
    expect(exactRaceProbability(0.2, 0, 1)).toBe(1);
  });

  it('sums the negative binomial and the catch-up by hand at z = 1', () => {
    // K = 0 with p: needs 2 more, (q/p)^2; K = 1 with pq: needs 1, q/p; K >= 2 with q^2: won.
    const q = 0.3;
    const p = 0.7;
    expect(exactRaceProbability(q, 1)).toBeCloseTo(p * (q / p) ** 2 + p * q * (q / p) + q * q, 12);
  });

  it('agrees with a plain Monte Carlo of the abstract race, where the whitepaper does not', () => {
    const trials = 40_000;
    for (const [q, z, premined] of [
      [0.1, 1, 0],
      [0.3, 2, 0],
      [0.3, 4, 1],
      [0.2, 6, 2],
      [0.4, 3, 0],
    ] as const) {
      const giveUp = 60;
      const rng = SeededRng.fromSeed(`abstract-race/${q}/${z}/${premined}`);
      let wins = 0;
      for (let i = 0; i < trials; i++) if (abstractRace(q, z, premined, giveUp, rng)) wins++;
      const measured = wins / trials;
      const exact = exactRaceProbability(q, z, premined, giveUp);
      const se = Math.sqrt((exact * (1 - exact)) / trials);
      expect(Math.abs(measured - exact)).toBeLessThan(4 * se);
      expect(Math.abs(exactRaceProbability(q, z, premined) - exact)).toBeLessThan(1e-5);
      if (premined === 0)
        expect(Math.abs(measured - whitepaperProbability(q, z))).toBeGreaterThan(8 * se);
    }
  });

  it('loses success probability when the attacker gives up, less the later it gives up', () => {
    const patient = exactRaceProbability(0.3, 3);
    const g5 = exactRaceProbability(0.3, 3, 0, 5);
    const g10 = exactRaceProbability(0.3, 3, 0, 10);
    expect(g5).toBeLessThan(g10);
    expect(g10).toBeLessThan(patient);
    // Giving up one block behind: only a tie at shipping (K = 3) plays on, and its next block
    // decides (q); K >= 4 has won at shipping. NB(k) = C(k + 2, k) p^3 q^k.
    const nb = (k: number) => [1, 3, 6, 10][k]! * 0.7 ** 3 * 0.3 ** k;
    const tail = 1 - nb(0) - nb(1) - nb(2) - nb(3);
    expect(exactRaceProbability(0.3, 3, 0, 1)).toBeCloseTo(nb(3) * 0.3 + tail, 12);
  });

  it('refuses bad arguments by name', () => {
    expect(() => exactRaceProbability(1, 1)).toThrow(/q must be/);
    expect(() => exactRaceProbability(0.1, 1, -1)).toThrow(/premined must be/);
    expect(() => exactRaceProbability(0.1, 1, 0, 0)).toThrow(/giveUp must be/);
  });
});

describe('chooseGiveUpDeficit', () => {
  it('picks the smallest deficit that loses less than the tolerance', () => {
    for (const [q, z, premined] of [
      [0.1, 1, 0],
      [0.3, 6, 0],
      [0.4, 2, 1],
    ] as const) {
      const tolerance = 1e-4;
      const g = chooseGiveUpDeficit(q, z, premined, tolerance);
      const patient = exactRaceProbability(q, z, premined);
      expect(patient - exactRaceProbability(q, z, premined, g)).toBeLessThanOrEqual(tolerance);
      if (g > 1)
        expect(patient - exactRaceProbability(q, z, premined, g - 1)).toBeGreaterThan(tolerance);
    }
  });

  it('grows as the attacker gets closer to half the hash power', () => {
    expect(chooseGiveUpDeficit(0.1, 3, 0, 1e-4)).toBeLessThan(chooseGiveUpDeficit(0.3, 3, 0, 1e-4));
    expect(chooseGiveUpDeficit(0.3, 3, 0, 1e-4)).toBeLessThan(
      chooseGiveUpDeficit(0.45, 3, 0, 1e-4),
    );
  });

  it('refuses a majority attacker, who never needs to give up', () => {
    expect(() => chooseGiveUpDeficit(0.5, 3, 0, 1e-4)).toThrow(/below 0.5/);
  });
});

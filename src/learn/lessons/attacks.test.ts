import { describe, expect, it } from 'vitest';
import { doneSteps } from '../lesson';
import { ATTACKS_START, ATTACKS_STEPS, BATCH, addRace, attacksFromData, attacksToData, raceSeed, setConfirmations, setShare, tallies } from './attacks';
import { DoubleSpendRace } from './race';

function race(seed: string, n: number, q: number, z: number) {
  const s = new DoubleSpendRace(raceSeed(seed, n), q / 100, z).run();
  return { q, z, won: s.outcome === 'won', honest: s.honest, attacker: s.attacker };
}

describe('lesson 10: attacks', () => {
  it('ticks a lost race, a won race and a batch, tallied against the whitepaper', () => {
    let s = setConfirmations(setShare(ATTACKS_START, 10), 2);
    s = addRace(s, race('lesson', 1, 10, 2));
    expect(doneSteps(ATTACKS_STEPS, s)).toEqual(['race-lost']);
    s = addRace(s, race('lesson', 2, 80, 1));
    expect(doneSteps(ATTACKS_STEPS, s)).toEqual(['race-lost', 'race-won']);
    for (let n = 3; n < 3 + BATCH; n++) s = addRace(s, { q: 30, z: 1, won: n % 3 === 0, honest: 3, attacker: 1 });
    expect(doneSteps(ATTACKS_STEPS, s)).toEqual(['race-lost', 'race-won', 'many-races']);
    const t = tallies(s).find((x) => x.q === 30)!;
    expect(t).toMatchObject({ races: BATCH, z: 1 });
    // 1 - e^-λ (1 - q/p) with λ = q/p = 3/7: 1 - 0.65144 × 4/7 = 0.62775
    expect(t.whitepaper).toBeCloseTo(0.62775, 4);
  });

  it('refuses shares and confirmations out of range, naming them; shares its state', () => {
    expect(() => setShare(ATTACKS_START, 100)).toThrow(/from 5 to 95/);
    expect(() => setConfirmations(ATTACKS_START, 0)).toThrow(/1 to 6 confirmations/);
    const s = addRace(ATTACKS_START, { q: 10, z: 2, won: false, honest: 7, attacker: 1 });
    expect(attacksFromData(JSON.parse(JSON.stringify(attacksToData(s))))).toEqual(s);
    expect(() => attacksFromData({ ...attacksToData(s), races: [{ q: 10, z: 2, won: 'yes', honest: 1, attacker: 1 }] })).toThrow(/won must be true or false/);
  });
});

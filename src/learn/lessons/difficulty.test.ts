import { describe, expect, it } from 'vitest';
import { bitsToTarget, mineTemplate } from '../../core/index';
import { doneSteps } from '../lesson';
import {
  DIFFICULTY_START, DIFFICULTY_STEPS, RETARGET_EXPECTED, addRun, bitsForZeroBits, difficultyFromData, difficultyTemplate, difficultyToData, retarget,
  setZeroBits, targetFacts, tryRetarget,
} from './difficulty';

function mined(zeroBits: number) {
  const m = mineTemplate(difficultyTemplate(zeroBits))!;
  return { zeroBits, nonce: m.block.header.nonce, hashes: m.hashes, ms: 5 };
}

describe('lesson 8: mining and difficulty', () => {
  it('turns n zero bits into compact bits and expected tries (16 bits = the classroom target 0x1f00ffff)', () => {
    expect(bitsForZeroBits(16)).toBe(0x1f00ffff);
    expect(bitsForZeroBits(32)).toBe(0x1d00ffff); // Bitcoin's easiest target
    for (const n of [8, 12, 16, 20, 24]) {
      const f = targetFacts(n);
      expect(f.target.startsWith('0'.repeat(Math.floor(n / 4)))).toBe(true);
      expect(bitsToTarget(f.bits) < 1n << BigInt(256 - n)).toBe(true);
      expect(f.expectedHashes / 2 ** n).toBeGreaterThan(0.99);
      expect(f.expectedHashes / 2 ** n).toBeLessThan(1.01);
    }
  });

  it('retargets like core: too fast -> harder, too slow -> easier, clamped at 4x', () => {
    expect(RETARGET_EXPECTED).toBe(200);
    expect(retarget(200).difficultyFactor).toBeCloseTo(1, 2);
    expect(retarget(100).difficultyFactor).toBeCloseTo(2, 2);
    expect(retarget(400).difficultyFactor).toBeCloseTo(0.5, 2);
    expect(retarget(10)).toMatchObject({ clampedSeconds: 50 });
    expect(retarget(10).difficultyFactor).toBeCloseTo(4, 2);
    expect(retarget(5000).difficultyFactor).toBeCloseTo(0.25, 2);
    expect(() => retarget(0)).toThrow(/from 1 to 100,000/);
  });

  it('ticks mining easy, mining harder and trying a retarget both ways', () => {
    let s = DIFFICULTY_START;
    s = addRun(s, mined(12));
    expect(doneSteps(DIFFICULTY_STEPS, s)).toEqual(['mine-easy']);
    s = addRun(s, mined(20));
    expect(doneSteps(DIFFICULTY_STEPS, s)).toEqual(['mine-easy', 'mine-harder']);
    s = tryRetarget(s, 100);
    expect(doneSteps(DIFFICULTY_STEPS, s)).not.toContain('retarget');
    s = tryRetarget(s, 300);
    expect(doneSteps(DIFFICULTY_STEPS, s)).toContain('retarget');
    expect(difficultyFromData(JSON.parse(JSON.stringify(difficultyToData(s))))).toEqual(s);
  });

  it('refuses a run whose nonce misses the target and a difficulty out of range, by name', () => {
    const run = mined(12);
    expect(() => addRun(DIFFICULTY_START, { ...run, nonce: run.nonce + 1 })).toThrow(/does not meet the target of 12 zero bits/);
    expect(() => setZeroBits(DIFFICULTY_START, 40)).toThrow(/from 8 to 28/);
  });
});

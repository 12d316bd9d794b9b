import { describe, expect, it } from 'vitest';
import { SeededRng } from './rng';

/** sfc32 exactly as published in PractRand / bryc's JavaScript PRNG collection, for cross-checking. */
function referenceSfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

describe('SeededRng', () => {
  it('is sfc32: the same outputs as the reference from the same state', () => {
    const rng = SeededRng.fromState([0x9e3779b9, 0x243f6a88, 0xb7e15162, 1]);
    const ref = referenceSfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, 1);
    for (let i = 0; i < 1000; i++) expect(rng.nextUint32()).toBe(ref());
  });

  it('replays from a seed and from a saved state', () => {
    const a = SeededRng.fromSeed('classroom');
    const b = SeededRng.fromSeed('classroom');
    const xs = Array.from({ length: 50 }, () => a.nextUint32());
    expect(Array.from({ length: 50 }, () => b.nextUint32())).toEqual(xs);
    const saved = JSON.parse(JSON.stringify(a.state()));
    const c = SeededRng.fromState(saved);
    expect(Array.from({ length: 20 }, () => c.next())).toEqual(Array.from({ length: 20 }, () => a.next()));
  });

  it('gives different sequences for different seeds and streams', () => {
    const first = (r: SeededRng) => Array.from({ length: 4 }, () => r.nextUint32());
    expect(first(SeededRng.fromSeed('a'))).not.toEqual(first(SeededRng.fromSeed('b')));
    expect(first(SeededRng.fromSeed('a', 'links'))).not.toEqual(first(SeededRng.fromSeed('a', 'mining')));
  });

  it('draws with the right distributions', () => {
    const r = SeededRng.fromSeed('stats');
    const n = 20_000;
    let sum = 0;
    let expSum = 0;
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
      expSum += r.exponential(10);
      counts[r.int(3)]!++;
    }
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(expSum / n).toBeGreaterThan(9.6);
    expect(expSum / n).toBeLessThan(10.4);
    for (const c of counts) expect(Math.abs(c / n - 1 / 3)).toBeLessThan(0.02);
    const picks = { a: 0, b: 0 };
    for (let i = 0; i < n; i++) picks[r.pickWeighted(['a', 'b'] as const, (x) => (x === 'a' ? 3 : 1))]++;
    expect(picks.a / n).toBeGreaterThan(0.73);
    expect(picks.a / n).toBeLessThan(0.77);
  });

  it('chance(0) and chance(1) consume no draws', () => {
    const r = SeededRng.fromSeed('x');
    const before = r.state();
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
    expect(r.state()).toEqual(before);
  });

  it('refuses bad arguments, naming them', () => {
    expect(() => SeededRng.fromState([1, 2, 3] as never)).toThrow(/state/);
    expect(() => SeededRng.fromSeed(5 as never)).toThrow(TypeError);
    const r = SeededRng.fromSeed('x');
    expect(() => r.int(0)).toThrow(/n must/);
    expect(() => r.exponential(-1)).toThrow(/mean/);
    expect(() => r.chance(2)).toThrow(/p must/);
    expect(() => r.pickWeighted([1, 2], () => 0)).toThrow(/positive weight/);
  });
});

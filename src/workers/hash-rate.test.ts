/** The smoothed hash rate follows the real rate and forgets at a rate set by time, not by sample count. */
import { describe, expect, it } from 'vitest';
import { HashRateMeter } from './hash-rate';

describe('HashRateMeter', () => {
  it('reads a steady rate exactly, whatever the sample spacing', () => {
    for (const every of [5, 20, 100]) {
      const m = new HashRateMeter(0);
      for (let t = every; t <= 2000; t += every) m.record(2_000 * every, t); // 2 M hashes/s
      expect(m.rate).toBeCloseTo(2_000_000, -1);
      expect(m.total).toBe(2_000 * 2000);
    }
  });

  it('after a step it moves about 63% of the way in one time constant, independent of the chunk length', () => {
    const after = (every: number) => {
      const m = new HashRateMeter(0, 1000);
      for (let t = every; t <= 1000; t += every) m.record(1_000 * every, t); // 1 M/s
      for (let t = 1000 + every; t <= 2000; t += every) m.record(3_000 * every, t); // then 3 M/s
      return m.rate;
    };
    const expected = 1e6 + (1 - Math.exp(-1)) * 2e6;
    expect(after(10)).toBeCloseTo(expected, -4);
    expect(after(50)).toBeCloseTo(expected, -4);
  });

  it('samples at the same instant are folded into the next one', () => {
    const m = new HashRateMeter(0);
    m.record(500, 0);
    m.record(500, 1); // 1000 hashes in 1 ms
    expect(m.rate).toBe(1_000_000);
  });

  it('resume() skips an idle gap instead of reading it as a slowdown', () => {
    const m = new HashRateMeter(0);
    m.record(1000, 1);
    m.resume(10_000);
    m.record(1000, 10_001);
    expect(m.rate).toBe(1_000_000);
  });
});

/** The nonce space is shared without overlap or gap, for any number of workers and any chunk sizes. */
import { describe, expect, it } from 'vitest';
import { NonceSpace, sliceNonceSpace, type NonceRange } from './nonce-slices';

const SPACE = 0x1_0000_0000;

/** Asserts the ranges tile [0, space) exactly: sorted, each starting where the previous ended. */
function expectExactCover(ranges: readonly NonceRange[], space: number): void {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  let at = 0;
  for (const r of sorted) {
    expect(r.from, 'gap or overlap').toBe(at);
    expect(r.to).toBeGreaterThan(r.from);
    at = r.to;
  }
  expect(at).toBe(space);
}

function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

describe('sliceNonceSpace', () => {
  it.each([1, 2, 3, 4, 5, 7, 8, 16, 63])('splits [0, 2^32) into %i contiguous slices of near-equal size', (parts) => {
    const slices = sliceNonceSpace(SPACE, parts);
    expect(slices).toHaveLength(parts);
    expectExactCover(slices, SPACE);
    const sizes = slices.map((s) => s.to - s.from);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives empty slices when there are more parts than nonces', () => {
    const slices = sliceNonceSpace(3, 5);
    expect(slices.map((s) => s.to - s.from)).toEqual([1, 1, 1, 0, 0]);
    expectExactCover(slices.filter((s) => s.to > s.from), 3);
  });

  it.each([
    [0, 1],
    [SPACE + 1, 1],
    [1.5, 1],
    [10, 0],
    [10, 2.5],
  ])('refuses space %d with %d parts', (space, parts) => {
    expect(() => sliceNonceSpace(space, parts)).toThrow(RangeError);
  });
});

describe('NonceSpace hands out every nonce exactly once', () => {
  it.each([1, 2, 3, 4, 8])('with %i workers taking random chunk sizes from a random worker each time', (workers) => {
    const next = prng(workers * 7919);
    const space = new NonceSpace(100_003, workers);
    const taken: NonceRange[] = [];
    for (;;) {
      const r = space.take(next() % workers, 1 + (next() % 5000));
      if (r === null) break;
      taken.push(r);
    }
    expectExactCover(taken, 100_003);
    expect(space.remaining).toBe(0);
    for (let w = 0; w < workers; w++) expect(space.take(w, 10)).toBeNull();
  });

  it.each([1, 2, 3, 7])('covers the full 2^32 space with %i workers', (workers) => {
    const next = prng(workers);
    const space = new NonceSpace(SPACE, workers);
    const taken: NonceRange[] = [];
    for (let r = space.take(0, 1 << 24); r !== null; r = space.take(next() % workers, (1 << 22) + (next() % (1 << 24)))) {
      taken.push(r);
    }
    expectExactCover(taken, SPACE);
  });

  it('each worker starts in its own slice', () => {
    const space = new NonceSpace(SPACE, 4);
    expect([0, 1, 2, 3].map((w) => space.take(w, 100)!.from)).toEqual([0, 1 << 30, 2 ** 31, 3 * (1 << 30)]);
  });

  it('a worker that joins later (or has nothing left) steals the upper half of the largest slice', () => {
    const space = new NonceSpace(1000, 2); // slices [0, 500) and [500, 1000)
    expect(space.take(0, 100)).toEqual({ from: 0, to: 100 });
    expect(space.take(2, 50)).toEqual({ from: 750, to: 800 }); // a third worker: half of [500, 1000)
    expect(space.take(1, 1000)).toEqual({ from: 500, to: 750 });
    // Worker 1 is dry: it steals half of worker 0's [100, 500).
    expect(space.take(1, 10)).toEqual({ from: 300, to: 310 });
  });

  it('a slice within one chunk is taken whole rather than split', () => {
    const space = new NonceSpace(10, 2); // [0, 5) and [5, 10)
    expect(space.take(0, 5)).toEqual({ from: 0, to: 5 });
    expect(space.take(0, 8)).toEqual({ from: 5, to: 10 });
    expect(space.take(1, 8)).toBeNull();
  });

  it('refuses a negative owner and an empty chunk', () => {
    const space = new NonceSpace(10, 1);
    expect(() => space.take(-1, 5)).toThrow(/owner/);
    expect(() => space.take(0, 0)).toThrow(/size/);
    expect(space.remaining).toBe(10);
  });
});

import { describe, expect, it } from 'vitest';
import { IDENTITY, SCALE_EXTENT, clampScale, scaleAbout } from './view-transform';

describe('scaleAbout', () => {
  it('keeps the screen point under the zoom where it was', () => {
    const t = { x: -120, y: 30, k: 0.8 };
    const at: [number, number] = [400, 0];
    const next = scaleAbout(t, 1.4, at);
    expect(next.k).toBeCloseTo(1.12);
    // The layout point under `at` before is under `at` after.
    const layoutX = (at[0] - t.x) / t.k;
    expect(layoutX * next.k + next.x).toBeCloseTo(at[0]);
    expect(((at[1] - t.y) / t.k) * next.k + next.y).toBeCloseTo(at[1]);
  });

  it('stops at the ends of the scale range and then does not move', () => {
    const max = { x: -50, y: 0, k: SCALE_EXTENT[1] };
    expect(scaleAbout(max, 1.4, [300, 0])).toEqual(max);
    expect(scaleAbout(IDENTITY, 1e-6, [0, 0]).k).toBe(SCALE_EXTENT[0]);
  });

  it('zooming in and back out returns to the same transform', () => {
    const t = { x: 10, y: -20, k: 1 };
    const back = scaleAbout(scaleAbout(t, 1.4, [500, 0]), 1 / 1.4, [500, 0]);
    expect(back.x).toBeCloseTo(t.x);
    expect(back.y).toBeCloseTo(t.y);
    expect(back.k).toBeCloseTo(t.k);
  });

  it('refuses a factor or a point that is not a finite positive number, naming it', () => {
    expect(() => scaleAbout(IDENTITY, 0, [0, 0])).toThrow(/factor must be a positive number, got 0/);
    expect(() => scaleAbout(IDENTITY, Number.NaN, [0, 0])).toThrow(/factor/);
    expect(() => scaleAbout(IDENTITY, 2, [Number.POSITIVE_INFINITY, 0])).toThrow(/at must be two finite numbers/);
  });
});

describe('clampScale', () => {
  it('keeps a scale inside the range and refuses one that is not positive', () => {
    expect(clampScale(1)).toBe(1);
    expect(clampScale(100)).toBe(SCALE_EXTENT[1]);
    expect(clampScale(0.001)).toBe(SCALE_EXTENT[0]);
    expect(() => clampScale(-1)).toThrow(/k must be a positive number, got -1/);
  });
});

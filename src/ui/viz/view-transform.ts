/**
 * The chain picture's pan and zoom as plain numbers: a transform (translate x, y,
 * then scale k, as d3-zoom's) and the moves the buttons and the tip-following make.
 * The buttons need no gesture library, so d3-zoom loads only when a pointer, a
 * wheel or a touch comes to the picture (chain-gestures.ts); both sides keep to
 * the same scale range.
 */

export interface ViewTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** How far the picture zooms out (whole long chains) and in (readable boxes on a projector). */
export const SCALE_EXTENT: readonly [number, number] = [0.08, 2.5];

export const IDENTITY: ViewTransform = Object.freeze({ x: 0, y: 0, k: 1 });

/** `k` kept inside SCALE_EXTENT. */
export function clampScale(k: number): number {
  if (!Number.isFinite(k) || k <= 0) throw new RangeError(`k must be a positive number, got ${k}`);
  return Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], k));
}

/**
 * The transform scaled by `factor` about the screen point `at`, which stays where
 * it is on screen (d3-zoom's scaleBy with no translate extent); the scale stops
 * at SCALE_EXTENT's ends.
 */
export function scaleAbout(t: ViewTransform, factor: number, at: readonly [number, number]): ViewTransform {
  if (!Number.isFinite(factor) || factor <= 0) throw new RangeError(`factor must be a positive number, got ${factor}`);
  const [px, py] = at;
  if (!Number.isFinite(px) || !Number.isFinite(py)) throw new RangeError(`at must be two finite numbers, got [${px}, ${py}]`);
  const k = clampScale(t.k * factor);
  const ratio = k / t.k;
  return { x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio, k };
}

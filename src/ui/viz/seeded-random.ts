/**
 * A small seeded generator (mulberry32) so force layouts and generated test
 * data come out the same on every run: screenshots and e2e tests depend on it
 * (DESIGN.md: "Randomness ... comes from a seeded generator").
 */

/** Returns a function yielding floats in [0, 1), fully determined by `seed`. */
export function seededRandom(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new TypeError(`seed must be a finite number, got ${String(seed)}`);
  let state = Math.floor(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

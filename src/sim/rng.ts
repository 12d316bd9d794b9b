/**
 * Seeded randomness for the simulation: every random choice (latency jitter,
 * message loss, block discovery times, which miner finds a block, demo wallets)
 * comes from one of these generators, so a seed and a sequence of actions
 * replay byte for byte.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * from PractRand; passes PractRand and BigCrush), 128 bits of state in four
 * uint32 words, which makes its state trivially serialisable. It is seeded from
 * SHA-256 of a domain tag, the seed string and a stream name, and the first 15
 * outputs are discarded as PractRand's reference seeding does. Separate streams
 * ("links", "mining", ...) keep one kind of choice from shifting another: adding
 * a transaction changes message jitter draws, not the block discovery schedule.
 *
 * Not for keys or anything secret: it is predictable by design.
 */
import { concatBytes, sha256, utf8 } from '../core/index';

/** The four uint32 words of an sfc32 state, as stored in a network config. */
export type RngState = readonly [number, number, number, number];

const TWO_32 = 0x1_0000_0000;

export class SeededRng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(state: RngState) {
    [this.a, this.b, this.c, this.d] = state.map((w) => w >>> 0) as [number, number, number, number];
  }

  /** A generator for `stream` of `seed` (any string, e.g. "classroom-3"). */
  static fromSeed(seed: string, stream = 'main'): SeededRng {
    if (typeof seed !== 'string') throw new TypeError('seed must be a string');
    if (typeof stream !== 'string') throw new TypeError('stream must be a string');
    const digest = sha256(concatBytes(utf8('pocket-chain/rng/'), utf8(seed), new Uint8Array([0]), utf8(stream)));
    const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
    const rng = new SeededRng([view.getUint32(0, true), view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true)]);
    for (let i = 0; i < 15; i++) rng.nextUint32();
    return rng;
  }

  /** A generator continuing from a saved state (see `state()`). */
  static fromState(state: RngState): SeededRng {
    if (!Array.isArray(state) || state.length !== 4 || !state.every((w) => Number.isInteger(w) && w >= 0 && w < TWO_32)) {
      throw new TypeError('state must be an array of four uint32 integers');
    }
    return new SeededRng(state);
  }

  /** The current state: plain JSON, restores with fromState. */
  state(): RngState {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }

  /** A uniform uint32 (one sfc32 step). */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / TWO_32;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A uniform integer in [0, n), without modulo bias (rejection sampling). */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > TWO_32) throw new RangeError(`n must be an integer from 1 to 2^32, got ${n}`);
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  /** True with probability p (no draw is made when p is 0 or 1, so such settings consume nothing). */
  chance(p: number): boolean {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be a probability in [0, 1], got ${p}`);
    if (p === 0) return false;
    if (p === 1) return true;
    return this.next() < p;
  }

  /** An exponential variate with the given mean (inversion: -mean * ln(1 - U)). */
  exponential(mean: number): number {
    if (!(mean > 0) || !Number.isFinite(mean)) throw new RangeError(`mean must be a positive finite number, got ${mean}`);
    return -mean * Math.log(1 - this.next());
  }

  /** One item chosen with probability proportional to its weight (weights >= 0, at least one > 0). */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) {
      const w = weight(item);
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weights must be finite and non-negative, got ${w}`);
      total += w;
    }
    if (!(total > 0)) throw new RangeError('pickWeighted needs at least one positive weight');
    let x = this.next() * total;
    for (const item of items) {
      x -= weight(item);
      if (x < 0) return item;
    }
    // Rounding can leave x at a hair above zero: the last positive-weight item takes it.
    for (let i = items.length - 1; i >= 0; i--) if (weight(items[i]!) > 0) return items[i]!;
    throw new Error('unreachable');
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick needs a non-empty array');
    return items[this.int(items.length)]!;
  }
}

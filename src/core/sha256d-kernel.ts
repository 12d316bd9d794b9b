/**
 * A SHA-256d proof-of-work kernel written for one job: trying nonces on one
 * 80-byte block header. Bit-exact with sha256(sha256(header)) (FIPS 180-4),
 * about ten times faster than hashing the header from scratch per nonce:
 *
 *  - the header's first 64 bytes are one SHA-256 block that no nonce touches:
 *    its compression (the "midstate") is computed once per template;
 *  - the second block is header bytes 64..79 (end of the merkle root, time,
 *    bits, nonce) plus fixed padding (0x80, zeros, length 640 bits): only word 3,
 *    the nonce, changes, so rounds 0..2 and schedule words 16 and 17 are
 *    computed once too;
 *  - the second SHA-256 hashes 32 bytes: its padding words 8..15 are constants;
 *  - the block hash compares as a little-endian 256-bit number, so its most
 *    significant 32 bits are hash bytes 28..31 = state word H7 byte-swapped.
 *    H7 = IV7 + (the `e` register after round 60), so rounds 61..63 only run
 *    for the rare nonce whose top word ties the target's top word; all others
 *    are decided (rejected, or accepted when strictly below) after round 60.
 *
 * Every function is a short loop over typed arrays of int32 so that V8's
 * optimising compiler takes it (one giant unrolled function is left to the
 * interpreter and runs ~80x slower; bench/mining.bench.ts checks the speed).
 *
 * Pure: no DOM, runs in Node, the page and workers.
 */
import { checkNonceRange, type RangeResult } from './nonce-range';

/** FIPS 180-4 §4.2.2: first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// prettier-ignore
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** FIPS 180-4 §5.3.3: the initial hash value H(0). */
// prettier-ignore
const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/** Rounds after which register `e` already equals the final H7 - IV7 (h after 64 rounds = g after 63 = f after 62 = e after 61). */
const EARLY_ROUNDS = 61;
/** Rounds run in full before `eAfterRound60` (the `a` of later rounds never reaches that `e`). */
const FULL_ROUNDS = 57;
const TWO_256 = 1n << 256n;

/**
 * Runs SHA-256 rounds [first, last) on `state` (a..h as int32), reading the
 * schedule words from `w` (FIPS 180-4 §6.2.2 step 3). Resumable: the state
 * holds all eight registers. Rounds up to the first multiple of 8 and after
 * the last one run one at a time; the middle runs eight per iteration with the
 * register names rotated instead of moving eight values every round.
 * Σ0, Σ1, Ch and Maj are written out (Ch as g ^ (e & (f ^ g)), Maj as
 * (a & b) | (c & (a | b)), one operation fewer each) because V8's inlining
 * budget does not cover 32 helper calls per iteration.
 */
// prettier-ignore
function rounds(state: Int32Array, w: Int32Array, first: number, last: number): void {
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  let t = first;
  for (; t < last && (t & 7) !== 0; t++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0;
    d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  for (const alignedEnd = last & ~7; t < alignedEnd; t += 8) {
    h = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t + 0]! + w[t + 0]!) | 0;
    d = (d + h) | 0;
    h = (h + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    g = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[t + 1]! + w[t + 1]!) | 0;
    c = (c + g) | 0;
    g = (g + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0;
    f = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[t + 2]! + w[t + 2]!) | 0;
    b = (b + f) | 0;
    f = (f + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0;
    e = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[t + 3]! + w[t + 3]!) | 0;
    a = (a + e) | 0;
    e = (e + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0;
    d = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[t + 4]! + w[t + 4]!) | 0;
    h = (h + d) | 0;
    d = (d + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0;
    c = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[t + 5]! + w[t + 5]!) | 0;
    g = (g + c) | 0;
    c = (c + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0;
    b = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[t + 6]! + w[t + 6]!) | 0;
    f = (f + b) | 0;
    b = (b + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0;
    a = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[t + 7]! + w[t + 7]!) | 0;
    e = (e + a) | 0;
    a = (a + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0;
  }
  for (; t < last; t++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0;
    const t2 = ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0;
    d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  state[0] = a; state[1] = b; state[2] = c; state[3] = d;
  state[4] = e; state[5] = f; state[6] = g; state[7] = h;
}

/**
 * Rounds 57..60 computing only what `e` after round 60 depends on: `e` of
 * round t reads `d`, which is the `a` produced by round t - 4, so the `a` of
 * rounds 57..60 (Σ0 and Maj) is never needed. Returns that `e`.
 */
// prettier-ignore
function eAfterRound60(state: Int32Array, w: Int32Array): number {
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let t = FULL_ROUNDS; t < EARLY_ROUNDS; t++) {
    const t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[t]! + w[t]!) | 0;
    h = g; g = f; f = e;
    // d entering round t is the d, c, b, a left by round 56 in turn.
    e = (state[60 - t]! + t1) | 0;
  }
  return e;
}

/** Extends the message schedule: w[t] for t in [first, last) (FIPS 180-4 §6.2.2 step 1). */
function expand(w: Int32Array, first: number, last: number): void {
  for (let t = first; t < last; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = (s1 + w[t - 7]! + s0 + w[t - 16]!) | 0;
  }
}

/** Reverses the byte order of a 32-bit word (the nonce is little-endian in the header, SHA-256 reads big-endian). */
function byteSwap(x: number): number {
  return (x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);
}

/** Big-endian 32-bit word at `at`. */
function readWord(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

/** state += add, word by word (the Davies-Meyer feed-forward), into `out`. */
function feedForward(out: Int32Array, state: Int32Array, add: Int32Array): void {
  for (let i = 0; i < 8; i++) out[i] = (state[i]! + add[i]!) | 0;
}

/** The target as eight unsigned words, most significant first. */
export function targetWords(target: bigint): Uint32Array {
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i++) words[i] = Number((target >> BigInt(224 - 32 * i)) & 0xffffffffn);
  return words;
}

export interface Sha256dKernel {
  /**
   * Tries nonces from `from` (inclusive) to `to` (exclusive), in order; the
   * same contract as core's `mineRange`: the first nonce whose SHA-256d is at
   * or below the target, and how many hashes were computed.
   */
  scan(from: number, to: number): RangeResult;
  /** The full SHA-256d of the header with this nonce, internal byte order (what sha256d returns). */
  hashAt(nonce: number): Uint8Array;
}

function checkHeader(header: Uint8Array): void {
  if (!(header instanceof Uint8Array)) throw new TypeError('header must be a Uint8Array');
  if (header.length !== 80) throw new TypeError(`header must be 80 bytes, got ${header.length}`);
}

function checkTarget(target: bigint): void {
  if (typeof target !== 'bigint') throw new TypeError('target must be a bigint');
  if (target < 0n || target >= TWO_256) throw new RangeError('target must lie within [0, 2^256)');
}

/** The SHA-256 state after the header's first 64-byte block (the midstate), as unsigned words. */
export function headerMidstate(header80: Uint8Array): Uint32Array {
  checkHeader(header80);
  const block1 = new Int32Array(64);
  for (let i = 0; i < 16; i++) block1[i] = readWord(header80, 4 * i);
  expand(block1, 16, 64);
  const midstate = Int32Array.from(IV);
  rounds(midstate, block1, 0, 64);
  feedForward(midstate, midstate, IV);
  return new Uint32Array(midstate.buffer);
}

/**
 * Prepares the per-template work for one header and target (midstate, fixed
 * schedule words, the state after rounds 0..2) and returns the nonce scanner.
 * The header bytes are copied: later changes to `header80` do not affect it.
 */
export function createKernel(header80: Uint8Array, target: bigint): Sha256dKernel {
  checkHeader(header80);
  checkTarget(target);
  const targetTop = targetWords(target);
  const topWord = targetTop[0]!;

  const midstate = new Int32Array(headerMidstate(header80).buffer);

  // Second block: words 0..2 from the header, 3 = nonce, then padding for an 80-byte message.
  const w1 = new Int32Array(64);
  for (let i = 0; i < 3; i++) w1[i] = readWord(header80, 64 + 4 * i);
  w1[4] = 0x80000000 | 0;
  w1[15] = 80 * 8;
  expand(w1, 16, 18); // w16, w17 do not read w3 (the nonce)
  const afterRound2 = Int32Array.from(midstate);
  rounds(afterRound2, w1, 0, 3);

  // Second hash: 32 bytes of the first hash, then padding for a 32-byte message.
  const w2 = new Int32Array(64);
  w2[8] = 0x80000000 | 0;
  w2[15] = 32 * 8;

  const state1 = new Int32Array(8);
  const state2 = new Int32Array(8);

  /** Both compressions up to the point where H7 of the final hash is known; returns H7. */
  function hashToRound60(nonce: number): number {
    w1[3] = byteSwap(nonce);
    expand(w1, 18, 64);
    state1.set(afterRound2);
    rounds(state1, w1, 3, 64);
    feedForward(w2, state1, midstate);
    expand(w2, 16, EARLY_ROUNDS);
    state2.set(IV);
    rounds(state2, w2, 0, FULL_ROUNDS);
    return (eAfterRound60(state2, w2) + IV[7]!) | 0;
  }

  /** After hashToRound60: the complete second compression, H0..H7 of the final hash into state2. */
  function finish(): void {
    expand(w2, EARLY_ROUNDS, 64);
    state2.set(IV);
    rounds(state2, w2, 0, 64);
    feedForward(state2, state2, IV);
  }

  /** Exact hash <= target once the top words tie: compare the remaining words, most significant first. */
  function tieMeetsTarget(): boolean {
    finish();
    for (let i = 1; i < 8; i++) {
      const word = byteSwap(state2[7 - i]!) >>> 0;
      if (word !== targetTop[i]!) return word < targetTop[i]!;
    }
    return true;
  }

  function scan(from: number, to: number): RangeResult {
    checkNonceRange(from, to);
    for (let nonce = from; nonce < to; nonce++) {
      const top = byteSwap(hashToRound60(nonce)) >>> 0;
      if (top > topWord) continue;
      if (top < topWord || tieMeetsTarget()) return { nonce, hashes: nonce - from + 1 };
    }
    return { nonce: null, hashes: to - from };
  }

  function hashAt(nonce: number): Uint8Array {
    checkNonceRange(nonce, nonce + 1);
    hashToRound60(nonce);
    finish();
    const out = new Uint8Array(32);
    for (let i = 0; i < 8; i++) {
      const word = state2[i]!;
      out[4 * i] = word >>> 24;
      out[4 * i + 1] = word >>> 16;
      out[4 * i + 2] = word >>> 8;
      out[4 * i + 3] = word;
    }
    return out;
  }

  return { scan, hashAt };
}

/** Drop-in for core's `mineRange` using the kernel (same arguments, checks and result). */
export function mineRangeFast(header: Uint8Array, target: bigint, from: number, to: number): RangeResult {
  checkNonceRange(from, to);
  return createKernel(header, target).scan(from, to);
}

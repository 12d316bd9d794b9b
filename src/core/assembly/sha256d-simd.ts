/**
 * SHA-256d proof-of-work kernel in AssemblyScript with 128-bit WebAssembly
 * SIMD: eight nonces per step, as two interleaved groups of four lanes
 * ("lo" = nonces base..base+3, "hi" = base+4..base+7), so the CPU always has
 * two independent dependency chains to overlap. Compiled to .wasm by
 * scripts/assemblyscript.ts (Vite plugin and `npm run build:wasm`); wrapped
 * by src/core/sha256d-simd.ts, which is what the rest of the code calls.
 *
 * The same shortcuts as the JavaScript kernel (src/core/sha256d-kernel.ts),
 * all from FIPS 180-4 and the fixed shape of an 80-byte header:
 *  - the midstate: the header's first 64-byte block is compressed once per job;
 *  - in the second block only word 3 (the nonce) varies: rounds 0..2 and all
 *    but two additions of round 3 are computed once per job, and so are the
 *    constant parts of the message schedule (padding words are 0x80000000,
 *    zeros and the bit length, so many σ terms vanish or are constants);
 *  - the second SHA-256 hashes 32 bytes: its words 8..15 are constants too;
 *  - early reject: the block hash's most significant word is H7 byte-swapped,
 *    and H7 = IV7 + e after round 60, so the second hash stops there and the
 *    `a` half of rounds 57..60 is skipped. Lanes whose top word is at or
 *    below the target's are reported; the caller settles ties exactly.
 *
 * Memory: every buffer below is static (`memory.data`); nothing is allocated.
 * Vectors hold one 32-bit word for each of four nonces.
 */

// ---- constants (FIPS 180-4 §4.2.2 and §5.3.3) ----------------------------------
// prettier-ignore
const K: usize = memory.data<u32>([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
], 16);

// prettier-ignore
const IV: usize = memory.data<u32>([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
], 16);

/** The padding word after the message (a single 1 bit), and the bit lengths of an 80- and a 32-byte message. */
const PAD: u32 = 0x80000000;
const HEADER_BITS: u32 = 80 * 8;
const DIGEST_BITS: u32 = 32 * 8;

// ---- buffers ---------------------------------------------------------------------
const VEC: usize = 16; // bytes per v128
/** The 80-byte header, written by the caller before setJob. */
const HEADER: usize = memory.data(80, 16);
/** Top words (hash bytes 28..31 as a big-endian number) of the eight lanes of the last reported group. */
const TOPS: usize = memory.data(8 * 4, 16);

/** Per-job scalars, splatted where used: see setJob. */
const JOB: usize = memory.data(32 * 4, 16);
const MIDSTATE: usize = 0; // 8 words: the state after the header's first block
const ROUND3: usize = 8; // 8 words: the state after round 3 of the second block, without the nonce (added to a and e)
const W16: usize = 16;
const W17: usize = 17;
const W18_PART: usize = 18; // W18 = W18_PART + σ0(W3)
const W19_PART: usize = 19; // W19 = W19_PART + W3
const W31_PART: usize = 20; // W31 = σ1(W29) + W24 + W31_PART
const W32_PART: usize = 21; // W32 = σ1(W30) + W25 + W32_PART
const TARGET_TOP: usize = 22;

/** Message schedules and K[t] + W[t] per round, one set per compression and group of four lanes. */
const W1_LO: usize = memory.data(64 * 16, 16);
const W1_HI: usize = memory.data(64 * 16, 16);
const KW1_LO: usize = memory.data(64 * 16, 16);
const KW1_HI: usize = memory.data(64 * 16, 16);
const W2_LO: usize = memory.data(64 * 16, 16);
const W2_HI: usize = memory.data(64 * 16, 16);
const KW2_LO: usize = memory.data(64 * 16, 16);
const KW2_HI: usize = memory.data(64 * 16, 16);
/** Working state a..h between blocks of rounds. */
const S_LO: usize = memory.data(8 * 16, 16);
const S_HI: usize = memory.data(8 * 16, 16);

// ---- the SHA-256 functions on four lanes (FIPS 180-4 §4.1.2) ------------------------
@inline function add(x: v128, y: v128): v128 {
  return i32x4.add(x, y);
}

// WebAssembly SIMD has no rotate: a shift each way and an or.
@inline function rotv(x: v128, n: i32): v128 {
  return v128.or(i32x4.shr_u(x, n), i32x4.shl(x, 32 - n));
}

@inline function bigSigma0(a: v128): v128 {
  return v128.xor(v128.xor(rotv(a, 2), rotv(a, 13)), rotv(a, 22));
}

@inline function bigSigma1(e: v128): v128 {
  return v128.xor(v128.xor(rotv(e, 6), rotv(e, 11)), rotv(e, 25));
}

@inline function sigma0(x: v128): v128 {
  return v128.xor(v128.xor(rotv(x, 7), rotv(x, 18)), i32x4.shr_u(x, 3));
}

@inline function sigma1(x: v128): v128 {
  return v128.xor(v128.xor(rotv(x, 17), rotv(x, 19)), i32x4.shr_u(x, 10));
}

/** Ch(e, f, g): f where e has a 1 bit, else g; one bitselect. */
@inline function ch(e: v128, f: v128, g: v128): v128 {
  return v128.bitselect(f, g, e);
}

/** Maj(a, b, c): where a and b agree that bit, else c. */
@inline function maj(a: v128, b: v128, c: v128): v128 {
  return v128.bitselect(c, b, v128.xor(a, b));
}

/** T1 of a round: h + Σ1(e) + Ch(e, f, g) + K[t] + W[t], with h + K + W off the e chain. */
@inline function t1(e: v128, f: v128, g: v128, h: v128, kw: v128): v128 {
  return add(add(h, kw), add(bigSigma1(e), ch(e, f, g)));
}

/** T2 of a round: Σ0(a) + Maj(a, b, c). */
@inline function t2(a: v128, b: v128, c: v128): v128 {
  return add(bigSigma0(a), maj(a, b, c));
}

@inline function splat(word: usize): v128 {
  return v128.load32_splat(JOB + (word << 2));
}

/** The nonce is little-endian in the header; SHA-256 reads big-endian words. */
@inline function byteSwap(x: v128): v128 {
  return i8x16.shuffle(x, x, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
}

// ---- rounds ------------------------------------------------------------------------
//
// A round is three lines: T = t1(e, f, g, h, K+W); d += T; h = T + t2(a, b, c).
// The new a is then in h and the new e in d, so instead of moving eight
// registers per round the next round reads the same variables under rotated
// names (a..h become h, a, b, ..., g); after eight rounds the names line up again.

/** Rounds t..t+7 on both groups' states (S_LO, S_HI), K[t] + W[t] read from kwLo and kwHi. */
function eightRounds(kwLo: usize, kwHi: usize): void {
  let a = v128.load(S_LO, 0), b = v128.load(S_LO, 16), c = v128.load(S_LO, 32), d = v128.load(S_LO, 48);
  let e = v128.load(S_LO, 64), f = v128.load(S_LO, 80), g = v128.load(S_LO, 96), h = v128.load(S_LO, 112);
  let A = v128.load(S_HI, 0), B = v128.load(S_HI, 16), C = v128.load(S_HI, 32), D = v128.load(S_HI, 48);
  let E = v128.load(S_HI, 64), F = v128.load(S_HI, 80), G = v128.load(S_HI, 96), H = v128.load(S_HI, 112);
  let x: v128, X: v128;
  x = t1(e, f, g, h, v128.load(kwLo, 0)); X = t1(E, F, G, H, v128.load(kwHi, 0));
  d = add(d, x); D = add(D, X); h = add(x, t2(a, b, c)); H = add(X, t2(A, B, C));
  x = t1(d, e, f, g, v128.load(kwLo, 16)); X = t1(D, E, F, G, v128.load(kwHi, 16));
  c = add(c, x); C = add(C, X); g = add(x, t2(h, a, b)); G = add(X, t2(H, A, B));
  x = t1(c, d, e, f, v128.load(kwLo, 32)); X = t1(C, D, E, F, v128.load(kwHi, 32));
  b = add(b, x); B = add(B, X); f = add(x, t2(g, h, a)); F = add(X, t2(G, H, A));
  x = t1(b, c, d, e, v128.load(kwLo, 48)); X = t1(B, C, D, E, v128.load(kwHi, 48));
  a = add(a, x); A = add(A, X); e = add(x, t2(f, g, h)); E = add(X, t2(F, G, H));
  x = t1(a, b, c, d, v128.load(kwLo, 64)); X = t1(A, B, C, D, v128.load(kwHi, 64));
  h = add(h, x); H = add(H, X); d = add(x, t2(e, f, g)); D = add(X, t2(E, F, G));
  x = t1(h, a, b, c, v128.load(kwLo, 80)); X = t1(H, A, B, C, v128.load(kwHi, 80));
  g = add(g, x); G = add(G, X); c = add(x, t2(d, e, f)); C = add(X, t2(D, E, F));
  x = t1(g, h, a, b, v128.load(kwLo, 96)); X = t1(G, H, A, B, v128.load(kwHi, 96));
  f = add(f, x); F = add(F, X); b = add(x, t2(c, d, e)); B = add(X, t2(C, D, E));
  x = t1(f, g, h, a, v128.load(kwLo, 112)); X = t1(F, G, H, A, v128.load(kwHi, 112));
  e = add(e, x); E = add(E, X); a = add(x, t2(b, c, d)); A = add(X, t2(B, C, D));
  v128.store(S_LO, a, 0); v128.store(S_LO, b, 16); v128.store(S_LO, c, 32); v128.store(S_LO, d, 48);
  v128.store(S_LO, e, 64); v128.store(S_LO, f, 80); v128.store(S_LO, g, 96); v128.store(S_LO, h, 112);
  v128.store(S_HI, A, 0); v128.store(S_HI, B, 16); v128.store(S_HI, C, 32); v128.store(S_HI, D, 48);
  v128.store(S_HI, E, 64); v128.store(S_HI, F, 80); v128.store(S_HI, G, 96); v128.store(S_HI, H, 112);
}

/**
 * Rounds 4..7 of the header's second block, from the state after round 3
 * (ROUND3 plus the nonce word in a and e); the first four lines of
 * eightRounds, stored back under the names they end with.
 */
function roundsFourToSeven(w3Lo: v128, w3Hi: v128): void {
  let a = add(splat(ROUND3), w3Lo), b = splat(ROUND3 + 1), c = splat(ROUND3 + 2), d = splat(ROUND3 + 3);
  let e = add(splat(ROUND3 + 4), w3Lo), f = splat(ROUND3 + 5), g = splat(ROUND3 + 6), h = splat(ROUND3 + 7);
  let A = add(splat(ROUND3), w3Hi), B = b, C = c, D = d;
  let E = add(splat(ROUND3 + 4), w3Hi), F = f, G = g, H = h;
  let x: v128, X: v128;
  x = t1(e, f, g, h, v128.load(KW1_LO, 4 * VEC)); X = t1(E, F, G, H, v128.load(KW1_HI, 4 * VEC));
  d = add(d, x); D = add(D, X); h = add(x, t2(a, b, c)); H = add(X, t2(A, B, C));
  x = t1(d, e, f, g, v128.load(KW1_LO, 5 * VEC)); X = t1(D, E, F, G, v128.load(KW1_HI, 5 * VEC));
  c = add(c, x); C = add(C, X); g = add(x, t2(h, a, b)); G = add(X, t2(H, A, B));
  x = t1(c, d, e, f, v128.load(KW1_LO, 6 * VEC)); X = t1(C, D, E, F, v128.load(KW1_HI, 6 * VEC));
  b = add(b, x); B = add(B, X); f = add(x, t2(g, h, a)); F = add(X, t2(G, H, A));
  x = t1(b, c, d, e, v128.load(KW1_LO, 7 * VEC)); X = t1(B, C, D, E, v128.load(KW1_HI, 7 * VEC));
  a = add(a, x); A = add(A, X); e = add(x, t2(f, g, h)); E = add(X, t2(F, G, H));
  // After four rounds the new a..h are e, f, g, h, a, b, c, d.
  v128.store(S_LO, e, 0); v128.store(S_LO, f, 16); v128.store(S_LO, g, 32); v128.store(S_LO, h, 48);
  v128.store(S_LO, a, 64); v128.store(S_LO, b, 80); v128.store(S_LO, c, 96); v128.store(S_LO, d, 112);
  v128.store(S_HI, E, 0); v128.store(S_HI, F, 16); v128.store(S_HI, G, 32); v128.store(S_HI, H, 48);
  v128.store(S_HI, A, 64); v128.store(S_HI, B, 80); v128.store(S_HI, C, 96); v128.store(S_HI, D, 112);
}

/**
 * Round 56 in full, then rounds 57..60 computing only the new e (the new a of
 * those rounds never reaches e before round 61), from the state in S_LO and
 * S_HI. Returns nothing; leaves H7 - IV7 (= e after round 60) of both groups in
 * S_LO[0] and S_HI[0].
 */
function roundsToSixty(): void {
  let a = v128.load(S_LO, 0), b = v128.load(S_LO, 16), c = v128.load(S_LO, 32), d = v128.load(S_LO, 48);
  let e = v128.load(S_LO, 64), f = v128.load(S_LO, 80), g = v128.load(S_LO, 96), h = v128.load(S_LO, 112);
  let A = v128.load(S_HI, 0), B = v128.load(S_HI, 16), C = v128.load(S_HI, 32), D = v128.load(S_HI, 48);
  let E = v128.load(S_HI, 64), F = v128.load(S_HI, 80), G = v128.load(S_HI, 96), H = v128.load(S_HI, 112);
  let x: v128, X: v128;
  x = t1(e, f, g, h, v128.load(KW2_LO, 56 * VEC)); X = t1(E, F, G, H, v128.load(KW2_HI, 56 * VEC));
  d = add(d, x); D = add(D, X); h = add(x, t2(a, b, c)); H = add(X, t2(A, B, C));
  c = add(c, t1(d, e, f, g, v128.load(KW2_LO, 57 * VEC))); C = add(C, t1(D, E, F, G, v128.load(KW2_HI, 57 * VEC)));
  b = add(b, t1(c, d, e, f, v128.load(KW2_LO, 58 * VEC))); B = add(B, t1(C, D, E, F, v128.load(KW2_HI, 58 * VEC)));
  a = add(a, t1(b, c, d, e, v128.load(KW2_LO, 59 * VEC))); A = add(A, t1(B, C, D, E, v128.load(KW2_HI, 59 * VEC)));
  h = add(h, t1(a, b, c, d, v128.load(KW2_LO, 60 * VEC))); H = add(H, t1(A, B, C, D, v128.load(KW2_HI, 60 * VEC)));
  v128.store(S_LO, h, 0);
  v128.store(S_HI, H, 0);
}

// ---- message schedules (FIPS 180-4 §6.2.2 step 1) --------------------------------------
/** Stores W[t] and K[t] + W[t] for both groups. */
@inline function put(w: usize, kw: usize, t: usize, value: v128): void {
  v128.store(w + t * VEC, value);
  v128.store(kw + t * VEC, add(value, v128.load32_splat(K + (t << 2))));
}

/** W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] for t in [first, last), read from the buffer. */
@inline function expand(w: usize, kw: usize, first: usize, last: usize): void {
  for (let t = first; t < last; t++) {
    const x = add(add(sigma1(v128.load(w + (t - 2) * VEC)), v128.load(w + (t - 7) * VEC)), add(sigma0(v128.load(w + (t - 15) * VEC)), v128.load(w + (t - 16) * VEC)));
    put(w, kw, t, x);
  }
}

/**
 * The header's second block, words 16..63. Words 0..2 are the header's, 3 is
 * the nonce, 4 is PAD, 5..14 are zero and 15 is HEADER_BITS, so words 16..32
 * reduce to the per-job parts (JOB) plus the few terms that see the nonce.
 */
@inline function scheduleFirst(w: usize, kw: usize, w3: v128): void {
  const w16 = splat(W16);
  const w17 = splat(W17);
  const w18 = add(splat(W18_PART), sigma0(w3));
  const w19 = add(splat(W19_PART), w3);
  const w20 = add(sigma1(w18), i32x4.splat(PAD));
  const w21 = sigma1(w19);
  const w22 = add(sigma1(w20), i32x4.splat(HEADER_BITS));
  const w23 = add(sigma1(w21), w16);
  const w24 = add(sigma1(w22), w17);
  const w25 = add(sigma1(w23), w18);
  const w26 = add(sigma1(w24), w19);
  const w27 = add(sigma1(w25), w20);
  const w28 = add(sigma1(w26), w21);
  const w29 = add(sigma1(w27), w22);
  const w30 = add(add(sigma1(w28), w23), i32x4.splat(SIGMA0_HEADER_BITS));
  const w31 = add(add(sigma1(w29), w24), splat(W31_PART));
  const w32 = add(add(sigma1(w30), w25), splat(W32_PART));
  put(w, kw, 16, w16); put(w, kw, 17, w17); put(w, kw, 18, w18); put(w, kw, 19, w19);
  put(w, kw, 20, w20); put(w, kw, 21, w21); put(w, kw, 22, w22); put(w, kw, 23, w23);
  put(w, kw, 24, w24); put(w, kw, 25, w25); put(w, kw, 26, w26); put(w, kw, 27, w27);
  put(w, kw, 28, w28); put(w, kw, 29, w29); put(w, kw, 30, w30); put(w, kw, 31, w31);
  put(w, kw, 32, w32);
  expand(w, kw, 33, 64);
}

/**
 * The second SHA-256's block, words 16..60 (61..63 are not needed before the
 * early reject). Words 0..7 (the first hash) are in the buffer; 8 is PAD,
 * 9..14 zero and 15 DIGEST_BITS.
 */
@inline function scheduleSecond(w: usize, kw: usize): void {
  const w0 = v128.load(w, 0), w1 = v128.load(w, 16), w2 = v128.load(w, 32), w3 = v128.load(w, 48);
  const w4 = v128.load(w, 64), w5 = v128.load(w, 80), w6 = v128.load(w, 96), w7 = v128.load(w, 112);
  const w16 = add(sigma0(w1), w0);
  const w17 = add(add(sigma0(w2), w1), i32x4.splat(SIGMA1_DIGEST_BITS));
  const w18 = add(add(sigma1(w16), sigma0(w3)), w2);
  const w19 = add(add(sigma1(w17), sigma0(w4)), w3);
  const w20 = add(add(sigma1(w18), sigma0(w5)), w4);
  const w21 = add(add(sigma1(w19), sigma0(w6)), w5);
  const w22 = add(add(sigma1(w20), sigma0(w7)), add(w6, i32x4.splat(DIGEST_BITS)));
  const w23 = add(add(sigma1(w21), w16), add(w7, i32x4.splat(SIGMA0_PAD)));
  const w24 = add(add(sigma1(w22), w17), i32x4.splat(PAD));
  const w25 = add(sigma1(w23), w18);
  const w26 = add(sigma1(w24), w19);
  const w27 = add(sigma1(w25), w20);
  const w28 = add(sigma1(w26), w21);
  const w29 = add(sigma1(w27), w22);
  const w30 = add(add(sigma1(w28), w23), i32x4.splat(SIGMA0_DIGEST_BITS));
  const w31 = add(add(sigma1(w29), w24), add(sigma0(w16), i32x4.splat(DIGEST_BITS)));
  put(w, kw, 16, w16); put(w, kw, 17, w17); put(w, kw, 18, w18); put(w, kw, 19, w19);
  put(w, kw, 20, w20); put(w, kw, 21, w21); put(w, kw, 22, w22); put(w, kw, 23, w23);
  put(w, kw, 24, w24); put(w, kw, 25, w25); put(w, kw, 26, w26); put(w, kw, 27, w27);
  put(w, kw, 28, w28); put(w, kw, 29, w29); put(w, kw, 30, w30); put(w, kw, 31, w31);
  expand(w, kw, 32, 61);
}

// σ0 and σ1 of the constant padding words, as the scalar functions below compute them.
const SIGMA0_HEADER_BITS: u32 = 0x00a00055; // σ0(640)
const SIGMA0_DIGEST_BITS: u32 = 0x00400022; // σ0(256)
const SIGMA1_DIGEST_BITS: u32 = 0x00a00000; // σ1(256)
const SIGMA0_PAD: u32 = 0x11002000; // σ0(0x80000000)

// ---- one group of eight nonces ---------------------------------------------------------
/** SHA-256d of the header for nonces base..base+7 up to the early reject; true if any lane's top word is at or below the target's. */
function hashGroup(base: u32): bool {
  const nonce = i32x4.splat(base);
  const w3Lo = byteSwap(add(nonce, i32x4(0, 1, 2, 3)));
  const w3Hi = byteSwap(add(nonce, i32x4(4, 5, 6, 7)));

  // First SHA-256, second block of the header (the first is the midstate).
  scheduleFirst(W1_LO, KW1_LO, w3Lo);
  scheduleFirst(W1_HI, KW1_HI, w3Hi);
  roundsFourToSeven(w3Lo, w3Hi);
  for (let t: usize = 8; t < 64; t += 8) eightRounds(KW1_LO + t * VEC, KW1_HI + t * VEC);

  // Its digest (state + midstate) is the second SHA-256's message, words 0..7.
  for (let i: usize = 0; i < 8; i++) {
    const mid = splat(MIDSTATE + i);
    put(W2_LO, KW2_LO, i, add(v128.load(S_LO + i * VEC), mid));
    put(W2_HI, KW2_HI, i, add(v128.load(S_HI + i * VEC), mid));
    const iv = v128.load32_splat(IV + (i << 2));
    v128.store(S_LO + i * VEC, iv);
    v128.store(S_HI + i * VEC, iv);
  }
  scheduleSecond(W2_LO, KW2_LO);
  scheduleSecond(W2_HI, KW2_HI);
  for (let t: usize = 0; t < 56; t += 8) eightRounds(KW2_LO + t * VEC, KW2_HI + t * VEC);
  roundsToSixty();

  const iv7 = v128.load32_splat(IV + 28);
  const topLo = byteSwap(add(v128.load(S_LO), iv7));
  const topHi = byteSwap(add(v128.load(S_HI), iv7));
  const target = splat(TARGET_TOP);
  if (!v128.any_true(v128.or(i32x4.le_u(topLo, target), i32x4.le_u(topHi, target)))) return false;
  v128.store(TOPS, topLo);
  v128.store(TOPS, topHi, 16);
  return true;
}

// ---- per-job preparation (scalar, once per header) ------------------------------------------
function ssig0(x: u32): u32 {
  return rotr<u32>(x, 7) ^ rotr<u32>(x, 18) ^ (x >>> 3);
}
function ssig1(x: u32): u32 {
  return rotr<u32>(x, 17) ^ rotr<u32>(x, 19) ^ (x >>> 10);
}

/** Scalar rounds [first, last) on the eight words at `s`, schedule words at `w`. */
function scalarRounds(s: usize, w: usize, first: i32, last: i32): void {
  let a = load<u32>(s, 0), b = load<u32>(s, 4), c = load<u32>(s, 8), d = load<u32>(s, 12);
  let e = load<u32>(s, 16), f = load<u32>(s, 20), g = load<u32>(s, 24), h = load<u32>(s, 28);
  for (let t = first; t < last; t++) {
    const x = h + (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + load<u32>(K + (<usize>t << 2)) + load<u32>(w + (<usize>t << 2));
    const y = (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = d + x;
    d = c; c = b; b = a; a = x + y;
  }
  store<u32>(s, a, 0); store<u32>(s, b, 4); store<u32>(s, c, 8); store<u32>(s, d, 12);
  store<u32>(s, e, 16); store<u32>(s, f, 20); store<u32>(s, g, 24); store<u32>(s, h, 28);
}

const SCRATCH_W: usize = memory.data(64 * 4, 16);

function scratch(t: usize): u32 {
  return load<u32>(SCRATCH_W + (t << 2));
}

/** Big-endian word `i` of the header. */
function headerWord(i: usize): u32 {
  return bswap<u32>(load<u32>(HEADER + (i << 2)));
}

/** Prepares the job for the header in HEADER and a target whose most significant 32 bits are targetTop. */
export function setJob(targetTop: u32): void {
  // Midstate: the header's first 64 bytes, one full compression.
  for (let t: usize = 0; t < 16; t++) store<u32>(SCRATCH_W + (t << 2), headerWord(t));
  for (let t: usize = 16; t < 64; t++) {
    store<u32>(SCRATCH_W + (t << 2), ssig1(scratch(t - 2)) + scratch(t - 7) + ssig0(scratch(t - 15)) + scratch(t - 16));
  }
  const mid = JOB + MIDSTATE * 4;
  memory.copy(mid, IV, 32);
  scalarRounds(mid, SCRATCH_W, 0, 64);
  for (let i: usize = 0; i < 8; i++) store<u32>(mid + (i << 2), load<u32>(mid + (i << 2)) + load<u32>(IV + (i << 2)));

  // Second block: rounds 0..2 in full, then round 3 without the nonce word.
  const w0 = headerWord(16), w1 = headerWord(17), w2 = headerWord(18);
  store<u32>(SCRATCH_W, w0, 0);
  store<u32>(SCRATCH_W, w1, 4);
  store<u32>(SCRATCH_W, w2, 8);
  store<u32>(SCRATCH_W, 0, 12); // W3 = 0: round 3 below then leaves out exactly the nonce
  const r3 = JOB + ROUND3 * 4;
  memory.copy(r3, mid, 32);
  scalarRounds(r3, SCRATCH_W, 0, 4);

  const w16 = ssig0(w1) + w0;
  const w17 = ssig1(HEADER_BITS) + ssig0(w2) + w1;
  store<u32>(JOB + W16 * 4, w16);
  store<u32>(JOB + W17 * 4, w17);
  store<u32>(JOB + W18_PART * 4, ssig1(w16) + w2);
  store<u32>(JOB + W19_PART * 4, ssig1(w17) + ssig0(PAD));
  store<u32>(JOB + W31_PART * 4, ssig0(w16) + HEADER_BITS);
  store<u32>(JOB + W32_PART * 4, ssig0(w17) + w16);
  store<u32>(JOB + TARGET_TOP * 4, targetTop);
}

/** K[t] + W[t] of the rounds whose W is a constant: 4..15 of the header's second block, 8..15 of the second hash. */
function fixedRoundWords(): void {
  for (let t: usize = 4; t < 16; t++) {
    const w: u32 = t == 4 ? PAD : t == 15 ? HEADER_BITS : 0;
    const kw = i32x4.splat(load<u32>(K + (t << 2)) + w);
    v128.store(KW1_LO + t * VEC, kw);
    v128.store(KW1_HI + t * VEC, kw);
  }
  for (let t: usize = 8; t < 16; t++) {
    const w: u32 = t == 8 ? PAD : t == 15 ? DIGEST_BITS : 0;
    const kw = i32x4.splat(load<u32>(K + (t << 2)) + w);
    v128.store(KW2_LO + t * VEC, kw);
    v128.store(KW2_HI + t * VEC, kw);
    v128.store(W2_LO + t * VEC, i32x4.splat(w));
    v128.store(W2_HI + t * VEC, i32x4.splat(w));
  }
}
fixedRoundWords();

// ---- the scan --------------------------------------------------------------------------------
/**
 * Hashes nonces from `from` in groups of eight until a group has a lane at or
 * below the target's top word, or `count` nonces are covered. Returns the
 * offset of that group from `from` (its top words are at tops()), or
 * `count` rounded up to a multiple of eight if none. Nonces wrap at 2^32; the
 * caller ignores lanes past its range.
 */
export function scan(from: u32, count: u32): u32 {
  const groups = (count + 7) >>> 3;
  for (let g: u32 = 0; g < groups; g++) {
    if (hashGroup(from + (g << 3))) return g << 3;
  }
  return groups << 3;
}

/** Where the caller writes the 80-byte header before setJob. */
export function header(): usize {
  return HEADER;
}

/** Where scan leaves the eight top words of the group it reports. */
export function tops(): usize {
  return TOPS;
}

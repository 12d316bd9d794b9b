/**
 * SHA-256d proof of work as a WebGPU compute shader (WGSL): one invocation
 * tests one nonce of an 80-byte header, and the lowest winning index of a
 * dispatch is kept with atomicMin, so the host learns the first winning nonce
 * of the range exactly as the CPU kernels report it. The header's first
 * 64-byte block (the midstate) is compressed once on the host (`gpuJob`).
 *
 * The shader compares the whole hash with the target, most significant word
 * first, so ties of the top word need no second pass. Pure: the WebGPU calls
 * live in src/workers/gpu-miner.ts.
 */
import { headerMidstate, targetWords } from './sha256d-kernel';

/** Invocations per workgroup (a multiple of every GPU's SIMD width). */
export const WORKGROUP_SIZE = 64;
/** Workgroups per dispatch dimension (WebGPU's guaranteed maxComputeWorkgroupsPerDimension). */
export const MAX_WORKGROUPS_PER_DIMENSION = 65535;
/** Value of the result word when no nonce of the dispatch won. */
export const NOT_FOUND = 0xffffffff;

// Job layout, in 32-bit words.
const MIDSTATE = 0;
const TAIL = 8;
const TARGET = 11;
const BASE = 19;
const COUNT = 20;
export const JOB_WORDS = 21;

// prettier-ignore
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const u32s = (words: readonly number[]) => words.map((w) => `0x${w.toString(16).padStart(8, '0')}u`).join(', ');

/** The compute shader: entry point `main`, bindings 0 (job, read-only storage) and 1 (result, atomic). */
export const SHA256D_WGSL = /* wgsl */ `
// Job, written by the host before each dispatch (see src/core/sha256d-wgsl.ts):
//   ${MIDSTATE}..${MIDSTATE + 7}   SHA-256 state after the header's first 64 bytes
//   ${TAIL}..${TAIL + 2}  header words 16..18, big-endian (end of the merkle root, time, bits)
//   ${TARGET}..${TARGET + 7} target, most significant word first (hashes compare as little-endian numbers)
//   ${BASE}      first nonce of the dispatch
//   ${COUNT}      nonces in the dispatch
@group(0) @binding(0) var<storage, read> job: array<u32>;
// Lowest winning index of the dispatch, or ${NOT_FOUND} (set by the host).
@group(0) @binding(1) var<storage, read_write> found: atomic<u32>;

// FIPS 180-4 §4.2.2 and §5.3.3.
var<private> K: array<u32, 64> = array<u32, 64>(${u32s(K)});
var<private> IV: array<u32, 8> = array<u32, 8>(${u32s(IV)});

fn rotr(x: u32, n: u32) -> u32 {
  return (x >> n) | (x << (32u - n));
}

// The nonce is little-endian in the header; SHA-256 reads big-endian words.
fn byteSwap(x: u32) -> u32 {
  return (x << 24u) | ((x & 0xff00u) << 8u) | ((x >> 8u) & 0xff00u) | (x >> 24u);
}

// One compression (FIPS 180-4 §6.2.2): expands w[16..63] from w[0..15], adds the rounds into state.
fn compress(state: ptr<function, array<u32, 8>>, w: ptr<function, array<u32, 64>>) {
  for (var t = 16u; t < 64u; t++) {
    let x = (*w)[t - 15u];
    let y = (*w)[t - 2u];
    let s0 = rotr(x, 7u) ^ rotr(x, 18u) ^ (x >> 3u);
    let s1 = rotr(y, 17u) ^ rotr(y, 19u) ^ (y >> 10u);
    (*w)[t] = s1 + (*w)[t - 7u] + s0 + (*w)[t - 16u];
  }
  var a = (*state)[0]; var b = (*state)[1]; var c = (*state)[2]; var d = (*state)[3];
  var e = (*state)[4]; var f = (*state)[5]; var g = (*state)[6]; var h = (*state)[7];
  for (var t = 0u; t < 64u; t++) {
    let t1 = h + (rotr(e, 6u) ^ rotr(e, 11u) ^ rotr(e, 25u)) + ((e & f) ^ (~e & g)) + K[t] + (*w)[t];
    let t2 = (rotr(a, 2u) ^ rotr(a, 13u) ^ rotr(a, 22u)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = d + t1;
    d = c; c = b; b = a; a = t1 + t2;
  }
  (*state)[0] += a; (*state)[1] += b; (*state)[2] += c; (*state)[3] += d;
  (*state)[4] += e; (*state)[5] += f; (*state)[6] += g; (*state)[7] += h;
}

@compute @workgroup_size(${WORKGROUP_SIZE})
fn main(@builtin(global_invocation_id) id: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
  let index = id.x + id.y * groups.x * ${WORKGROUP_SIZE}u;
  if (index >= job[${COUNT}]) {
    return;
  }
  // First SHA-256: the header's second block, padded for 80 bytes (640 bits).
  var w: array<u32, 64>;
  w[0] = job[${TAIL}]; w[1] = job[${TAIL + 1}]; w[2] = job[${TAIL + 2}];
  w[3] = byteSwap(job[${BASE}] + index);
  w[4] = 0x80000000u; w[15] = 640u;
  var state: array<u32, 8>;
  for (var i = 0u; i < 8u; i++) { state[i] = job[${MIDSTATE}u + i]; }
  compress(&state, &w);
  // Second SHA-256: the 32-byte digest, padded (256 bits).
  var w2: array<u32, 64>;
  for (var i = 0u; i < 8u; i++) { w2[i] = state[i]; }
  w2[8] = 0x80000000u; w2[15] = 256u;
  var digest = IV;
  compress(&digest, &w2);
  // hash <= target: the hash's most significant word is digest word 7 byte-swapped.
  for (var i = 0u; i < 8u; i++) {
    let word = byteSwap(digest[7u - i]);
    let limit = job[${TARGET}u + i];
    if (word < limit) { break; }
    if (word > limit) { return; }
  }
  atomicMin(&found, index);
}
`;

/** The job words for a header and target (base and count are set per dispatch with `setDispatch`). */
export function gpuJob(header80: Uint8Array, target: bigint): Uint32Array<ArrayBuffer> {
  if (typeof target !== 'bigint') throw new TypeError('target must be a bigint');
  if (target < 0n || target >= 1n << 256n) throw new RangeError('target must lie within [0, 2^256)');
  const job = new Uint32Array(JOB_WORDS);
  job.set(headerMidstate(header80), MIDSTATE);
  const view = new DataView(header80.buffer, header80.byteOffset, 80);
  for (let i = 0; i < 3; i++) job[TAIL + i] = view.getUint32(64 + 4 * i, false);
  job.set(targetWords(target), TARGET);
  return job;
}

/** Sets the dispatch's first nonce and nonce count in the job. */
export function setDispatch(job: Uint32Array, base: number, count: number): void {
  job[BASE] = base;
  job[COUNT] = count;
}

/** Workgroups to dispatch for `count` nonces, spread over two dimensions past the per-dimension limit. */
export function workgroupGrid(count: number): { x: number; y: number } {
  if (!Number.isInteger(count) || count < 1 || count > 2 ** 32) throw new RangeError(`count must be an integer in [1, 2^32], got ${count}`);
  const groups = Math.ceil(count / WORKGROUP_SIZE);
  const x = Math.min(groups, MAX_WORKGROUPS_PER_DIMENSION);
  return { x, y: Math.ceil(groups / x) };
}

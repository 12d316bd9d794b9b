/**
 * Proof of work: Bitcoin's compact "bits" encoding of the 256-bit target,
 * the hash-below-target check and the work a target represents.
 * (Bitcoin Core: arith_uint256::SetCompact / GetCompact, CheckProofOfWork, GetBlockProof.)
 */
import { reverseBytes, type Bytes } from './bytes';

const TWO_256 = 1n << 256n;

/** Compact bits -> target. Negative or overflowing encodings throw, as Core treats them as invalid. */
export function bitsToTarget(bits: number): bigint {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffffffff) throw new RangeError(`bits must be a u32, got ${bits}`);
  const exponent = bits >>> 24;
  let mantissa = bits & 0x007fffff;
  const negative = (bits & 0x00800000) !== 0;
  let target: bigint;
  if (exponent <= 3) {
    mantissa >>>= 8 * (3 - exponent);
    target = BigInt(mantissa);
  } else {
    target = BigInt(mantissa) << BigInt(8 * (exponent - 3));
  }
  if (negative && mantissa !== 0) throw new RangeError(`bits 0x${bits.toString(16)} encode a negative target`);
  if (target >= TWO_256) throw new RangeError(`bits 0x${bits.toString(16)} encode a target above 2^256`);
  return target;
}

/** Target -> compact bits (rounding down, like GetCompact). */
export function targetToBits(target: bigint): number {
  if (target < 0n) throw new RangeError('target must be non-negative');
  let size = 0;
  for (let t = target; t > 0n; t >>= 8n) size++;
  let compact: number;
  if (size <= 3) {
    compact = Number(target << BigInt(8 * (3 - size)));
  } else {
    compact = Number(target >> BigInt(8 * (size - 3)));
  }
  // The 0x00800000 bit is the sign: if the mantissa would set it, shift one byte more.
  if (compact & 0x00800000) {
    compact >>>= 8;
    size++;
  }
  return ((size << 24) | compact) >>> 0;
}

/** The hash (internal byte order, as SHA-256d outputs it) read as a little-endian 256-bit number. */
export function hashToBigInt(hash: Bytes): bigint {
  let hex = '';
  for (const b of reverseBytes(hash)) hex += b.toString(16).padStart(2, '0');
  return BigInt('0x' + hex);
}

/** Expected number of hashes to find a block: 2^256 / (target + 1), Core's GetBlockProof. */
export function workForTarget(target: bigint): bigint {
  return TWO_256 / (target + 1n);
}

/** A chain has few distinct targets: each one's work is computed once (a 256-bit division). */
const workByBits = new Map<number, bigint>();

export function workForBits(bits: number): bigint {
  let work = workByBits.get(bits);
  if (work === undefined) {
    work = workForTarget(bitsToTarget(bits));
    if (workByBits.size > 10_000) workByBits.clear();
    workByBits.set(bits, work);
  }
  return work;
}

/** CheckProofOfWork: bits must not exceed the pow limit and the hash must be at or below the target. */
export function checkProofOfWork(hash: Bytes, bits: number, powLimitBits: number): boolean {
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch {
    return false;
  }
  if (target === 0n || target > bitsToTarget(powLimitBits)) return false;
  return hashToBigInt(hash) <= target;
}

/** Difficulty as Bitcoin reports it: the mainnet pow limit target divided by this target. */
export function difficultyOf(bits: number): number {
  // Display only (floating point never enters a consensus decision).
  return Number(bitsToTarget(0x1d00ffff)) / Number(bitsToTarget(bits));
}

/** Target as 64 hex digits, for display next to a block hash. */
export function targetHex(bits: number): string {
  return bitsToTarget(bits).toString(16).padStart(64, '0');
}

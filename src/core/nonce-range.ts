/**
 * The 32-bit header nonce space and the result of scanning part of it, shared
 * by the reference miner (miner.ts) and the fast kernel (sha256d-kernel.ts).
 */
export const NONCE_SPACE = 0x1_0000_0000;

export interface RangeResult {
  /** The winning nonce, or null if none in [from, to). */
  readonly nonce: number | null;
  readonly hashes: number;
}

/** Throws a RangeError unless [from, to) lies within [0, 2^32). */
export function checkNonceRange(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > NONCE_SPACE || from > to) {
    throw new RangeError(`nonce range [${from}, ${to}) must lie within [0, 2^32)`);
  }
}

/**
 * Hashcash, the idea proof of work came from (Adam Back, 1997; cited by the
 * Bitcoin whitepaper, section 4): find a counter that, appended to a text,
 * gives a SHA-256 hash starting with n zero bits. Each extra zero bit halves
 * the chance per try, so the expected number of tries is 2^n; checking an
 * answer takes one hash. Used by the first lesson; blocks use the same idea
 * with a target instead of a count of zero bits (pow.ts).
 */
import { sha256 } from './hash';
import { utf8, type Bytes } from './bytes';

/** The largest counter we search (2^32 - 1: more than any lesson needs). */
export const HASHCASH_MAX_COUNTER = 0xffffffff;

/** Number of zero bits at the start of `hash`, reading bytes in order, most significant bit first. */
export function leadingZeroBits(hash: Bytes): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** The text that is hashed for a counter: the prefix, a space and the counter in decimal. */
export function hashcashInput(prefix: string, counter: number): string {
  return `${prefix} ${counter}`;
}

export interface HashcashResult {
  /** The first counter in the range whose input hash has at least `zeroBits` leading zero bits, or null. */
  readonly counter: number | null;
  /** Hashes computed (up to and including the winning counter). */
  readonly tries: number;
}

/** Tries counters from `from` (inclusive) to `to` (exclusive). */
export function hashcashSearch(prefix: string, zeroBits: number, from: number, to: number): HashcashResult {
  if (typeof prefix !== 'string') throw new TypeError('prefix must be a string');
  if (!Number.isInteger(zeroBits) || zeroBits < 0 || zeroBits > 256) throw new RangeError(`zeroBits must be an integer from 0 to 256, got ${zeroBits}`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > HASHCASH_MAX_COUNTER + 1 || from > to) {
    throw new RangeError(`counter range [${from}, ${to}) must lie within [0, 2^32)`);
  }
  // The prefix is encoded once; only the counter's digits change.
  const head = utf8(`${prefix} `);
  const buffer = new Uint8Array(head.length + 10);
  buffer.set(head);
  for (let counter = from; counter < to; counter++) {
    const digits = String(counter);
    for (let i = 0; i < digits.length; i++) buffer[head.length + i] = digits.charCodeAt(i);
    if (leadingZeroBits(sha256(buffer.subarray(0, head.length + digits.length))) >= zeroBits) {
      return { counter, tries: counter - from + 1 };
    }
  }
  return { counter: null, tries: to - from };
}

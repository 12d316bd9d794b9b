/**
 * Base58 as Bitcoin writes it (Bitcoin Core src/base58.cpp): the bytes as one
 * big-endian number in base 58 over the alphabet without 0, O, I and l, each
 * leading zero byte written as a leading "1". Our own, a few lines, rather than
 * a dependency that brings every other encoding with it into the first load.
 * Quadratic in the length, which is fine for addresses (25 bytes); callers
 * bound the length of what they decode (address.ts).
 */
import type { Bytes } from './bytes';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/** Repeated multiply-and-add of `digits` (most significant first, each < `from`) into base `to`, least significant first. */
function convert(digits: ArrayLike<number>, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < digits.length; i++) {
    let carry = digits[i]!;
    for (let j = 0; j < out.length; j++) {
      carry += out[j]! * from;
      out[j] = carry % to;
      carry = Math.floor(carry / to);
    }
    while (carry > 0) {
      out.push(carry % to);
      carry = Math.floor(carry / to);
    }
  }
  return out;
}

function leading<T>(xs: ArrayLike<T>, zero: T): number {
  let n = 0;
  while (n < xs.length && xs[n] === zero) n++;
  return n;
}

export function base58Encode(bytes: Bytes): string {
  const zeros = leading(bytes, 0);
  const digits = convert(bytes.subarray(zeros), 256, 58);
  return '1'.repeat(zeros) + digits.reverse().map((d) => ALPHABET[d]).join('');
}

/** The bytes of `text`; a RangeError names the first character outside the alphabet. */
export function base58Decode(text: string): Bytes {
  const chars = [...text];
  const values = chars.map((c) => {
    const d = DIGIT.get(c);
    if (d === undefined) throw new RangeError(`"${c}" is not a Base58 character`);
    return d;
  });
  const zeros = leading(chars, '1');
  const bytes = convert(values.slice(zeros), 58, 256);
  const out = new Uint8Array(zeros + bytes.length);
  out.set(bytes.reverse(), zeros);
  return out;
}

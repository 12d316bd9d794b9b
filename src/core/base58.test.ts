/**
 * Our Base58 against an independent one (@scure/base, which the lessons' links
 * still use) on random bytes, leading zeros included; Bitcoin Core's vectors
 * are in vectors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base58 } from '@scure/base';
import { base58Decode, base58Encode } from './base58';

describe('base58', () => {
  it('encodes and decodes as an independent implementation does, leading zero bytes as leading 1s', () => {
    const bytes = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.uint8Array({ maxLength: 40 })).map(([zeros, rest]) => Uint8Array.from([...new Array<number>(zeros).fill(0), ...rest]));
    fc.assert(
      fc.property(bytes, (b) => {
        const text = base58Encode(b);
        expect(text).toBe(base58.encode(b));
        expect(base58Decode(text)).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a character outside the alphabet by naming it', () => {
    for (const c of ['0', 'O', 'I', 'l', ' ', 'é']) expect(() => base58Decode(`1A${c}`)).toThrow(`"${c}" is not a Base58 character`);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeAddress, isValidAddress } from './address';
import { createWallet } from './wallet';
import { ValidationError } from './errors';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return e instanceof ValidationError ? e.code : `not a ValidationError: ${String(e)}`;
  }
  return undefined;
};

describe('address decoding', () => {
  it('decodes a wallet address to its 20-byte key hash, spaces around it ignored', () => {
    const w = createWallet();
    expect(decodeAddress(` ${w.address} `)).toHaveLength(20);
  });

  it('names what is wrong: character, checksum, length', () => {
    const good = createWallet().address;
    expect(codeOf(() => decodeAddress(`${good.slice(0, -1)}0`))).toBe('bad-address-char');
    const flipped = good.slice(0, -1) + (good.endsWith('z') ? 'y' : 'z');
    expect(codeOf(() => decodeAddress(flipped))).toBe('bad-address-checksum');
    expect(codeOf(() => decodeAddress(''))).toBe('bad-address-length');
  });

  // Base58 decoding is quadratic: without the length limit this text takes minutes (the
  // window.pocket fuzz found it through getBalance), and the test would time out.
  it('refuses very long text by its length before decoding it', () => {
    const huge = '1abc'.repeat(50_000);
    expect(codeOf(() => decodeAddress(huge))).toBe('bad-address-length');
    expect(isValidAddress(huge)).toBe(false);
  });
});

/**
 * The caches that spare every simulated node repeated work (Base58Check
 * decodings, public-key checks; signatures have their own in signature-cache.ts):
 * only good results are remembered, a caller cannot poison them, and a bad
 * input is refused the same way the second time.
 */
import { describe, expect, it } from 'vitest';
import {
  base58checkDecode,
  checkTransaction,
  createWallet,
  decodeAddress,
  isValidationError,
  REGTEST_PARAMS,
} from './index';
import { makeWallets } from './testing';
import { buildPayment } from './wallet';

describe('the Base58Check cache', () => {
  it('hands out copies: changing a decoded payload does not change the next decoding', () => {
    const w = createWallet({ seed: 'cache', index: 0 });
    const first = base58checkDecode(w.address);
    first.fill(0);
    expect(base58checkDecode(w.address)).not.toEqual(first);
    expect(decodeAddress(w.address)).toEqual(base58checkDecode(w.address).subarray(1));
  });

  it('still checks the version after a cached decoding, and never caches a bad checksum', () => {
    const w = createWallet({ seed: 'cache', index: 1 });
    decodeAddress(w.address);
    expect(() => decodeAddress(w.address, 0x6f)).toThrow(/version/);
    const broken = w.address.slice(0, -1) + (w.address.endsWith('a') ? 'b' : 'a');
    for (let i = 0; i < 2; i++) {
      try {
        base58checkDecode(broken);
        expect.unreachable();
      } catch (e) {
        expect(isValidationError(e) && e.code).toBe('bad-address-checksum');
      }
    }
  });
});

describe('the public-key cache', () => {
  it('refuses a spender key that is not on the curve, before and after the good key was checked', () => {
    const [a, b] = makeWallets(2, 'key-cache');
    const coins = [
      {
        key: `${'11'.repeat(32)}:0`,
        coin: { amount: 1000, address: a!.address, height: 1, coinbase: false },
      },
    ];
    const tx = buildPayment({ from: a!, to: b!.address, amount: 500, fee: 0, coins }).tx;
    checkTransaction(tx, REGTEST_PARAMS);
    const offCurve = { ...tx, inputs: [{ ...tx.inputs[0]!, publicKey: `02${'ff'.repeat(32)}` }] };
    for (let i = 0; i < 2; i++)
      expect(() => checkTransaction(offCurve, REGTEST_PARAMS)).toThrow(
        expect.objectContaining({ code: 'bad-txns-pubkey' }),
      );
    expect(() =>
      checkTransaction({ ...tx, inputs: [{ ...tx.inputs[0]!, publicKey: 'zz' }] }, REGTEST_PARAMS),
    ).toThrow(expect.objectContaining({ code: 'bad-txns-pubkey' }));
    checkTransaction(tx, REGTEST_PARAMS);
  });
});

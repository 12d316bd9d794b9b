import { describe, expect, it } from 'vitest';
import { base58checkDecode, bytesToHex, hexToBytes, publicKeyOf, sha256d } from '../../core/index';
import { doneSteps } from '../lesson';
import {
  KEYS_START, checkTypedAddress, currentKey, keyPair, keysFromData, keysSteps, keysToData, makeKey, setAddressTyped, setMessage, setReceived, sign,
  verifyReceived,
} from './keys';

const SEED = 'lesson';

/** Changes one character of an address to another Base58 character. */
function typo(address: string, at: number): string {
  const c = address[at] === 'z' ? 'y' : 'z';
  return address.slice(0, at) + c + address.slice(at + 1);
}

describe('lesson 5: keys and signatures', () => {
  it('makes the same key pair from the same seed, and its address is Base58Check(00, HASH160)', () => {
    const a = keyPair(SEED, 0);
    expect(keyPair(SEED, 0)).toEqual(a);
    expect(keyPair(SEED, 1).address).not.toBe(a.address);
    expect(bytesToHex(publicKeyOf(hexToBytes(a.privateKey)))).toBe(a.publicKey);
    const payload = base58checkDecode(a.address);
    expect(bytesToHex(payload)).toBe(a.version + a.hash160);
    expect(bytesToHex(sha256d(payload).subarray(0, 4))).toBe(a.checksum);
    expect(a.address.startsWith('1')).toBe(true);
  });

  it('signs, verifies the same message, and fails on one changed character', () => {
    let s = sign(makeKey(KEYS_START), SEED);
    expect(verifyReceived(s, SEED)).toBe(true);
    s = setReceived(s, 'Pay Bob 6 coins');
    expect(verifyReceived(s, SEED)).toBe(false);
    s = setReceived(s, 'Pay Bob 5 coins');
    expect(verifyReceived(s, SEED)).toBe(true);
  });

  it('refuses to sign without a key, naming it', () => {
    expect(() => sign(KEYS_START, SEED)).toThrow(/Make a key pair first/);
  });

  it('the checksum catches a one-character typo in the address', () => {
    const s0 = makeKey(KEYS_START);
    const address = currentKey(s0, SEED)!.address;
    for (const at of [3, 10, 20, address.length - 1]) {
      const v = checkTypedAddress(setAddressTyped(s0, typo(address, at)));
      expect(v).toMatchObject({ ok: false, code: 'bad-address-checksum' });
    }
    expect(checkTypedAddress(setAddressTyped(s0, address))).toEqual({ ok: true });
    expect(checkTypedAddress(setAddressTyped(s0, address.replace(/.$/, '0')))).toMatchObject({ ok: false, code: 'bad-address-char' });
  });

  it('ticks each step as it is done', () => {
    const steps = keysSteps(SEED);
    let s = KEYS_START;
    expect(doneSteps(steps, s)).toEqual([]);
    s = makeKey(s);
    expect(doneSteps(steps, s)).toEqual(['make-key']);
    s = sign(setMessage(s, 'Pay Carol 1 coin'), SEED);
    expect(doneSteps(steps, s)).toEqual(['make-key', 'sign']);
    s = setReceived(s, 'Pay Carol 9 coin');
    expect(doneSteps(steps, s)).toContain('tamper');
    s = setAddressTyped(s, typo(currentKey(s, SEED)!.address, 5));
    expect(doneSteps(steps, s)).toContain('typo');
  });

  it('shares and restores (the signature is made again, the same bytes)', () => {
    const s = setAddressTyped(setReceived(sign(makeKey(makeKey(KEYS_START)), SEED), 'changed'), 'abc');
    const back = keysFromData(JSON.parse(JSON.stringify(keysToData(s))), SEED);
    expect(back).toEqual(s);
    expect(() => keysFromData({ ...keysToData(s), keysMade: 0 }, SEED)).toThrow(/signed message but no key pair/);
    expect(() => keysFromData({ ...keysToData(s), received: 'x'.repeat(201) }, SEED)).toThrow(/longer than 200/);
  });
});

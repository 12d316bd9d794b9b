/**
 * The signature cache (signature-cache.ts): a verdict is found only for the
 * very bytes it was given on, a bad signature is never remembered, a
 * recording lists every verdict used (found or new), and verdicts handed
 * over from another thread are taken only when well formed, all or none.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToHex } from './bytes';
import { sha256 } from './hash';
import * as keys from './keys';
import { addVerifiedSignatures, recordingVerifiedSignatures, verifyHashCached } from './signature-cache';

// Counts the real verifications behind the cache.
vi.mock('./keys', async (original) => {
  const actual = await original<typeof import('./keys')>();
  return { ...actual, verifyHash: vi.fn(actual.verifyHash) };
});
const verifyHash = vi.mocked(keys.verifyHash);

let n = 0;
/** A fresh key pair and message for each test: the cache is the module's, shared by the tests. */
function signed() {
  const priv = keys.privateKeyFromSeed(`signature-cache test ${n++}`);
  const pub = keys.publicKeyOf(priv);
  const hash = sha256(new TextEncoder().encode(`message ${n}`));
  const sig = keys.signHash(hash, priv);
  return { pub, hash, sig, key: bytesToHex(hash) + bytesToHex(sig) + bytesToHex(pub) };
}

beforeEach(() => {
  verifyHash.mockClear();
});

describe('verifyHashCached', () => {
  it('verifies a signature once, then answers from the cache for the same bytes only', () => {
    const { pub, hash, sig } = signed();
    expect(verifyHashCached(sig, hash, pub)).toBe(true);
    expect(verifyHashCached(sig, hash, pub)).toBe(true);
    expect(verifyHash).toHaveBeenCalledTimes(1);
    const other = sha256(hash);
    expect(verifyHashCached(sig, other, pub)).toBe(false);
    expect(verifyHash).toHaveBeenCalledTimes(2);
  });

  it('never remembers a bad signature', () => {
    const { pub, hash, sig } = signed();
    const bad = sig.slice();
    bad[10]! ^= 1;
    expect(verifyHashCached(bad, hash, pub)).toBe(false);
    expect(verifyHashCached(bad, hash, pub)).toBe(false);
    expect(verifyHash).toHaveBeenCalledTimes(2);
  });
});

describe('recordingVerifiedSignatures', () => {
  it('lists every good verdict used while it runs, found in the cache or new, and no bad one', () => {
    const a = signed();
    const b = signed();
    verifyHashCached(a.sig, a.hash, a.pub);
    const bad = b.sig.slice();
    bad[0]! ^= 1;
    const { result, signatures } = recordingVerifiedSignatures(() => [verifyHashCached(a.sig, a.hash, a.pub), verifyHashCached(b.sig, b.hash, b.pub), verifyHashCached(bad, b.hash, b.pub)]);
    expect(result).toEqual([true, true, false]);
    expect(signatures.sort()).toEqual([a.key, b.key].sort());
    // Nothing is recorded once it has returned.
    const c = signed();
    verifyHashCached(c.sig, c.hash, c.pub);
    expect(signatures).toHaveLength(2);
  });
});

describe('addVerifiedSignatures', () => {
  it('makes a verdict recorded elsewhere count here, for exactly those bytes', () => {
    const elsewhere = signed();
    const { signatures } = recordingVerifiedSignatures(() => verifyHashCached(elsewhere.sig, elsewhere.hash, elsewhere.pub));
    // Another thread's cache: a verdict this one never reached. A (bad) signature stands for it here,
    // to show that the handed-over verdict is what answers, not a verification.
    const { pub, hash, sig } = signed();
    const unverified = sig.slice();
    unverified[5]! ^= 1;
    const handed = bytesToHex(hash) + bytesToHex(unverified) + bytesToHex(pub);
    addVerifiedSignatures([...signatures, handed]);
    verifyHash.mockClear();
    expect(verifyHashCached(unverified, hash, pub)).toBe(true);
    expect(verifyHashCached(elsewhere.sig, elsewhere.hash, elsewhere.pub)).toBe(true);
    expect(verifyHash).not.toHaveBeenCalled();
    expect(verifyHashCached(unverified, sha256(hash), pub)).toBe(false);
  });

  it('refuses a malformed entry by its index and then adds none of the list', () => {
    const good = signed();
    const other = signed();
    const bad = other.sig.slice();
    bad[1]! ^= 1;
    const badKey = bytesToHex(other.hash) + bytesToHex(bad) + bytesToHex(other.pub);
    expect(() => addVerifiedSignatures([badKey, good.key.toUpperCase()])).toThrow(/signatures\[1\] must be 258 lowercase hex digits/);
    expect(() => addVerifiedSignatures([badKey, good.key.slice(2)])).toThrow(/signatures\[1\]/);
    expect(() => addVerifiedSignatures([badKey, 7 as unknown as string])).toThrow(/signatures\[1\]/);
    expect(() => addVerifiedSignatures('nope' as unknown as string[])).toThrow(TypeError);
    expect(verifyHashCached(bad, other.hash, other.pub)).toBe(false);
  });
});

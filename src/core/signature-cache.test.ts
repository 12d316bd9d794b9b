/**
 * The signature cache: a triple that verified is answered without verifying it
 * again, a bad one is never remembered, and the triples verified during a run
 * can be handed to another thread, which then skips them.
 */
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import * as keys from './keys';
import { recordVerifiedSignatures, trustVerifiedSignatures, verifySignatureCached } from './signature-cache';
import { bytesToHex } from './bytes';

vi.mock('./keys', async (original) => {
  const actual = await original<typeof import('./keys')>();
  return { ...actual, verifyHash: vi.fn(actual.verifyHash) };
});
const verifyHash = keys.verifyHash as Mock;

const key = keys.privateKeyFromSeed('signature-cache test');
const publicKey = keys.publicKeyOf(key);
let n = 0;
/** A fresh message (never seen by the cache), its hash and a good signature. */
function signed() {
  const hash = sha256(new TextEncoder().encode(`message ${n++}`));
  return { hash, signature: keys.signHash(hash, key) };
}
const tripleKey = (s: ReturnType<typeof signed>) => bytesToHex(s.hash) + bytesToHex(s.signature) + bytesToHex(publicKey);

beforeEach(() => {
  verifyHash.mockClear();
});

describe('the signature cache', () => {
  it('verifies a triple once, then answers from the cache', () => {
    const s = signed();
    expect(verifySignatureCached(s.signature, s.hash, publicKey)).toBe(true);
    expect(verifySignatureCached(s.signature, s.hash, publicKey)).toBe(true);
    expect(verifyHash).toHaveBeenCalledTimes(1);
  });

  it('never remembers a signature that does not verify: it is refused every time', () => {
    const s = signed();
    const other = signed();
    expect(verifySignatureCached(s.signature, other.hash, publicKey)).toBe(false);
    expect(verifySignatureCached(s.signature, other.hash, publicKey)).toBe(false);
    expect(verifyHash).toHaveBeenCalledTimes(2);
  });

  it('records the triples that verified during a run (fresh or from the cache), and no bad one', () => {
    const before = signed();
    verifySignatureCached(before.signature, before.hash, publicKey);
    const fresh = signed();
    const bad = signed();
    const { value, verifiedSignatures } = recordVerifiedSignatures(() => {
      verifySignatureCached(before.signature, before.hash, publicKey);
      verifySignatureCached(fresh.signature, fresh.hash, publicKey);
      verifySignatureCached(bad.signature, before.hash, publicKey);
      return 'done';
    });
    expect(value).toBe('done');
    expect(verifiedSignatures.sort()).toEqual([tripleKey(before), tripleKey(fresh)].sort());
    // Outside a run nothing is recorded.
    const after = signed();
    expect(recordVerifiedSignatures(() => 0).verifiedSignatures).toEqual([]);
    verifySignatureCached(after.signature, after.hash, publicKey);
  });

  it("takes another thread's verified triples as verified, and only those", () => {
    const handedOver = signed();
    const notHandedOver = signed();
    trustVerifiedSignatures([tripleKey(handedOver)]);
    expect(verifySignatureCached(handedOver.signature, handedOver.hash, publicKey)).toBe(true);
    expect(verifyHash).not.toHaveBeenCalled();
    expect(verifySignatureCached(notHandedOver.signature, notHandedOver.hash, publicKey)).toBe(true);
    expect(verifyHash).toHaveBeenCalledTimes(1);
  });
});

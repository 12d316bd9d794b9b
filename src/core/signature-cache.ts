/**
 * Signatures already verified, as Core's signature cache (script/sigcache.cpp):
 * the dozens of simulated nodes of one page verify the same signatures. A
 * verdict is keyed by the exact bytes it is about (the signature hash, the
 * signature and the public key), so a hit can only be the very same check,
 * and only good verdicts are kept.
 *
 * A thread's cache starts empty, so a verdict can be handed to another thread
 * of the page that is about to run the same checks: the tasks worker that
 * validated the demo file records the verdicts of its pools'
 * signatures (recordingVerifiedSignatures) and the page adds them
 * (addVerifiedSignatures) before it accepts the same pools again. The page
 * still computes every signature hash from the transactions and coins it
 * holds: a verdict on other bytes is never found.
 */
import { bytesToHex } from './bytes';
import { verifyHash } from './keys';

/** A verdict's key: the signature hash, the signature and the public key, in lowercase hex. */
export type VerifiedSignature = string;

/** Hex lengths of the three parts: a 32-byte hash, a 64-byte compact signature, a 33-byte compressed key. */
const KEY_LENGTH = 64 + 128 + 66;
const KEY_FORM = /^[0-9a-f]+$/;

const LIMIT = 50_000;
const verified = new Set<VerifiedSignature>();
/** The verdicts each active recording has seen (found in the cache or newly verified). */
const recordings: Set<VerifiedSignature>[] = [];

function remember(key: VerifiedSignature): void {
  if (verified.size >= LIMIT) verified.clear();
  verified.add(key);
}

/** verifyHash, answered from the cache when these very bytes already verified. */
export function verifyHashCached(signature: Uint8Array, hash: Uint8Array, publicKey: Uint8Array): boolean {
  const key = bytesToHex(hash) + bytesToHex(signature) + bytesToHex(publicKey);
  const ok = verified.has(key) || verifyHash(signature, hash, publicKey);
  if (ok) {
    remember(key);
    for (const r of recordings) r.add(key);
  }
  return ok;
}

/** True while a recording runs: callers then check every signature (a shortcut past the cache would leave it out). */
export function recordingSignatures(): boolean {
  return recordings.length > 0;
}

/** Runs `fn` and returns, beside its result, every good signature verdict it used. */
export function recordingVerifiedSignatures<T>(fn: () => T): { result: T; signatures: VerifiedSignature[] } {
  const seen = new Set<VerifiedSignature>();
  recordings.push(seen);
  try {
    const result = fn();
    return { result, signatures: [...seen] };
  } finally {
    recordings.splice(recordings.indexOf(seen), 1);
  }
}

/**
 * Adds verdicts recorded where the same checks ran (recordingVerifiedSignatures).
 * Throws a TypeError naming the first malformed entry, and then adds none.
 */
export function addVerifiedSignatures(signatures: readonly VerifiedSignature[]): void {
  if (!Array.isArray(signatures)) throw new TypeError('signatures must be an array of verified-signature keys');
  signatures.forEach((key, i) => {
    if (typeof key !== 'string' || key.length !== KEY_LENGTH || !KEY_FORM.test(key)) {
      throw new TypeError(`signatures[${i}] must be ${KEY_LENGTH} lowercase hex digits (hash, signature, public key)`);
    }
  });
  for (const key of signatures) remember(key);
}

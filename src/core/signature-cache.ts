/**
 * Signatures already verified, like Bitcoin Core's signature cache: many
 * simulated nodes check the same signatures, and a restore checks again what
 * an import's validation checked a moment before.
 *
 * An entry is the exact (signature hash, signature, public key) triple that
 * verified, so a hit can only answer for the same bytes: whatever transaction
 * or context it comes from, that signature is valid for that hash and key.
 * That is also why another thread of this page may hand over the triples it
 * verified (the tasks worker's check of an import: workers/tasks.worker.ts)
 * and this thread may skip them.
 */
import { bytesToHex } from './bytes';
import { verifyHash } from './keys';

const LIMIT = 50_000;
const verified = new Set<string>();
/** Where the triples verified during `recordVerifiedSignatures` are collected; null when not recording. */
let recording: Set<string> | null = null;

function remember(key: string): void {
  if (verified.size >= LIMIT) verified.clear();
  verified.add(key);
}

/** `verifyHash`, answered from the cache for a triple that verified before. */
export function verifySignatureCached(signature: Uint8Array, hash: Uint8Array, publicKey: Uint8Array): boolean {
  const key = bytesToHex(hash) + bytesToHex(signature) + bytesToHex(publicKey);
  const ok = verified.has(key) || verifyHash(signature, hash, publicKey);
  if (ok) {
    remember(key);
    if (recording !== null && recording.size < LIMIT) recording.add(key);
  }
  return ok;
}

/** Runs `run` (synchronous) and gives, beside its value, every triple that verified during it (at most the cache's size). */
export function recordVerifiedSignatures<T>(run: () => T): { value: T; verifiedSignatures: string[] } {
  const outer = recording;
  const collected = new Set<string>();
  recording = collected;
  try {
    const value = run();
    return { value, verifiedSignatures: [...collected] };
  } finally {
    recording = outer;
    if (outer !== null) for (const key of collected) outer.add(key);
  }
}

/** Takes triples another thread of this page verified (`recordVerifiedSignatures` there) as verified here. */
export function trustVerifiedSignatures(keys: readonly string[]): void {
  for (const key of keys.slice(0, LIMIT)) if (typeof key === 'string') remember(key);
}

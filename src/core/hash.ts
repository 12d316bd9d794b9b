/**
 * The hash functions Bitcoin uses, from @noble/hashes.
 * sha256d (double SHA-256) names blocks and transactions; hash160
 * (RIPEMD-160 of SHA-256) shortens public keys into addresses.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { ripemd160 } from '@noble/hashes/legacy.js';
import type { Bytes } from './bytes';

export function sha256(data: Bytes): Bytes {
  return nobleSha256(data);
}

export function sha256d(data: Bytes): Bytes {
  return nobleSha256(nobleSha256(data));
}

export function hash160(data: Bytes): Bytes {
  return ripemd160(nobleSha256(data));
}

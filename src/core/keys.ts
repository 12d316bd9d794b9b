/**
 * secp256k1 keys and ECDSA signatures from @noble/secp256k1.
 *
 * Signatures are RFC 6979 deterministic and low-S (BIP 62/146: the high-S twin of
 * a signature is refused, so nobody can re-sign a transaction into another
 * valid one). They are kept in the 64-byte compact form (r || s, big-endian).
 */
import * as secp from '@noble/secp256k1';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { ByteWriter, concatBytes, utf8, type Bytes } from './bytes';
import { sha256 } from './hash';

// noble-secp256k1 ships without hashes; synchronous signing needs them set once.
secp.hashes.sha256 = nobleSha256;
secp.hashes.hmacSha256 = (key, msg) => hmac(nobleSha256, key, msg);

export const PRIVATE_KEY_BYTES = 32;
export const PUBLIC_KEY_BYTES = 33;
export const SIGNATURE_BYTES = 64;

/** A fresh private key from the platform's CSPRNG (crypto.getRandomValues). */
export function generatePrivateKey(): Bytes {
  return secp.utils.randomSecretKey();
}

/**
 * A deterministic private key for reproducible demos: SHA-256 of a domain tag,
 * the seed and an index, re-hashed in the (astronomically rare) case it is not
 * a valid scalar. Never use for real money: anyone with the seed has the key.
 */
export function privateKeyFromSeed(seed: string, index = 0): Bytes {
  if (typeof seed !== 'string') throw new TypeError('seed must be a string');
  if (!Number.isInteger(index) || index < 0) throw new RangeError('index must be a non-negative integer');
  let key = sha256(concatBytes(utf8('pocket-chain/key/'), utf8(seed), new ByteWriter(4).u32(index).finish()));
  while (!secp.utils.isValidSecretKey(key)) key = sha256(key);
  return key;
}

export function isValidPrivateKey(key: Bytes): boolean {
  return key instanceof Uint8Array && key.length === PRIVATE_KEY_BYTES && secp.utils.isValidSecretKey(key);
}

/** The 33-byte compressed public key (02/03 prefix and x), as modern Bitcoin uses. */
export function publicKeyOf(privateKey: Bytes): Bytes {
  if (!isValidPrivateKey(privateKey)) throw new TypeError('privateKey must be a valid 32-byte secp256k1 key');
  return secp.getPublicKey(privateKey, true);
}

export function isValidPublicKey(publicKey: Bytes): boolean {
  return publicKey instanceof Uint8Array && publicKey.length === PUBLIC_KEY_BYTES && secp.utils.isValidPublicKey(publicKey, true);
}

/** Signs a 32-byte hash (no further hashing), deterministic and low-S. */
export function signHash(hash: Bytes, privateKey: Bytes): Bytes {
  if (hash.length !== 32) throw new TypeError('hash must be 32 bytes');
  return secp.sign(hash, privateKey, { prehash: false, lowS: true, format: 'compact' });
}

/** True when `signature` is a valid low-S signature of `hash` by `publicKey`. */
export function verifyHash(signature: Bytes, hash: Bytes, publicKey: Bytes): boolean {
  if (signature.length !== SIGNATURE_BYTES || hash.length !== 32 || publicKey.length !== PUBLIC_KEY_BYTES) return false;
  try {
    return secp.verify(signature, hash, publicKey, { prehash: false, lowS: true, format: 'compact' });
  } catch {
    return false;
  }
}

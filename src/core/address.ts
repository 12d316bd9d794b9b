/**
 * Addresses exactly as Bitcoin's P2PKH: Base58Check(version byte || HASH160(pubkey)).
 * Base58Check appends the first 4 bytes of SHA-256d of the payload as a checksum.
 */
import { rejectDetail } from './reject-details';
import { base58Decode, base58Encode } from './base58';
import { concatBytes, equalBytes, type Bytes } from './bytes';
import { hash160, sha256d } from './hash';
import { ValidationError } from './errors';

/** Bitcoin mainnet's P2PKH version byte: addresses start with "1". */
export const DEFAULT_ADDRESS_VERSION = 0x00;
export const PUBKEY_HASH_BYTES = 20;

const BASE58_ALPHABET = /^[123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz]*$/;

export function base58checkEncode(payload: Bytes): string {
  const checksum = sha256d(payload).subarray(0, 4);
  return base58Encode(concatBytes(payload, checksum));
}

// Every serialisation of an output decodes its address, and every node serialises
// every transaction: remember good decodings (a pure function of the text; errors
// are never cached, and callers get a copy they may change).
const DECODED_LIMIT = 10_000;
const decoded = new Map<string, Bytes>();

/** Decodes Base58Check, refusing bad characters and bad checksums by name. */
export function base58checkDecode(text: string): Bytes {
  const known = typeof text === 'string' ? decoded.get(text) : undefined;
  if (known) return known.slice();
  const payload = base58checkDecodeUncached(text);
  if (decoded.size >= DECODED_LIMIT) decoded.clear();
  decoded.set(text, payload.slice());
  return payload;
}

// Base58 decoding is quadratic in the length (a 150,000-character text took
// minutes). Every Base58Check text here is an address: 25 bytes, at most 35
// characters. Far longer text is refused before decoding, as Core's
// DecodeBase58Check refuses input beyond its maximum length.
const MAX_BASE58CHECK_CHARS = 100;

function base58checkDecodeUncached(text: string): Bytes {
  if (typeof text !== 'string' || text.length === 0) throw new ValidationError('bad-address-length', rejectDetail('addressEmpty', {}));
  if (text.length > MAX_BASE58CHECK_CHARS) throw new ValidationError('bad-address-length', rejectDetail('addressTooLong', { chars: text.length, max: 35 }));
  const badChar = [...text].find((c) => !BASE58_ALPHABET.test(c));
  if (badChar !== undefined) {
    throw new ValidationError('bad-address-char', rejectDetail('addressChar', { char: badChar }));
  }
  const raw = base58Decode(text);
  if (raw.length < 5) throw new ValidationError('bad-address-length', rejectDetail('bytes', { bytes: raw.length }));
  const payload = raw.subarray(0, raw.length - 4);
  const checksum = raw.subarray(raw.length - 4);
  if (!equalBytes(sha256d(payload).subarray(0, 4), checksum)) throw new ValidationError('bad-address-checksum');
  return Uint8Array.from(payload);
}

export function addressFromPubKeyHash(pubKeyHash: Bytes, version = DEFAULT_ADDRESS_VERSION): string {
  if (pubKeyHash.length !== PUBKEY_HASH_BYTES) throw new TypeError('pubKeyHash must be 20 bytes');
  return base58checkEncode(concatBytes(Uint8Array.of(version), pubKeyHash));
}

export function addressFromPublicKey(publicKey: Bytes, version = DEFAULT_ADDRESS_VERSION): string {
  return addressFromPubKeyHash(hash160(publicKey), version);
}

/**
 * The 20-byte public key hash an address pays to. Throws a ValidationError whose
 * code says what is wrong: bad-address-char, -checksum, -length or -version.
 */
export function decodeAddress(address: string, version = DEFAULT_ADDRESS_VERSION): Bytes {
  const payload = base58checkDecode(typeof address === 'string' ? address.trim() : address);
  if (payload.length !== 1 + PUBKEY_HASH_BYTES) {
    throw new ValidationError('bad-address-length', rejectDetail('addressDecodedLength', { bytes: payload.length, expected: 21 }));
  }
  if (payload[0] !== version) {
    throw new ValidationError('bad-address-version', rejectDetail('addressVersion', { found: `0x${payload[0]!.toString(16).padStart(2, '0')}`, expected: `0x${version.toString(16).padStart(2, '0')}` }));
  }
  return payload.slice(1);
}

export function isValidAddress(address: string, version = DEFAULT_ADDRESS_VERSION): boolean {
  try {
    decodeAddress(address, version);
    return true;
  } catch {
    return false;
  }
}

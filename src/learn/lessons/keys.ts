/**
 * Lesson 5, keys and signatures: a key pair (from the lesson's seed, so a
 * class sees the same one), a message signed with the private key and checked
 * with the public one, and the address built from the public key:
 * Base58Check(version, HASH160(public key)), whose checksum catches typos.
 * Signing is core's: SHA-256 of the message's UTF-8 bytes, then RFC 6979
 * deterministic, low-S ECDSA on secp256k1.
 */
import {
  DEFAULT_ADDRESS_VERSION, bytesToHex, createWallet, decodeAddress, hash160, hexToBytes, isValidationError, sha256, sha256d, signHash, utf8,
  verifyHash, type RejectCode,
} from '../../core/index';
import { LessonInputError, readInteger, readObject, readString, type StepCheck } from '../lesson';

export const KEYS_START_MESSAGE = 'Pay Bob 5 coins';
export const MAX_MESSAGE_LENGTH = 200;
const MAX_ADDRESS_LENGTH = 100;

export interface KeyPair {
  readonly index: number;
  readonly privateKey: string;
  readonly publicKey: string;
  /** The address and how it is built. */
  readonly hash160: string;
  readonly version: string;
  readonly checksum: string;
  readonly address: string;
}

export interface KeysState {
  /** Key pairs made so far (the last one is in use); 0 before the first. */
  readonly keysMade: number;
  readonly message: string;
  /** What was signed, and the signature (hex, 64 bytes r || s). */
  readonly signed: { readonly message: string; readonly signature: string } | null;
  /** The message as the checker received it (the student may change it). */
  readonly received: string;
  /** An address typed by the student, to see the checksum at work. */
  readonly addressTyped: string;
}

export const KEYS_START: KeysState = Object.freeze({ keysMade: 0, message: KEYS_START_MESSAGE, signed: null, received: '', addressTyped: '' });

const pairs = new Map<string, KeyPair>();

/** Key pair number `index` of `seed` (deterministic, like the demo wallets). */
export function keyPair(seed: string, index: number): KeyPair {
  const key = `${seed}\u0000${index}`;
  let pair = pairs.get(key);
  if (!pair) {
    const w = createWallet({ seed: `${seed}/keys lesson`, index });
    const h = hash160(hexToBytes(w.publicKey));
    const payload = Uint8Array.of(DEFAULT_ADDRESS_VERSION, ...h);
    pair = {
      index,
      privateKey: w.privateKey,
      publicKey: w.publicKey,
      hash160: bytesToHex(h),
      version: DEFAULT_ADDRESS_VERSION.toString(16).padStart(2, '0'),
      checksum: bytesToHex(sha256d(payload).subarray(0, 4)),
      address: w.address,
    };
    pairs.set(key, pair);
  }
  return pair;
}

/** The key pair in use, or null before one was made. */
export function currentKey(s: KeysState, seed: string): KeyPair | null {
  return s.keysMade === 0 ? null : keyPair(seed, s.keysMade - 1);
}

export function makeKey(s: KeysState): KeysState {
  // A new key invalidates the old signature: it was made with the other key.
  return { ...s, keysMade: s.keysMade + 1, signed: null, received: '', addressTyped: '' };
}

function checkMessage(text: string, field: string): void {
  if (text.length > MAX_MESSAGE_LENGTH) throw new LessonInputError(field, 'keepMessageShort', { max: MAX_MESSAGE_LENGTH });
}

export function setMessage(s: KeysState, message: string): KeysState {
  checkMessage(message, 'message');
  return message === s.message ? s : { ...s, message };
}

export function sign(s: KeysState, seed: string): KeysState {
  const key = currentKey(s, seed);
  if (!key) throw new LessonInputError('key', 'makeKeyFirst');
  const signature = bytesToHex(signHash(sha256(utf8(s.message)), hexToBytes(key.privateKey)));
  return { ...s, signed: { message: s.message, signature }, received: s.message };
}

export function setReceived(s: KeysState, received: string): KeysState {
  checkMessage(received, 'received');
  return received === s.received ? s : { ...s, received };
}

/** Does the signature verify for the message as received, with the public key? null before signing. */
export function verifyReceived(s: KeysState, seed: string): boolean | null {
  const key = currentKey(s, seed);
  if (!key || !s.signed) return null;
  return verifyHash(hexToBytes(s.signed.signature), sha256(utf8(s.received)), hexToBytes(key.publicKey));
}

export function setAddressTyped(s: KeysState, text: string): KeysState {
  if (text.length > MAX_ADDRESS_LENGTH) throw new LessonInputError('address', 'addressTooLong', { length: text.length });
  return text === s.addressTyped ? s : { ...s, addressTyped: text };
}

export type AddressVerdict = { readonly ok: true } | { readonly ok: false; readonly code: RejectCode; readonly message: string } | null;

/** What decoding the typed address says: valid, or the reason code; null when the box is empty. */
export function checkTypedAddress(s: KeysState): AddressVerdict {
  if (s.addressTyped.trim() === '') return null;
  try {
    decodeAddress(s.addressTyped, DEFAULT_ADDRESS_VERSION);
    return { ok: true };
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return { ok: false, code: e.code, message: e.message };
  }
}

export function keysSteps(seed: string): readonly StepCheck<KeysState>[] {
  return [
    { id: 'make-key', done: (s) => s.keysMade > 0 },
    { id: 'sign', done: (s) => s.signed !== null },
    { id: 'tamper', done: (s) => s.signed !== null && s.received !== s.signed.message && verifyReceived(s, seed) === false },
    {
      id: 'typo',
      done: (s) => {
        const v = checkTypedAddress(s);
        return s.keysMade > 0 && s.addressTyped !== currentKey(s, seed)!.address && v !== null && !v.ok && v.code === 'bad-address-checksum';
      },
    },
  ];
}

// ---- sharing ----------------------------------------------------------------------

export function keysToData(s: KeysState): Record<string, unknown> {
  return { keysMade: s.keysMade, message: s.message, signedMessage: s.signed?.message ?? null, received: s.received, addressTyped: s.addressTyped };
}

/** The signature is not shared: it is made again from the key (signing is deterministic). */
export function keysFromData(raw: unknown, seed: string): KeysState {
  const o = readObject(raw, 'state');
  let s: KeysState = { ...KEYS_START, keysMade: readInteger(o, 'keysMade', 'state', 0, 1000) };
  if (o.signedMessage !== null) {
    const signedMessage = readString(o, 'signedMessage', 'state', MAX_MESSAGE_LENGTH);
    if (s.keysMade === 0) throw new LessonInputError('state.signedMessage', 'signedWithoutKey');
    s = sign(setMessage(s, signedMessage), seed);
  }
  s = setMessage(s, readString(o, 'message', 'state', MAX_MESSAGE_LENGTH));
  s = setReceived(s, readString(o, 'received', 'state', MAX_MESSAGE_LENGTH));
  return setAddressTyped(s, readString(o, 'addressTyped', 'state', MAX_ADDRESS_LENGTH));
}

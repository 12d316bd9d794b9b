/** Published vectors: hashes, Base58Check, RFC 6979 signatures, real Bitcoin headers and merkle roots. */
import { describe, expect, it } from 'vitest';
import hashes from './fixtures/hashes.json';
import base58 from './fixtures/base58.json';
import ecdsa from './fixtures/ecdsa.json';
import bitcoin from './fixtures/bitcoin-blocks.json';
import { base58Decode, base58Encode } from './base58';
import { bytesToHex, hexToBytes, utf8 } from './bytes';
import { hash160, sha256, sha256d } from './hash';
import { addressFromPubKeyHash, addressFromPublicKey, decodeAddress } from './address';
import { publicKeyOf, signHash, verifyHash } from './keys';
import { ValidationError } from './errors';
import { blockHash, parseHeader, serializeHeader } from './header';
import { checkProofOfWork, workForBits } from './pow';
import { merkleProof, merkleRootHex, verifyMerkleProof } from './merkle';

/** Minimal DER reader for the published signatures: 30 len 02 rlen r 02 slen s. */
function derToCompact(derHex: string): Uint8Array {
  const der = hexToBytes(derHex);
  const rLen = der[3]!;
  const r = der.slice(4, 4 + rLen);
  const sLen = der[5 + rLen]!;
  const s = der.slice(6 + rLen, 6 + rLen + sLen);
  const out = new Uint8Array(64);
  out.set(r.slice(-32), 32 - Math.min(32, r.length));
  out.set(s.slice(-32), 64 - Math.min(32, s.length));
  return out;
}

describe('hashes (FIPS 180-2, Bitcoin wiki)', () => {
  it.each(hashes.sha256)('sha256("$utf8")', ({ utf8: text, hex }) => {
    expect(bytesToHex(sha256(utf8(text)))).toBe(hex);
  });
  it.each(hashes.sha256d)('sha256d("$utf8")', ({ utf8: text, hex }) => {
    expect(bytesToHex(sha256d(utf8(text)))).toBe(hex);
  });
  it('private key -> public key -> HASH160 -> address, as the wiki walks it', () => {
    const v = hashes.address;
    const pub = publicKeyOf(hexToBytes(v.privateKey));
    expect(bytesToHex(pub)).toBe(v.publicKey);
    expect(bytesToHex(sha256(pub))).toBe(v.sha256);
    expect(bytesToHex(hash160(pub))).toBe(v.hash160);
    expect(addressFromPublicKey(pub)).toBe(v.address);
  });
  it("Satoshi's genesis coinbase key gives 1A1zP1eP…", () => {
    const v = hashes.satoshiGenesisAddress;
    expect(bytesToHex(hash160(hexToBytes(v.publicKey)))).toBe(v.hash160);
    expect(addressFromPublicKey(hexToBytes(v.publicKey))).toBe(v.address);
  });
});

describe('Base58 and Base58Check (Bitcoin Core vectors)', () => {
  it.each(base58.encodeDecode)('%s <-> %s', (hex, text) => {
    expect(base58Encode(hexToBytes(hex))).toBe(text);
    expect(bytesToHex(base58Decode(text))).toBe(hex);
  });
  it.each(base58.valid)('$address decodes to version $version and its hash', ({ address, version, hash160: h }) => {
    expect(bytesToHex(decodeAddress(address, version))).toBe(h);
    expect(addressFromPubKeyHash(hexToBytes(h), version)).toBe(address);
  });
  it.each(base58.invalid)('refuses: $description ($code)', ({ address, code }) => {
    let err: unknown;
    try {
      decodeAddress(address, 0);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe(code);
    expect((err as ValidationError).message.length).toBeGreaterThan(10);
  });
});

describe('ECDSA: RFC 6979 deterministic, low-S (bitcoinjs-lib vectors)', () => {
  it.each(ecdsa.valid)('signs "$message" exactly as published', ({ d, message, der }) => {
    const hash = sha256(utf8(message));
    const priv = hexToBytes(d);
    const expected = derToCompact(der);
    expect(bytesToHex(signHash(hash, priv))).toBe(bytesToHex(expected));
    expect(verifyHash(expected, hash, publicKeyOf(priv))).toBe(true);
  });
  it.each(ecdsa.invalid)('rejects $description', ({ d, message, der }) => {
    expect(verifyHash(derToCompact(der), sha256(utf8(message)), publicKeyOf(hexToBytes(d)))).toBe(false);
  });
  it('rejects the high-S twin of a valid signature (malleability)', () => {
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const priv = hexToBytes(ecdsa.valid[0]!.d);
    const hash = sha256(utf8('pocket chain'));
    const sig = signHash(hash, priv);
    const s = BigInt('0x' + bytesToHex(sig.slice(32)));
    expect(s <= n / 2n).toBe(true);
    const twin = new Uint8Array(64);
    twin.set(sig.slice(0, 32));
    twin.set(hexToBytes((n - s).toString(16).padStart(64, '0')), 32);
    expect(verifyHash(twin, hash, publicKeyOf(priv))).toBe(false);
  });
});

describe('real Bitcoin blocks through our header, PoW and merkle code', () => {
  it.each(bitcoin.blocks)('$name: header bytes -> published hash, valid PoW, merkle root', (b) => {
    const header = { version: b.version, prevHash: b.prevHash, merkleRoot: b.merkleRoot, time: b.time, bits: b.bits, nonce: b.nonce };
    const bytes = serializeHeader(header);
    expect(bytes.length).toBe(80);
    if (b.headerHex) expect(bytesToHex(bytes)).toBe(b.headerHex);
    expect(parseHeader(bytes)).toEqual(header);
    expect(blockHash(header)).toBe(b.hash);
    expect(checkProofOfWork(sha256d(bytes), b.bits, 0x1d00ffff)).toBe(true);
    expect(merkleRootHex(b.txids)).toBe(b.merkleRoot);
    if (b.work) expect(workForBits(b.bits).toString()).toBe(b.work);
    b.txids.forEach((_, i) => expect(verifyMerkleProof(merkleProof(b.txids, i))).toBe(true));
  });
  it('a header with one nonce changed no longer meets the target', () => {
    const g = bitcoin.blocks[0]!;
    const bytes = serializeHeader({ ...g, nonce: g.nonce + 1 });
    expect(checkProofOfWork(sha256d(bytes), g.bits, 0x1d00ffff)).toBe(false);
  });
});

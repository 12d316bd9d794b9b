/**
 * The SHA-256d kernel is bit-exact with @noble/hashes and finds exactly the
 * nonces core's mineRange finds: random headers, random nonces, targets whose
 * top word ties the hash (the exact-comparison path), and the real Bitcoin
 * mainnet headers (fixtures/bitcoin-blocks.json, sources named there).
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { createKernel, mineRangeFast } from './sha256d-kernel';
import { mineRange, NONCE_SPACE } from './miner';
import { serializeHeader, NONCE_OFFSET, type BlockHeader } from './header';
import { bitsToTarget, hashToBigInt } from './pow';
import { bytesToHex, hexToBytes, hashToHex } from './bytes';
import fixtures from './fixtures/bitcoin-blocks.json';

/** xorshift32: reproducible "random" headers, so a failure names a seed that replays. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

function randomHeader(next: () => number): Uint8Array {
  const header = new Uint8Array(80);
  for (let i = 0; i < 80; i++) header[i] = next() & 0xff;
  return header;
}

/** The reference: sha256(sha256(header with this nonce)) by @noble/hashes. */
function nobleHash(header: Uint8Array, nonce: number): Uint8Array {
  const copy = Uint8Array.from(header);
  new DataView(copy.buffer).setUint32(NONCE_OFFSET, nonce, true);
  return sha256(sha256(copy));
}

const TWO_256 = 1n << 256n;

describe('createKernel(...).hashAt is SHA-256d', () => {
  it('equals @noble/hashes on 3000 random headers, each at a random nonce and at 0 and 2^32 - 1', () => {
    const next = prng(0x5eed);
    for (let i = 0; i < 3000; i++) {
      const header = randomHeader(next);
      const kernel = createKernel(header, 0n);
      const nonces = i % 10 === 0 ? [next(), 0, NONCE_SPACE - 1] : [next()];
      for (const nonce of nonces) {
        expect(bytesToHex(kernel.hashAt(nonce)), `header ${i}, nonce ${nonce}`).toBe(bytesToHex(nobleHash(header, nonce)));
      }
    }
  });

  it('ignores the nonce already in the header and later changes to the caller\'s bytes', () => {
    const header = randomHeader(prng(7));
    const kernel = createKernel(header, 0n);
    const expected = bytesToHex(nobleHash(header, 42));
    header.fill(0);
    expect(bytesToHex(kernel.hashAt(42))).toBe(expected);
  });
});

describe('scan finds what mineRange finds', () => {
  it('on 300 random headers at easy targets (first winning nonce and hash count agree)', () => {
    const next = prng(0xc0ffee);
    for (let i = 0; i < 300; i++) {
      const header = randomHeader(next);
      // Targets from 1 in 2 to 1 in 64 hashes, with random low bits.
      const target = (1n << BigInt(250 + (i % 6))) + BigInt(next()) * BigInt(next());
      const from = next() % 1000;
      const to = from + 200;
      expect(createKernel(header, target).scan(from, to), `header ${i}`).toEqual(mineRange(header, target, from, to));
    }
  });

  it('keeps scanning after a win and never reports a nonce twice', () => {
    const header = randomHeader(prng(99));
    const target = 1n << 252n; // about 1 in 16
    const kernel = createKernel(header, target);
    const found: number[] = [];
    let from = 0;
    while (from < 2000) {
      const r = kernel.scan(from, 2000);
      expect(r).toEqual(mineRange(header, target, from, 2000));
      if (r.nonce === null) break;
      found.push(r.nonce);
      from = r.nonce + 1;
    }
    expect(found.length).toBeGreaterThan(50);
    expect(new Set(found).size).toBe(found.length);
  });

  it('decides exactly when the top 32 bits of hash and target tie (target = hash, hash - 1, hash + 1, hash - 2^k)', () => {
    const next = prng(0xabcdef);
    for (let i = 0; i < 500; i++) {
      const header = randomHeader(next);
      const nonce = next();
      const hash = hashToBigInt(nobleHash(header, nonce));
      const k = BigInt(i % 224); // a difference below the top word
      const cases: Array<[bigint, boolean]> = [
        [hash, true],
        [hash + 1n, true],
        [hash - 1n, false],
        [hash - (1n << k), false],
      ];
      for (const [target, meets] of cases) {
        if (target < 0n || target >= TWO_256) continue;
        const r = createKernel(header, target).scan(nonce, nonce + 1);
        expect(r, `header ${i}, target ${target.toString(16)}`).toEqual({ nonce: meets ? nonce : null, hashes: 1 });
      }
    }
  });

  it('target 0 is met by no hash and 2^256 - 1 by every hash', () => {
    const header = randomHeader(prng(3));
    expect(createKernel(header, 0n).scan(0, 500)).toEqual({ nonce: null, hashes: 500 });
    expect(createKernel(header, TWO_256 - 1n).scan(17, 500)).toEqual({ nonce: 17, hashes: 1 });
  });

  it('mineRangeFast is a drop-in for mineRange, including the top of the nonce space', () => {
    const header = randomHeader(prng(11));
    const target = 1n << 251n;
    for (const [from, to] of [[0, 300], [NONCE_SPACE - 300, NONCE_SPACE], [5, 5]] as const) {
      expect(mineRangeFast(header, target, from, to)).toEqual(mineRange(header, target, from, to));
    }
  });
});

describe('real Bitcoin mainnet headers', () => {
  const blocks = fixtures.blocks.map((b) => {
    const header: BlockHeader = { version: b.version, prevHash: b.prevHash, merkleRoot: b.merkleRoot, time: b.time, bits: b.bits, nonce: b.nonce };
    return { ...b, bytes: serializeHeader(header) };
  });

  it('the fixture header bytes are the published ones (genesis header hex)', () => {
    const genesis = blocks.find((b) => b.height === 0)!;
    expect(bytesToHex(genesis.bytes)).toBe(genesis.headerHex);
  });

  it.each(blocks.map((b) => [b.name, b] as const))('%s: hashAt(nonce) is the published block hash', (_name, b) => {
    const kernel = createKernel(b.bytes, bitsToTarget(b.bits));
    expect(hashToHex(kernel.hashAt(b.nonce))).toBe(b.hash);
    expect(bytesToHex(kernel.hashAt(b.nonce + 1))).toBe(bytesToHex(nobleHash(b.bytes, b.nonce + 1)));
  });

  it.each(blocks.map((b) => [b.name, b] as const))('%s: at the real target the scan finds the real nonce and nothing near it', (_name, b) => {
    const kernel = createKernel(b.bytes, bitsToTarget(b.bits));
    expect(kernel.scan(b.nonce - 3000, b.nonce + 3000)).toEqual({ nonce: b.nonce, hashes: 3001 });
    expect(kernel.scan(b.nonce + 1, b.nonce + 3000)).toEqual({ nonce: null, hashes: 2999 });
    // One below the block's own hash, the target no longer admits it.
    const hash = hashToBigInt(hexToBytes(b.hash).reverse());
    expect(createKernel(b.bytes, hash - 1n).scan(b.nonce, b.nonce + 1).nonce).toBeNull();
    expect(createKernel(b.bytes, hash).scan(b.nonce, b.nonce + 1).nonce).toBe(b.nonce);
  });
});

describe('argument checks name the argument', () => {
  const header = new Uint8Array(80);
  it.each([
    [() => createKernel(new Uint8Array(79), 1n), TypeError, /header must be 80 bytes/],
    [() => createKernel([...header] as unknown as Uint8Array, 1n), TypeError, /header must be a Uint8Array/],
    [() => createKernel(header, 1 as unknown as bigint), TypeError, /target must be a bigint/],
    [() => createKernel(header, -1n), RangeError, /target/],
    [() => createKernel(header, TWO_256), RangeError, /target/],
    [() => createKernel(header, 1n).scan(-1, 5), RangeError, /nonce range/],
    [() => createKernel(header, 1n).scan(6, 5), RangeError, /nonce range/],
    [() => createKernel(header, 1n).scan(0, NONCE_SPACE + 1), RangeError, /nonce range/],
    [() => createKernel(header, 1n).scan(0.5, 5), RangeError, /nonce range/],
    [() => createKernel(header, 1n).hashAt(NONCE_SPACE), RangeError, /nonce range/],
  ])('case %#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

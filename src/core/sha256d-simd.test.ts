/**
 * The WebAssembly SIMD kernel, compiled from assembly/sha256d-simd.ts by the
 * build, checked through the code that mining times (its scan): the early-
 * reject top words of every lane against @noble/hashes on thousands of random
 * headers, the first winning nonce against core's reference miner and the
 * JavaScript kernel, targets whose top word ties the hash's, and the real
 * Bitcoin mainnet headers (fixtures/bitcoin-blocks.json, sources named there).
 */
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import kernelWasm from './assembly/sha256d-simd.ts?wasm';
import { instantiateSimdKernels } from './sha256d-simd';
import { createKernel as createJsKernel } from './sha256d-kernel';
import { mineRange, NONCE_SPACE } from './miner';
import { serializeHeader, NONCE_OFFSET, type BlockHeader } from './header';
import { bitsToTarget, hashToBigInt } from './pow';
import { hexToBytes } from './bytes';
import fixtures from './fixtures/bitcoin-blocks.json';

const simd = instantiateSimdKernels(kernelWasm);
const TWO_256 = 1n << 256n;

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

function nobleHash(header: Uint8Array, nonce: number): Uint8Array {
  const copy = Uint8Array.from(header);
  new DataView(copy.buffer).setUint32(NONCE_OFFSET, nonce, true);
  return sha256(sha256(copy));
}

/** The block hash's most significant 32 bits: hash bytes 31..28 (the hash is a little-endian number). */
function topWord(hash: Uint8Array): number {
  return ((hash[31]! << 24) | (hash[30]! << 16) | (hash[29]! << 8) | hash[28]!) >>> 0;
}

describe('the early-reject top words of all eight lanes', () => {
  it('equal @noble/hashes on 2000 random headers at random nonces, and at the ends of the nonce space', () => {
    const next = prng(0x51dd);
    for (let i = 0; i < 2000; i++) {
      const header = randomHeader(next);
      const from = i === 0 ? 0 : i === 1 ? NONCE_SPACE - 8 : next() % (NONCE_SPACE - 8);
      const expected = Array.from({ length: 8 }, (_, lane) => topWord(nobleHash(header, from + lane)));
      expect(simd.topWords(header, from), `header ${i}, nonces ${from}..${from + 7}`).toEqual(expected);
    }
  });
});

describe('scan finds what the reference and the JavaScript kernel find', () => {
  it('on 1000 random headers, with the target at one of the next 24 hashes (first winning nonce and hash count agree)', () => {
    const next = prng(0xfeed);
    for (let i = 0; i < 1000; i++) {
      const header = randomHeader(next);
      const from = next() % (NONCE_SPACE - 100);
      const to = from + 24;
      // The target is one of the window's own hashes: its lane ties the top word exactly.
      const target = hashToBigInt(nobleHash(header, from + (next() % 24)));
      const expected = mineRange(header, target, from, to);
      expect(expected.nonce).not.toBeNull();
      expect(simd.createKernel(header, target).scan(from, to), `header ${i}`).toEqual(expected);
    }
  });

  it('over 100,000 nonces at 1 in 4096, every win the JavaScript kernel finds, in the same order', () => {
    const header = randomHeader(prng(0x4096));
    const target = TWO_256 / 4096n;
    const fast = simd.createKernel(header, target);
    const js = createJsKernel(header, target);
    const wins: number[] = [];
    let from = 1000;
    const to = 101_000;
    for (;;) {
      const r = fast.scan(from, to);
      expect(r).toEqual(js.scan(from, to));
      if (r.nonce === null) break;
      wins.push(r.nonce);
      from = r.nonce + 1;
    }
    expect(wins.length).toBeGreaterThan(10);
  });

  it('on ranges of every length 0..17 and every alignment (lanes past the range are ignored)', () => {
    const header = randomHeader(prng(17));
    const target = TWO_256 / 3n;
    for (let from = 100; from < 108; from++) {
      for (let length = 0; length <= 17; length++) {
        expect(simd.createKernel(header, target).scan(from, from + length), `[${from}, ${from + length})`).toEqual(mineRange(header, target, from, from + length));
      }
    }
  });

  it('decides exactly when the top 32 bits of hash and target tie (target = hash, hash + 1, hash - 1, hash - 2^k)', () => {
    const next = prng(0x71e);
    for (let i = 0; i < 300; i++) {
      const header = randomHeader(next);
      const nonce = next();
      const hash = hashToBigInt(nobleHash(header, nonce));
      const k = BigInt(i % 224);
      const cases: Array<[bigint, boolean]> = [
        [hash, true],
        [hash + 1n, true],
        [hash - 1n, false],
        [hash - (1n << k), false],
      ];
      for (const [target, meets] of cases) {
        if (target < 0n || target >= TWO_256) continue;
        const r = simd.createKernel(header, target).scan(nonce, nonce + 1);
        expect(r, `header ${i}, target ${target.toString(16)}`).toEqual({ nonce: meets ? nonce : null, hashes: 1 });
      }
    }
  });

  it('target 0 is met by no hash and 2^256 - 1 by every hash, up to the top of the nonce space', () => {
    const header = randomHeader(prng(3));
    expect(simd.createKernel(header, 0n).scan(0, 500)).toEqual({ nonce: null, hashes: 500 });
    expect(simd.createKernel(header, TWO_256 - 1n).scan(17, 500)).toEqual({ nonce: 17, hashes: 1 });
    expect(simd.createKernel(header, 0n).scan(NONCE_SPACE - 13, NONCE_SPACE)).toEqual({ nonce: null, hashes: 13 });
    const target = TWO_256 / 16n;
    expect(simd.createKernel(header, target).scan(NONCE_SPACE - 300, NONCE_SPACE)).toEqual(mineRange(header, target, NONCE_SPACE - 300, NONCE_SPACE));
  });

  it('kernels of different headers share one instance and never mix their jobs', () => {
    const a = randomHeader(prng(1));
    const b = randomHeader(prng(2));
    const target = TWO_256 / 64n;
    const ka = simd.createKernel(a, target);
    const kb = simd.createKernel(b, target);
    for (let from = 0; from < 2000; from += 250) {
      expect(ka.scan(from, from + 250)).toEqual(mineRange(a, target, from, from + 250));
      expect(kb.scan(from, from + 250)).toEqual(mineRange(b, target, from, from + 250));
    }
  });

  it('copies the header: later changes to the caller\'s bytes do not affect the kernel', () => {
    const header = randomHeader(prng(5));
    const target = TWO_256 / 32n;
    const expected = mineRange(header, target, 0, 1000);
    const kernel = simd.createKernel(header, target);
    header.fill(0);
    expect(kernel.scan(0, 1000)).toEqual(expected);
  });
});

describe('real Bitcoin mainnet headers', () => {
  const blocks = fixtures.blocks.map((b) => {
    const header: BlockHeader = { version: b.version, prevHash: b.prevHash, merkleRoot: b.merkleRoot, time: b.time, bits: b.bits, nonce: b.nonce };
    return { ...b, bytes: serializeHeader(header) };
  });

  it.each(blocks.map((b) => [b.name, b] as const))('%s: at the real target the scan finds the real nonce and nothing near it', (_name, b) => {
    const kernel = simd.createKernel(b.bytes, bitsToTarget(b.bits));
    expect(kernel.scan(b.nonce - 3000, b.nonce + 3000)).toEqual({ nonce: b.nonce, hashes: 3001 });
    expect(kernel.scan(b.nonce + 1, b.nonce + 3000)).toEqual({ nonce: null, hashes: 2999 });
    const hash = hashToBigInt(hexToBytes(b.hash).reverse());
    expect(simd.createKernel(b.bytes, hash - 1n).scan(b.nonce, b.nonce + 1).nonce).toBeNull();
    expect(simd.createKernel(b.bytes, hash).scan(b.nonce, b.nonce + 1).nonce).toBe(b.nonce);
  });

  it.each(blocks.map((b) => [b.name, b] as const))('%s: the top word at the real nonce is the published hash\'s', (_name, b) => {
    const published = hexToBytes(b.hash).reverse();
    expect(simd.topWords(b.bytes, b.nonce)[0]).toBe(topWord(published));
  });
});

describe('argument checks name the argument', () => {
  const header = new Uint8Array(80);
  it.each([
    [() => simd.createKernel(new Uint8Array(79), 1n), TypeError, /header must be 80 bytes/],
    [() => simd.createKernel([...header] as unknown as Uint8Array, 1n), TypeError, /header must be a Uint8Array/],
    [() => simd.createKernel(header, 1 as unknown as bigint), TypeError, /target must be a bigint/],
    [() => simd.createKernel(header, -1n), RangeError, /target/],
    [() => simd.createKernel(header, TWO_256), RangeError, /target/],
    [() => simd.createKernel(header, 1n).scan(-1, 5), RangeError, /nonce range/],
    [() => simd.createKernel(header, 1n).scan(6, 5), RangeError, /nonce range/],
    [() => simd.createKernel(header, 1n).scan(0, NONCE_SPACE + 1), RangeError, /nonce range/],
    [() => simd.createKernel(header, 1n).scan(0.5, 5), RangeError, /nonce range/],
  ])('case %#', (call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});

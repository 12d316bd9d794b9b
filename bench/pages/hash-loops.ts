/**
 * The four proof-of-work loops the mining benchmark compares, each as a
 * "hash `count` nonces from `start`" batch so they are timed the same way.
 * They run inside a worker (mining-variants.worker.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import SHA256 from 'crypto-js/sha256';
import { createKernel } from '../../src/core/sha256d-kernel';

export type Variant = 'naive' | 'midstate' | 'kernel' | 'crypto-js';
export const VARIANTS: readonly Variant[] = ['naive', 'midstate', 'kernel', 'crypto-js'];

/** A batch runner: hashes nonces [start, start + count) and returns how many it did. */
export type Batch = (start: number, count: number) => number;

/** A realistic header; the target (1) is never met, so every loop runs its whole batch. */
function benchHeader(): Uint8Array {
  const header = new Uint8Array(80);
  for (let i = 0; i < 80; i++) header[i] = (i * 131 + 7) & 0xff;
  return header;
}

/** (a) What most code does: sha256(sha256(header)) from scratch per nonce. */
function naive(): Batch {
  const header = benchHeader();
  const view = new DataView(header.buffer);
  let sink = 0;
  return (start, count) => {
    for (let n = start; n < start + count; n++) {
      view.setUint32(76, n >>> 0, true);
      sink ^= sha256(sha256(header))[31]!;
    }
    return count + (sink & 0);
  };
}

/** (b) noble with a midstate: the first 64 bytes hashed once, the hasher objects reused per nonce. */
function midstate(): Batch {
  const header = benchHeader();
  const view = new DataView(header.buffer);
  const mid = sha256.create().update(header.subarray(0, 64));
  const empty = sha256.create();
  let inner = mid.clone();
  let outer = empty.clone();
  const first = new Uint8Array(32);
  const second = new Uint8Array(32);
  const tail = header.subarray(64);
  let sink = 0;
  return (start, count) => {
    for (let n = start; n < start + count; n++) {
      view.setUint32(76, n >>> 0, true);
      inner = mid._cloneInto(inner);
      inner.update(tail).digestInto(first);
      outer = empty._cloneInto(outer);
      outer.update(first).digestInto(second);
      sink ^= second[31]!;
    }
    return count + (sink & 0);
  };
}

/** (c) The project's kernel (src/core/sha256d-kernel.ts). */
function kernel(): Batch {
  const k = createKernel(benchHeader(), 1n);
  return (start, count) => k.scan(start, start + count).hashes;
}

/**
 * (d) The best-known browser demo (SavjeeCoin / Simply Explained): crypto-js
 * SHA256(index + previousHash + timestamp + JSON.stringify(data) + nonce),
 * hex string, then count leading zero characters against the difficulty.
 */
function cryptoJs(): Batch {
  const block = {
    index: 1,
    previousHash: '0000c0ffee'.padEnd(64, '7'),
    timestamp: '01/01/2017',
    data: { sender: 'alice', recipient: 'bob', amount: 4 },
  };
  const difficulty = 12; // never met: every iteration is a full attempt
  const zeros = Array(difficulty + 1).join('0');
  let found = 0;
  return (start, count) => {
    for (let nonce = start; nonce < start + count; nonce++) {
      const hash = SHA256(block.index + block.previousHash + block.timestamp + JSON.stringify(block.data) + nonce).toString();
      if (hash.substring(0, difficulty) === zeros) found++;
    }
    return count + (found & 0);
  };
}

export function makeBatch(variant: Variant): Batch {
  switch (variant) {
    case 'naive':
      return naive();
    case 'midstate':
      return midstate();
    case 'kernel':
      return kernel();
    case 'crypto-js':
      return cryptoJs();
  }
}

/** The SHA-256d each noble-based loop computes for one nonce, to check they agree before timing them. */
export function referenceHashes(nonce: number): Record<'naive' | 'midstate' | 'kernel', string> {
  const header = benchHeader();
  new DataView(header.buffer).setUint32(76, nonce, true);
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  const mid = sha256.create().update(header.subarray(0, 64)).clone().update(header.subarray(64)).digest();
  return {
    naive: hex(sha256(sha256(header))),
    midstate: hex(sha256.create().update(mid).digest()),
    kernel: hex(createKernel(header, 1n).hashAt(nonce)),
  };
}

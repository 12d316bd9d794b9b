/** The pure mining functions: nonce ranges, extra-nonce roll-over, genesis. */
import { describe, expect, it } from 'vitest';
import { mineRange, mineTemplate, hashMeetsTarget, targetToLE } from './miner';
import { assembleBlock, createBlockTemplate } from './block-template';
import { serializeHeader, headerHashBytes } from './header';
import { bitsToTarget, checkProofOfWork, hashToBigInt } from './pow';
import { decodeCoinbaseScript } from './coinbase';
import { CLASSROOM_PARAMS } from './params';
import { TestChain, makeWallets } from './testing';
import { createGenesisBlock } from './genesis';

const [w] = makeWallets(1);
const template = (bits: number) =>
  assembleBlock({ prevHash: 'ab'.repeat(32), height: 7, bits, time: 1_700_000_000, txs: [], minerAddress: w!.address, subsidy: 1000, fees: 0 });

describe('hash vs target comparison', () => {
  it('agrees with big-integer comparison', () => {
    const target = bitsToTarget(0x1f00ffff);
    const le = targetToLE(target);
    for (let i = 0; i < 2000; i++) {
      const h = headerHashBytes({ ...template(0x1f00ffff).block.header, nonce: i });
      expect(hashMeetsTarget(h, le)).toBe(hashToBigInt(h) <= target);
    }
    expect(hashMeetsTarget(le, le)).toBe(true);
  });
});

describe('mineRange', () => {
  it('returns the first nonce in the range that meets the target, and the hashes tried', () => {
    const t = template(0x2000ffff); // about 1 in 128 hashes wins
    const header = serializeHeader(t.block.header);
    const r = mineRange(header, t.target, 0, 100_000);
    expect(r.nonce).not.toBeNull();
    expect(r.hashes).toBe(r.nonce! + 1);
    expect(checkProofOfWork(headerHashBytes({ ...t.block.header, nonce: r.nonce! }), t.block.header.bits, 0x207fffff)).toBe(true);
    for (let n = 0; n < r.nonce!; n++) {
      expect(checkProofOfWork(headerHashBytes({ ...t.block.header, nonce: n }), t.block.header.bits, 0x207fffff)).toBe(false);
    }
    // Starting after the winner finds the next one, never the same.
    const again = mineRange(header, t.target, r.nonce! + 1, 100_000);
    expect(again.nonce).toBeGreaterThan(r.nonce!);
  });
  it('reports null and the full count when the range holds no solution', () => {
    const t = template(0x1d00ffff);
    expect(mineRange(serializeHeader(t.block.header), t.target, 10, 1010)).toEqual({ nonce: null, hashes: 1000 });
  });
  it.each([
    [-1, 5],
    [5, 4],
    [0, 2 ** 32 + 1],
  ])('refuses the range [%i, %i)', (from, to) => {
    expect(() => mineRange(serializeHeader(template(0x207fffff).block.header), 1n, from, to)).toThrow(RangeError);
  });
});

describe('mineTemplate rolls the extra nonce when the nonce space runs out', () => {
  it('with a tiny nonce space it rolls, changing coinbase and merkle root, and still finds a valid block', () => {
    const t = template(0x2000ffff);
    const mined = mineTemplate(t, { nonceSpace: 4, chunk: 4 })!;
    expect(mined.template.extraNonce).toBeGreaterThan(0);
    expect(decodeCoinbaseScript(mined.block.txs[0]!.inputs[0]!.script).extraNonce).toBe(mined.template.extraNonce);
    expect(mined.block.header.merkleRoot).not.toBe(t.block.header.merkleRoot);
    expect(mined.block.header.nonce).toBeLessThan(4);
    expect(checkProofOfWork(headerHashBytes(mined.block.header), mined.block.header.bits, 0x207fffff)).toBe(true);
    expect(mined.hashes).toBe(mined.template.extraNonce * 4 + mined.block.header.nonce + 1);
  });
  it('stops when asked and after maxHashes', () => {
    expect(mineTemplate(template(0x1d00ffff), { maxHashes: 1000, chunk: 500 })).toBeNull();
    let calls = 0;
    expect(mineTemplate(template(0x1d00ffff), { chunk: 100, shouldStop: () => ++calls > 3 })).toBeNull();
    expect(calls).toBe(4);
  });
  it('a genesis block at the classroom difficulty meets its target', () => {
    const g = createGenesisBlock(CLASSROOM_PARAMS, w!.address, 1_700_000_000);
    expect(checkProofOfWork(headerHashBytes(g.header), CLASSROOM_PARAMS.genesisBits, CLASSROOM_PARAMS.powLimitBits)).toBe(true);
  });
  it('a template on a chain pays reward + fees and stays after the median time past', () => {
    const tc = new TestChain();
    tc.mine();
    tc.send(0, 1, 1000, 777);
    const tpl = createBlockTemplate(tc.chain, { minerAddress: tc.wallets[1]!.address, time: 0 });
    expect(tpl.fees).toBe(777);
    expect(tpl.block.txs[0]!.outputs[0]!.amount).toBe(tpl.subsidy + 777);
    expect(tpl.block.header.time).toBeGreaterThan(tc.chain.tip.header.time - 20);
    expect(() => createBlockTemplate(tc.chain, { minerAddress: 'nonsense' })).toThrow();
  });
});

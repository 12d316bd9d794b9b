import { describe, expect, it } from 'vitest';
import { COIN, CLASSROOM_PARAMS, REGTEST_PARAMS, withOverride } from '../../core/index';
import { TestChain } from '../../core/testing';
import { nextBlockInfo } from './next-block';

const regtestWithRetarget = { ...REGTEST_PARAMS, retargetInterval: 5, halvingInterval: 8 };

describe('nextBlockInfo', () => {
  it('gives the next height, its bits, target and expected hashes', () => {
    const t = new TestChain(regtestWithRetarget);
    t.mine();
    t.mine();
    const info = nextBlockInfo(t.chain.tip, t.params);
    expect(info.height).toBe(3);
    expect(info.bits).toBe(0x207fffff);
    expect(info.target).toBe('7fffff' + '0'.repeat(58));
    expect(info.expectedHashes).toBe(2n);
    expect(info.bitsReason).toBe('same');
    expect(info.tipBits).toBe(0x207fffff);
  });
  it('counts blocks to the next retarget and the next halving', () => {
    const t = new TestChain(regtestWithRetarget);
    t.mine();
    t.mine(); // tip 2: next block 3, retarget at 5, halving at 8
    const info = nextBlockInfo(t.chain.tip, t.params);
    expect(info.retarget).toEqual({ height: 5, blocksAway: 2, interval: 5 });
    expect(info.halving).toEqual({ height: 8, blocksAway: 5, interval: 8, rewardAfter: 5 * COIN });
    expect(info.reward).toBe(10 * COIN);
  });
  it('says when the next block itself retargets or halves', () => {
    const t = new TestChain(regtestWithRetarget);
    for (let i = 0; i < 7; i++) t.mine(); // tip 7: next block 8 halves; retarget at 10
    const info = nextBlockInfo(t.chain.tip, t.params);
    expect(info.halving).toMatchObject({ height: 8, blocksAway: 0 });
    expect(info.reward).toBe(5 * COIN);
    expect(info.retarget).toMatchObject({ height: 10, blocksAway: 2 });
    for (let i = 0; i < 2; i++) t.mine(); // tip 9: block 10 is a retarget height
    expect(nextBlockInfo(t.chain.tip, t.params).bitsReason).toBe('retarget');
  });
  it('has no retarget or halving when the chain has none', () => {
    const t = new TestChain({ ...REGTEST_PARAMS, retargetInterval: 0, halvingInterval: 0 });
    const info = nextBlockInfo(t.chain.tip, t.params);
    expect(info.retarget).toBeNull();
    expect(info.halving).toBeNull();
  });
  it("follows a teacher's override of bits and reward at the next height", () => {
    const t = new TestChain(CLASSROOM_PARAMS);
    const p = withOverride(t.params, { height: 1, bits: 0x1e00ffff, reward: 3 * COIN });
    const info = nextBlockInfo(t.chain.tip, p);
    expect(info.bits).toBe(0x1e00ffff);
    expect(info.bitsReason).toBe('override');
    expect(info.reward).toBe(3 * COIN);
    expect(info.expectedHashes).toBeGreaterThan(16_000_000n);
    expect(info.scheduled).toEqual([{ height: 1, bits: 0x1e00ffff, reward: 3 * COIN }]);
    expect(info.difficulty).toBeCloseTo(1 / 256, 6);
  });
  it('refuses what is not a tip', () => {
    expect(() => nextBlockInfo(undefined as never, REGTEST_PARAMS)).toThrow(TypeError);
  });
});

/** Compact bits, targets, work and retargeting against Bitcoin Core's own test values. */
import { describe, expect, it } from 'vitest';
import pow from './fixtures/pow.json';
import { bitsToTarget, targetToBits, workForBits, checkProofOfWork, difficultyOf } from './pow';
import { nextBitsRequired, medianTimePast, type HeaderChainLink } from './difficulty';
import { BITCOIN_PARAMS, CLASSROOM_PARAMS, withOverride } from './params';

const link = (height: number, time: number, bits: number, parent?: HeaderChainLink): HeaderChainLink => ({
  height,
  parent,
  header: { version: 1, prevHash: '0'.repeat(64), merkleRoot: '0'.repeat(64), time, bits, nonce: 0 },
});

describe('compact bits <-> target (arith_uint256_tests)', () => {
  it.each(pow.compact)('$bits -> 0x$target -> $roundTrip', ({ bits, target, roundTrip }) => {
    const t = bitsToTarget(Number(bits));
    expect(t).toBe(BigInt('0x' + target));
    expect('0x' + targetToBits(t).toString(16).padStart(8, '0')).toBe(roundTrip);
  });
  it.each(pow.invalidCompact)('$bits is refused: $description', ({ bits }) => {
    expect(() => bitsToTarget(Number(bits))).toThrow(RangeError);
  });
  it('work = 2^256 / (target + 1): genesis difficulty is 2^32 + 2^16 + 1 hashes', () => {
    expect(workForBits(0x1d00ffff)).toBe(4295032833n);
    expect(workForBits(0x207fffff)).toBe(2n);
  });
  it('difficulty 1 at the mainnet pow limit, higher for harder targets', () => {
    expect(difficultyOf(0x1d00ffff)).toBe(1);
    expect(difficultyOf(0x1b04864c)).toBeCloseTo(14484.16, 1);
  });
  it('proof of work fails when bits exceed the pow limit even if the hash is low', () => {
    expect(checkProofOfWork(new Uint8Array(32), 0x207fffff, 0x1d00ffff)).toBe(false);
    expect(checkProofOfWork(new Uint8Array(32), 0x1d00ffff, 0x1d00ffff)).toBe(true);
  });
});

describe('difficulty retargeting (pow_tests.cpp, mainnet params)', () => {
  it.each(pow.retarget)('$name -> $expected', ({ lastHeight, lastTime, firstTime, bits, expected }) => {
    const first = link(lastHeight - 2015, firstTime, Number(bits));
    const last = link(lastHeight, lastTime, Number(bits), first);
    expect('0x' + nextBitsRequired(last, BITCOIN_PARAMS).toString(16)).toBe(expected);
  });
  it('keeps the bits between retarget heights', () => {
    expect(nextBitsRequired(link(10, 100, 0x1c05a3f4), BITCOIN_PARAMS)).toBe(0x1c05a3f4);
  });
  it('a teacher override fixes the bits at its height, then retargeting resumes from it', () => {
    const p = withOverride(CLASSROOM_PARAMS, { height: 6, bits: 0x1e00ffff });
    expect(nextBitsRequired(link(5, 100, 0x1f00ffff), p)).toBe(0x1e00ffff);
    expect(nextBitsRequired(link(6, 110, 0x1e00ffff), p)).toBe(0x1e00ffff);
  });
});

describe('median time past', () => {
  it('is the median of the last 11 block times', () => {
    let e: HeaderChainLink | undefined;
    const times = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 11, 100];
    times.forEach((t, i) => (e = link(i, t, 0x207fffff, e)));
    // The last 11 times are 1,9,3,7,2,8,4,6,10,11,100: sorted, the sixth is 7.
    expect(medianTimePast(e, 11)).toBe(7);
    expect(medianTimePast(undefined, 11)).toBe(0);
  });
});

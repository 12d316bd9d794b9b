/** Compact bits, targets, work and retargeting against Bitcoin Core's own test values. */
import { describe, expect, it } from 'vitest';
import pow from './fixtures/pow.json';
import { hashToHex, hexToHash } from './bytes';
import { bitsToTarget, targetToBits, workForBits, workForTarget, checkProofOfWork, difficultyOf, targetHex } from './pow';
import { ancestorAt, nextBitsRequired, medianTimePast, type HeaderChainLink } from './difficulty';
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

describe('the edges of the proof-of-work rules', () => {
  /** The hash (internal order) whose value is `n`. */
  const hashOf = (n: bigint) => hexToHash(n.toString(16).padStart(64, '0'));
  it.each([-1, 2 ** 32, 1.5, Number.NaN])('bits %s are no u32 and are refused by name', (bits) => {
    expect(() => bitsToTarget(bits)).toThrow(new RangeError(`bits must be a u32, got ${bits}`));
  });
  it('the largest u32 is a u32, refused only for the negative target it encodes', () => {
    expect(() => bitsToTarget(0xffffffff)).toThrow(new RangeError('bits 0xffffffff encode a negative target'));
  });
  it('a target of exactly 2^256 is one too many', () => {
    expect(() => bitsToTarget(0x21010000)).toThrow(new RangeError('bits 0x21010000 encode a target above 2^256'));
    expect(bitsToTarget(0x2100ffff)).toBe(0xffffn << 240n);
  });
  it('a negative target has no compact form', () => {
    expect(() => targetToBits(-1n)).toThrow(new RangeError('target must be non-negative'));
  });
  it('work is 2^256 / (target + 1) for the smallest targets too', () => {
    expect(workForTarget(0n)).toBe(1n << 256n);
    expect(workForTarget(1n)).toBe(1n << 255n);
    expect(workForTarget(3n)).toBe(1n << 254n);
  });
  it('a hash equal to the target passes, one above it fails', () => {
    const bits = 0x1d00ffff;
    const target = bitsToTarget(bits);
    expect(checkProofOfWork(hashOf(target), bits, bits)).toBe(true);
    expect(checkProofOfWork(hashOf(target + 1n), bits, bits)).toBe(false);
  });
  it('a zero target is met by no hash, not even zero', () => {
    expect(checkProofOfWork(new Uint8Array(32), 0x00000000, 0x207fffff)).toBe(false);
    expect(checkProofOfWork(new Uint8Array(32), 0x01003456, 0x207fffff)).toBe(false);
  });
  it('bits that encode no target (negative, overflowing) never pass, whatever the hash', () => {
    expect(checkProofOfWork(new Uint8Array(32), 0x04923456, 0x207fffff)).toBe(false);
    expect(checkProofOfWork(new Uint8Array(32), 0xff123456, 0x207fffff)).toBe(false);
  });
  it('shows the target as 64 hex digits', () => {
    expect(targetHex(0x1d00ffff)).toBe(`00000000ffff${'0'.repeat(52)}`);
    expect(hashToHex(hashOf(bitsToTarget(0x1d00ffff)))).toBe(targetHex(0x1d00ffff));
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
  it('retargets only at multiples of the interval, even when the blocks came fast', () => {
    // Interval 4: blocks 1 s apart instead of 600 s. Height 8 retargets (4x harder at most); heights 5 to 7 keep the bits.
    const p = { ...BITCOIN_PARAMS, retargetInterval: 4 };
    let e = link(0, 1000, 0x1c05a3f4);
    for (let h = 1; h <= 7; h++) e = link(h, 1000 + h, 0x1c05a3f4, e);
    for (let h = 4; h <= 6; h++) expect(nextBitsRequired(ancestorAt(e, h)!, p)).toBe(0x1c05a3f4);
    expect(nextBitsRequired(e, p)).toBe(targetToBits(bitsToTarget(0x1c05a3f4) / 4n));
  });
  it('keeps the bits at a retarget height whose interval starts before the blocks at hand', () => {
    expect(nextBitsRequired(link(2015, 100, 0x1c05a3f4), BITCOIN_PARAMS)).toBe(0x1c05a3f4);
  });
  it('finds an ancestor by height, and none above the entry or below genesis', () => {
    let e = link(0, 1, 0x207fffff);
    for (let h = 1; h <= 3; h++) e = link(h, 1 + h, 0x207fffff, e);
    expect(ancestorAt(e, 1)?.header.time).toBe(2);
    expect(ancestorAt(e, 3)).toBe(e);
    expect(ancestorAt(e, 4)).toBeUndefined();
    expect(ancestorAt(e, -1)).toBeUndefined();
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
  it('takes exactly `span` times: a twelfth, older time would move the median', () => {
    let e: HeaderChainLink | undefined;
    [1000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].forEach((t, i) => (e = link(i, t, 0x207fffff, e)));
    expect(medianTimePast(e, 11)).toBe(6);
  });
});

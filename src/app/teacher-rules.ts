/**
 * Checks for a teacher's change of the rules (difficulty bits, block reward)
 * before it is applied to every node from the next height on.
 */
import { said } from './app-sentences';
import { COIN, bitsToTarget, type ConsensusParams } from '../core/index';
import { badValue } from './errors';

export const MAX_TEACHER_REWARD = 1000 * COIN;

/** The bits must encode a non-zero target no easier than the chain's pow limit. */
export function checkTeacherBits(bits: number, params: ConsensusParams): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffffffff) throw badValue('bits', said('bitsNot32'));
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch {
    // bitsToTarget refuses a negative target (the mantissa's sign bit) or one above 2^256.
    throw badValue('bits', said((bits & 0x00800000) !== 0 ? 'bitsNegative' : 'bitsOverflow', { bits: `0x${bits.toString(16)}` }));
  }
  if (target === 0n || target > bitsToTarget(params.powLimitBits)) {
    throw badValue('bits', said('targetTooEasy', { limit: `0x${params.powLimitBits.toString(16)}` }));
  }
}

export function checkTeacherReward(units: number): void {
  if (!Number.isSafeInteger(units) || units < 0 || units > MAX_TEACHER_REWARD) {
    throw badValue('reward', said('rewardRange', { max: MAX_TEACHER_REWARD / COIN }));
  }
}

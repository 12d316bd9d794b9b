/**
 * Checks for a teacher's change of the rules (difficulty bits, block reward)
 * before it is applied to every node from the next height on.
 */
import { COIN, bitsToTarget, type ConsensusParams } from '../core/index';
import { PocketError } from './errors';

export const MAX_TEACHER_REWARD = 1000 * COIN;

/** The bits must encode a non-zero target no easier than the chain's pow limit. */
export function checkTeacherBits(bits: number, params: ConsensusParams): void {
  if (!Number.isInteger(bits) || bits < 0 || bits > 0xffffffff) throw new PocketError('bad-argument', 'bits must be a 32-bit compact target such as 0x1f00ffff.', 'bits');
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch (e) {
    throw new PocketError('bad-argument', (e as Error).message, 'bits');
  }
  if (target === 0n || target > bitsToTarget(params.powLimitBits)) {
    throw new PocketError('bad-argument', `That target is zero or easier than the chain's limit (0x${params.powLimitBits.toString(16)}).`, 'bits');
  }
}

export function checkTeacherReward(units: number): void {
  if (!Number.isSafeInteger(units) || units < 0 || units > MAX_TEACHER_REWARD) {
    throw new PocketError('bad-argument', 'The reward must be a whole number of units from 0 to 1000 coins.', 'reward');
  }
}

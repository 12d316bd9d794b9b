/**
 * What the next block on a node's tip must look like, for the Mining panel:
 * its required difficulty (Core's GetNextWorkRequired via nextBitsRequired,
 * which applies a teacher's override and the retarget rule), the target and
 * the expected number of hashes, when the difficulty is recomputed next, and
 * the reward with the halving schedule. Pure: tested in Node.
 */
import {
  blockSubsidy,
  difficultyOf,
  nextBitsRequired,
  targetHex,
  workForBits,
  type ConsensusParams,
  type HeaderChainLink,
} from '../../core/index';

export interface ScheduleStep {
  /** Height of the next block where this happens. */
  readonly height: number;
  /** Blocks from the next block to that height (0 = the next block itself). */
  readonly blocksAway: number;
}

export interface NextBlockInfo {
  readonly height: number;
  readonly bits: number;
  /** 64 hex digits. */
  readonly target: string;
  /** Bitcoin's "difficulty": the mainnet limit target over this target. */
  readonly difficulty: number;
  /** 2^256 / (target + 1): hashes a block takes on average. */
  readonly expectedHashes: bigint;
  /** The tip's own bits, to show whether the next block changes them. */
  readonly tipBits: number;
  /** Why the next block has these bits. */
  readonly bitsReason: 'override' | 'retarget' | 'same';
  /** Next height at which the difficulty is recomputed; null when the chain never retargets. */
  readonly retarget: (ScheduleStep & { readonly interval: number }) | null;
  readonly reward: number;
  /** Next halving; null when the reward never halves. */
  readonly halving:
    (ScheduleStep & { readonly interval: number; readonly rewardAfter: number }) | null;
  /** Teacher's changes at heights above the tip, soonest first. */
  readonly scheduled: readonly {
    readonly height: number;
    readonly bits?: number;
    readonly reward?: number;
  }[];
}

/** The first multiple of `interval` at or after `height`. */
function nextMultiple(height: number, interval: number): number {
  return Math.ceil(height / interval) * interval;
}

export function nextBlockInfo(tip: HeaderChainLink, params: ConsensusParams): NextBlockInfo {
  if (!tip || typeof tip.height !== 'number' || !tip.header)
    throw new TypeError('tip must be a block index entry');
  if (!params || typeof params.retargetInterval !== 'number')
    throw new TypeError('params must be consensus parameters');
  const height = tip.height + 1;
  const bits = nextBitsRequired(tip, params);
  const override = params.overrides.some((o) => o.height === height && o.bits !== undefined);
  const interval = params.retargetInterval;
  const bitsReason = override
    ? 'override'
    : interval > 0 && height % interval === 0
      ? 'retarget'
      : 'same';
  const retargetHeight = interval > 0 ? nextMultiple(height, interval) : null;
  const halvingInterval = params.halvingInterval;
  // A block at a multiple of the interval is the first with the halved reward (blocksAway 0 = the next block halves).
  const halvingHeight = halvingInterval > 0 ? nextMultiple(height, halvingInterval) : null;
  return {
    height,
    bits,
    target: targetHex(bits),
    difficulty: difficultyOf(bits),
    expectedHashes: workForBits(bits),
    tipBits: tip.header.bits,
    bitsReason,
    retarget:
      retargetHeight === null
        ? null
        : { height: retargetHeight, blocksAway: retargetHeight - height, interval },
    reward: blockSubsidy(height, params),
    halving:
      halvingHeight === null
        ? null
        : {
            height: halvingHeight,
            blocksAway: halvingHeight - height,
            interval: halvingInterval,
            rewardAfter: blockSubsidy(halvingHeight, params),
          },
    scheduled: params.overrides
      .filter((o) => o.height >= height)
      .map((o) => ({
        height: o.height,
        ...(o.bits !== undefined ? { bits: o.bits } : {}),
        ...(o.reward !== undefined ? { reward: o.reward } : {}),
      })),
  };
}

/**
 * Which difficulty a block must carry and the median-time-past rule
 * (Core's GetNextWorkRequired / CalculateNextWorkRequired and GetMedianTimePast).
 */
import { bitsToTarget, targetToBits } from './pow';
import { bitsOverrideAt, type ConsensusParams } from './params';
import type { BlockHeader } from './header';

/** The part of a block-index entry these rules walk: the header and the parent link. */
export interface HeaderChainLink {
  readonly height: number;
  readonly header: BlockHeader;
  readonly parent: HeaderChainLink | undefined;
}

export function ancestorAt<T extends HeaderChainLink>(entry: T, height: number): T | undefined {
  let e: HeaderChainLink | undefined = entry;
  while (e && e.height > height) e = e.parent;
  return e && e.height === height ? (e as T) : undefined;
}

/** Median of the times of `entry` and up to span-1 of its ancestors (Bitcoin: 11 blocks). */
export function medianTimePast(entry: HeaderChainLink | undefined, span: number): number {
  const times: number[] = [];
  for (let e = entry; e && times.length < span; e = e.parent) times.push(e.header.time);
  if (times.length === 0) return 0;
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Bits required for the block after `parent`. A teacher's override at that
 * height wins; otherwise the difficulty stays until a retarget height, where the
 * previous target is scaled by actual/expected time of the last interval,
 * clamped to a factor of 4 either way and never easier than the pow limit.
 * Like Core, the measured span covers interval-1 blocks (a known off-by-one kept
 * for fidelity).
 */
export function nextBitsRequired(parent: HeaderChainLink, params: ConsensusParams): number {
  const height = parent.height + 1;
  const override = bitsOverrideAt(height, params);
  if (override !== undefined) return override;
  const interval = params.retargetInterval;
  if (interval === 0 || height % interval !== 0) return parent.header.bits;

  const first = ancestorAt(parent, height - interval);
  if (!first) return parent.header.bits;
  const expected = interval * params.targetSpacing;
  let actual = parent.header.time - first.header.time;
  if (actual < expected / 4) actual = Math.floor(expected / 4);
  if (actual > expected * 4) actual = expected * 4;

  const powLimit = bitsToTarget(params.powLimitBits);
  let target = (bitsToTarget(parent.header.bits) * BigInt(actual)) / BigInt(expected);
  if (target > powLimit) target = powLimit;
  return targetToBits(target);
}

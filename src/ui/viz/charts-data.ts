/**
 * The figures behind the charts, computed from plain block records: the time
 * between blocks and the difficulty along the active chain, each miner's share
 * of the work (and the hash rate it implies), and how many mined blocks ended
 * up stale.
 */
import { isList } from './checks';
import { bitsToTarget, workForBits } from '../../core/index';
import type { ChainBlockStatus } from './chain-layout';

export interface ChartBlock {
  readonly height: number;
  /** Header time, unix seconds. */
  readonly time: number;
  readonly bits: number;
  readonly miner: string;
  readonly status: ChainBlockStatus;
}

export interface IntervalPoint {
  readonly height: number;
  /** Header time of this block minus that of its parent (can be negative: header times are only loosely ordered). */
  readonly seconds: number;
}

export interface DifficultyPoint {
  readonly height: number;
  /** Target of the pow limit / target of the block: 1 = the easiest target allowed. */
  readonly difficulty: number;
  /** Expected hashes to find such a block: 2^256 / (target + 1). */
  readonly expectedHashes: number;
}

export interface MinerShare {
  readonly miner: string;
  readonly blocks: number;
  /** Share of the work of the counted blocks, 0..1. */
  readonly share: number;
  /** Work of its blocks over the time they span; null when the blocks span no time. */
  readonly hashesPerSecond: number | null;
}

export interface StaleBucket {
  readonly fromHeight: number;
  readonly toHeight: number;
  readonly stale: number;
  readonly total: number;
  readonly rate: number;
}

export interface StaleRate {
  readonly stale: number;
  readonly total: number;
  readonly rate: number;
  readonly buckets: readonly StaleBucket[];
}

export interface ChartsData {
  readonly intervals: readonly IntervalPoint[];
  readonly difficulty: readonly DifficultyPoint[];
  readonly miners: readonly MinerShare[];
  readonly stale: StaleRate;
  /** The wanted interval, drawn as a reference line (params.targetSpacing). */
  readonly targetSpacing?: number;
}

/**
 * What the charts are computed from: one node's blocks and its chain's params
 * (adapters.ts chartsInputFromChain). Cheap to take on every change; the
 * series are computed by chartsData in the Charts chunk, which loads when the
 * charts are first opened.
 */
export interface ChartsInput {
  readonly blocks: readonly ChartBlock[];
  readonly powLimitBits: number;
  readonly targetSpacing: number;
  /** Hash rates over the last this many seconds (all blocks when omitted). */
  readonly windowSeconds?: number;
  /** Height buckets of the stale-rate chart. */
  readonly bucketSize?: number;
}

/** The four charts' series. */
export function chartsData(input: ChartsInput): ChartsData {
  const mined = input.blocks.filter((b) => b.height > 0);
  return {
    intervals: blockIntervals(input.blocks),
    difficulty: difficultySeries(input.blocks, input.powLimitBits),
    miners: hashRateByMiner(mined, input.windowSeconds),
    stale: staleRate(mined, input.bucketSize),
    targetSpacing: input.targetSpacing,
  };
}

/** Time between consecutive active blocks (the active chain, in any order). */
export function blockIntervals(blocks: readonly ChartBlock[]): IntervalPoint[] {
  const active = activeSorted(blocks);
  const out: IntervalPoint[] = [];
  for (let i = 1; i < active.length; i++) {
    const a = active[i - 1]!;
    const b = active[i]!;
    if (b.height === a.height + 1) out.push({ height: b.height, seconds: b.time - a.time });
  }
  return out;
}

/** Difficulty of every active block, relative to the chain's pow limit. */
export function difficultySeries(blocks: readonly ChartBlock[], powLimitBits: number): DifficultyPoint[] {
  const limit = Number(bitsToTarget(powLimitBits));
  return activeSorted(blocks).map((b) => ({
    height: b.height,
    difficulty: limit / Number(bitsToTarget(b.bits)),
    expectedHashes: Number(workForBits(b.bits)),
  }));
}

/**
 * Each miner's share of the work in the last `windowSeconds` (all blocks when
 * omitted), active and stale blocks alike: a stale block cost as much work.
 * The hash rate is that work over the window's span, an estimate as in
 * Core's getnetworkhashps.
 */
export function hashRateByMiner(blocks: readonly ChartBlock[], windowSeconds?: number): MinerShare[] {
  if (windowSeconds !== undefined && !(windowSeconds > 0)) throw new RangeError(`windowSeconds must be positive, got ${windowSeconds}`);
  const mined = blocks.filter((b) => b.status !== 'orphan');
  if (mined.length === 0) return [];
  const latest = Math.max(...mined.map((b) => b.time));
  const counted = windowSeconds === undefined ? mined : mined.filter((b) => b.time >= latest - windowSeconds);
  const span = windowSeconds ?? latest - Math.min(...counted.map((b) => b.time));
  const byMiner = new Map<string, { blocks: number; work: number }>();
  let total = 0;
  for (const b of counted) {
    const work = Number(workForBits(b.bits));
    const m = byMiner.get(b.miner) ?? { blocks: 0, work: 0 };
    m.blocks++;
    m.work += work;
    total += work;
    byMiner.set(b.miner, m);
  }
  return [...byMiner.entries()]
    .map(([miner, m]) => ({ miner, blocks: m.blocks, share: m.work / total, hashesPerSecond: span > 0 ? m.work / span : null }))
    .sort((a, b) => b.share - a.share || a.miner.localeCompare(b.miner));
}

/** Stale blocks / mined blocks (orphans left out: their fate is not known yet), overall and per height bucket. */
export function staleRate(blocks: readonly ChartBlock[] | readonly { height: number; status: ChainBlockStatus }[], bucketSize = 10): StaleRate {
  if (!Number.isSafeInteger(bucketSize) || bucketSize < 1) throw new RangeError(`bucketSize must be a positive integer, got ${bucketSize}`);
  const mined = (blocks as readonly { height: number; status: ChainBlockStatus }[]).filter((b) => b.status !== 'orphan');
  const buckets = new Map<number, { stale: number; total: number }>();
  let stale = 0;
  for (const b of mined) {
    const key = Math.floor(b.height / bucketSize);
    const bucket = buckets.get(key) ?? { stale: 0, total: 0 };
    bucket.total++;
    if (b.status === 'stale') {
      bucket.stale++;
      stale++;
    }
    buckets.set(key, bucket);
  }
  return {
    stale,
    total: mined.length,
    rate: mined.length ? stale / mined.length : 0,
    buckets: [...buckets.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([k, v]) => ({ fromHeight: k * bucketSize, toHeight: k * bucketSize + bucketSize - 1, ...v, rate: v.stale / v.total })),
  };
}

function activeSorted(blocks: readonly ChartBlock[]): ChartBlock[] {
  if (!isList(blocks)) throw new TypeError('blocks must be an array of ChartBlock');
  return blocks.filter((b) => b.status === 'active').sort((a, b) => a.height - b.height);
}

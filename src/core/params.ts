/**
 * Consensus parameters: one typed object per chain, chosen when the chain is
 * created and shared by every node of a network. Bitcoin's own values are one
 * setting away (BITCOIN_PARAMS); the defaults suit a class: blocks in seconds,
 * a reward of 10 coins like the original system, and coinbases spendable from
 * the next block so the original walkthrough runs as written.
 */
import { COIN } from './amount';
import { DEFAULT_ADDRESS_VERSION } from './address';

/** A teacher's change of difficulty or reward from a height on (a scheduled "hard fork"). */
export interface ParamOverride {
  /** First height the override applies to. */
  readonly height: number;
  /** Required compact bits at exactly this height (retargeting continues from it). */
  readonly bits?: number;
  /** New initial reward in base units from this height (halvings still count from genesis). */
  readonly reward?: number;
}

export interface ConsensusParams {
  /** Shown in the UI and stored with exports; not consensus-critical. */
  readonly name: string;
  /** Version byte of P2PKH addresses (Bitcoin mainnet 0x00, addresses start with "1"). */
  readonly addressVersion: number;
  /** Block reward at height 0, in base units (Bitcoin: 50 coins). */
  readonly initialReward: number;
  /** The reward halves every this many blocks (Bitcoin: 210,000). 0 = never. */
  readonly halvingInterval: number;
  /** Wanted seconds between blocks (Bitcoin: 600). */
  readonly targetSpacing: number;
  /** Difficulty is recomputed every this many blocks (Bitcoin: 2016). 0 = never (fixed difficulty, like regtest). */
  readonly retargetInterval: number;
  /** The easiest allowed target, in compact form (Bitcoin: 0x1d00ffff, regtest: 0x207fffff). */
  readonly powLimitBits: number;
  /** Difficulty of the genesis block and of every block until the first retarget. */
  readonly genesisBits: number;
  /** A coinbase created at height h may be spent in a block at height >= h + maturity (Bitcoin: 100). */
  readonly coinbaseMaturity: number;
  /** Largest block encoding in bytes (Bitcoin's legacy limit: 1,000,000). */
  readonly maxBlockSize: number;
  /** A block may not be timestamped more than this many seconds ahead of the node's clock (Bitcoin: 7200). */
  readonly maxFutureBlockTime: number;
  /** Number of previous blocks whose median time a new block must exceed (Bitcoin: 11). */
  readonly medianTimeSpan: number;
  /** Teacher-set difficulty or reward changes, sorted by height. */
  readonly overrides: readonly ParamOverride[];
}

export const CLASSROOM_PARAMS: ConsensusParams = Object.freeze({
  name: 'classroom',
  addressVersion: DEFAULT_ADDRESS_VERSION,
  initialReward: 10 * COIN,
  halvingInterval: 210,
  targetSpacing: 10,
  retargetInterval: 20,
  powLimitBits: 0x207fffff,
  // target 0xffff * 2^224: about 65,536 hashes per block, a fraction of a second in the browser.
  genesisBits: 0x1f00ffff,
  coinbaseMaturity: 1,
  maxBlockSize: 1_000_000,
  maxFutureBlockTime: 2 * 60 * 60,
  medianTimeSpan: 11,
  overrides: [],
});

/** Bitcoin mainnet's values (the genesis difficulty is real: mining it in a browser takes years). */
export const BITCOIN_PARAMS: ConsensusParams = Object.freeze({
  name: 'bitcoin',
  addressVersion: 0x00,
  initialReward: 50 * COIN,
  halvingInterval: 210_000,
  targetSpacing: 600,
  retargetInterval: 2016,
  powLimitBits: 0x1d00ffff,
  genesisBits: 0x1d00ffff,
  coinbaseMaturity: 100,
  maxBlockSize: 1_000_000,
  maxFutureBlockTime: 2 * 60 * 60,
  medianTimeSpan: 11,
  overrides: [],
});

/** Regtest-like: a target so easy that about every second hash wins. For tests and fast-forward simulation. */
export const REGTEST_PARAMS: ConsensusParams = Object.freeze({
  ...CLASSROOM_PARAMS,
  name: 'regtest',
  retargetInterval: 0,
  genesisBits: 0x207fffff,
});

/** A parameter outside its range, naming it and the range (for a sentence in any language). */
export class ParamRangeError extends RangeError {
  override name = 'ParamRangeError';
  constructor(
    readonly param: keyof ConsensusParams,
    readonly min: number,
    readonly max: number,
    readonly got: unknown,
  ) {
    super(`${param} must be an integer from ${min} to ${max}, got ${String(got)}`);
  }
}

/** Checks a params object coming from a form, a file or the API; names the first bad field. */
export function validateParams(p: ConsensusParams): ConsensusParams {
  const int = (name: keyof ConsensusParams, min: number, max: number) => {
    const v = p[name];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw new ParamRangeError(name, min, max, v);
  };
  if (p === null || typeof p !== 'object') throw new TypeError('params must be an object');
  for (const key of Object.keys(p)) if (!(key in REGTEST_PARAMS)) throw new TypeError(`${key.slice(0, 40)} is not a consensus parameter`);
  // The name is shown and saved: a text, not empty (a file edited by hand can hold anything).
  if (typeof p.name !== 'string' || p.name.trim().length === 0 || p.name.length > 40) throw new TypeError('name must be a text of 1 to 40 characters');
  int('addressVersion', 0, 255);
  int('initialReward', 0, 21_000_000 * COIN);
  int('halvingInterval', 0, 1e9);
  int('targetSpacing', 1, 86_400);
  int('retargetInterval', 0, 1e6);
  int('powLimitBits', 0x03000001, 0x2100ffff);
  int('genesisBits', 0x03000001, 0x2100ffff);
  int('coinbaseMaturity', 0, 1000);
  int('maxBlockSize', 1000, 32_000_000);
  int('maxFutureBlockTime', 0, 1e7);
  int('medianTimeSpan', 1, 101);
  if (!Array.isArray(p.overrides)) throw new TypeError('overrides must be an array');
  let last = -1;
  for (const o of p.overrides) {
    if (o === null || typeof o !== 'object') throw new TypeError('each override must be an object');
    for (const key of Object.keys(o)) if (key !== 'height' && key !== 'bits' && key !== 'reward') throw new TypeError(`${key.slice(0, 40)} is not a field of an override (height, bits, reward)`);
    if (!Number.isSafeInteger(o.height) || o.height <= last) throw new RangeError('overrides must have increasing integer heights');
    if (o.bits !== undefined && (!Number.isSafeInteger(o.bits) || o.bits < 0x03000001 || o.bits > 0x2100ffff)) throw new RangeError(`override bits at height ${o.height} must be an integer from 50331649 to 553713663`);
    if (o.reward !== undefined && (!Number.isSafeInteger(o.reward) || o.reward < 0 || o.reward > 21_000_000 * COIN)) throw new RangeError(`override reward at height ${o.height} must be an integer from 0 to ${21_000_000 * COIN}`);
    last = o.height;
  }
  return p;
}

/** Params with a difficulty and/or reward change from `height` on (replacing one at the same height). */
export function withOverride(p: ConsensusParams, override: ParamOverride): ConsensusParams {
  const others = p.overrides.filter((o) => o.height !== override.height);
  const merged = { ...p.overrides.find((o) => o.height === override.height), ...override };
  const overrides = [...others, merged].sort((a, b) => a.height - b.height);
  return Object.freeze({ ...p, overrides });
}

/** Block reward at `height`: the initial reward (or the latest override's) halved every halvingInterval. */
export function blockSubsidy(height: number, p: ConsensusParams): number {
  let base = p.initialReward;
  for (const o of p.overrides) if (o.height <= height && o.reward !== undefined) base = o.reward;
  if (p.halvingInterval === 0) return base;
  const halvings = Math.floor(height / p.halvingInterval);
  // Bitcoin: "Force block reward to zero when right shift is undefined" (>= 64 halvings).
  if (halvings >= 64) return 0;
  return Math.floor(base / 2 ** halvings);
}

/** The override that fixes the bits at exactly `height`, if any. */
export function bitsOverrideAt(height: number, p: ConsensusParams): number | undefined {
  for (const o of p.overrides) if (o.height === height && o.bits !== undefined) return o.bits;
  return undefined;
}

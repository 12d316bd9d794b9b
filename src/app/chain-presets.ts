/**
 * Consensus parameters for a NEW chain: the presets the Settings panel offers
 * and the check every new chain passes before it is built.
 *
 * A new chain is the seeded demo rebuilt with other parameters, and building it
 * mines its history (genesis + 12 blocks) at the genesis difficulty, in the
 * browser. Bitcoin's real genesis difficulty (bits 0x1d00ffff: about 4.3 billion
 * hashes per block, 2^256 / (target + 1)) would take days there, so the Bitcoin
 * preset keeps every Bitcoin value except the difficulty, which starts at the
 * classroom target, and any parameters whose genesis needs more than
 * MAX_GENESIS_WORK expected hashes per block are refused with a sentence saying so.
 */
import {
  BITCOIN_PARAMS,
  CLASSROOM_PARAMS,
  ParamRangeError,
  REGTEST_PARAMS,
  bitsToTarget,
  validateParams,
  workForBits,
  type ConsensusParams,
} from '../core/index';
import { PocketError, badValue } from './errors';
import { said } from './app-sentences';

export type ChainPresetId = 'classroom' | 'bitcoin' | 'simulation';

export interface ChainPreset {
  readonly id: ChainPresetId;
  readonly label: string;
  /** One or two sentences for the form. */
  readonly description: string;
  readonly params: ConsensusParams;
}

/**
 * The hardest genesis difficulty allowed: bits 0x1e0fffff, about 2^20 (a million)
 * expected hashes per block. Measured: the demo history at the classroom 2^16
 * builds in about 1.5 s on one core; 16 times that is the most a class should wait.
 */
export const HARDEST_GENESIS_BITS = 0x1e0fffff;
export const MAX_GENESIS_WORK = workForBits(HARDEST_GENESIS_BITS);

export const CHAIN_PRESETS: readonly ChainPreset[] = [
  {
    id: 'classroom',
    label: 'Classroom (real proof of work)',
    description: 'Blocks every 10 s at a target that needs about 65,000 hashes (a fraction of a second), 10-coin reward, coins spendable from the next block.',
    params: CLASSROOM_PARAMS,
  },
  {
    id: 'bitcoin',
    label: 'Bitcoin values',
    description:
      "Bitcoin's 50-coin reward, halving every 210,000 blocks, 600 s spacing, retarget every 2016 blocks, 100-block coinbase maturity. " +
      "The genesis difficulty is the classroom one: Bitcoin's own (0x1d00ffff, about 4.3 billion hashes per block) would take days to mine in a browser.",
    params: Object.freeze({
      ...BITCOIN_PARAMS,
      name: 'bitcoin (classroom difficulty)',
      powLimitBits: CLASSROOM_PARAMS.powLimitBits,
      genesisBits: CLASSROOM_PARAMS.genesisBits,
    }),
  },
  {
    id: 'simulation',
    label: 'Simulation (easy target)',
    description: 'A target so easy that about every second hash wins (like regtest) and no retargeting: blocks are instant, for fast-forwarding the network.',
    params: REGTEST_PARAMS,
  },
];

export function chainPreset(id: ChainPresetId): ChainPreset {
  const preset = CHAIN_PRESETS.find((p) => p.id === id);
  if (!preset) throw new RangeError(`preset must be one of ${CHAIN_PRESETS.map((p) => p.id).join(', ')}, got ${String(id)}`);
  return preset;
}

/** The preset whose parameters equal `params` (ignoring name and overrides), or null for custom ones. */
export function presetOf(params: ConsensusParams): ChainPresetId | null {
  const strip = ({ name: _n, overrides: _o, ...rest }: ConsensusParams) => JSON.stringify(rest);
  return CHAIN_PRESETS.find((p) => strip(p.params) === strip(params))?.id ?? null;
}

/** Expected hashes to find one block at `bits` (Bitcoin's work: 2^256 / (target + 1)). */
export function expectedHashes(bits: number): bigint {
  return workForBits(bits);
}

/**
 * Checks parameters for a new chain: core's validateParams (the first bad field,
 * named), a genesis target within the proof-of-work limit, and a genesis that can
 * be mined in the browser. Throws a PocketError whose `field` is the parameter's name.
 */
export function checkNewChainParams(params: ConsensusParams): ConsensusParams {
  if (params === null || typeof params !== 'object') throw new PocketError('bad-argument', 'The consensus parameters must be an object.', 'params');
  try {
    validateParams(params);
  } catch (e) {
    if (e instanceof ParamRangeError) {
      // Bits are written in hex, as the form shows them; other limits as plain numbers.
      const write = (v: unknown) => (typeof v === 'number' && e.param.endsWith('Bits') ? `0x${hex(v)}` : String(v));
      throw badValue(e.param, said('paramRange', { name: e.param, min: write(e.min), max: write(e.max), got: write(e.got) }));
    }
    const message = (e as Error).message;
    const field = /^(\w+)/.exec(message)?.[1] ?? 'params';
    throw new PocketError('bad-argument', `Consensus parameters: ${message}.`, field);
  }
  if (params.overrides.length > 0) throw badValue('overrides', said('newChainOverrides'));
  if (bitsToTarget(params.genesisBits) > bitsToTarget(params.powLimitBits)) {
    throw badValue('genesisBits', said('genesisTooEasy', { bits: `0x${hex(params.genesisBits)}`, limit: `0x${hex(params.powLimitBits)}` }));
  }
  const work = expectedHashes(params.genesisBits);
  if (work > MAX_GENESIS_WORK) {
    throw badValue('genesisBits', said('genesisTooHard', { bits: `0x${hex(params.genesisBits)}`, hashes: work, hardest: `0x${hex(HARDEST_GENESIS_BITS)}`, maxHashes: MAX_GENESIS_WORK }));
  }
  return params;
}

function hex(bits: number): string {
  return bits.toString(16).padStart(8, '0');
}

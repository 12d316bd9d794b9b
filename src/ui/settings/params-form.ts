/**
 * The "new chain" form of the Settings panel as plain data: the editable
 * consensus parameters, their labels and units, filling the fields from a
 * preset or the running chain, and reading them back. Each bad field gets its
 * own sentence naming it; the assembled params then go through the same check
 * the system makes (core validateParams + "can the browser mine this genesis"),
 * so the form never offers something the system would refuse.
 */
import { bitsToTarget, formatCoins, parseCoins, type ConsensusParams } from '../../core/index';
import { CHAIN_PRESETS, chainPreset, checkNewChainParams, expectedHashes, presetOf, type ChainPresetId } from '../../app/chain-presets';
import { PocketError } from '../../api/index';

/** The parameters a teacher may edit (the rest come from the chosen preset). */
export type ParamField = 'initialReward' | 'halvingInterval' | 'targetSpacing' | 'retargetInterval' | 'genesisBits' | 'coinbaseMaturity' | 'maxBlockSize';

export interface FieldSpec {
  readonly key: ParamField;
  readonly label: string;
  readonly hint: string;
  /** Whole numbers accepted (for integer fields). */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
}

// Ranges mirror core's validateParams (src/core/params.ts), so the sentence here comes first.
export const PARAM_FIELDS: readonly FieldSpec[] = [
  { key: 'initialReward', label: 'Initial reward (coins)', hint: 'Paid to the miner of each block before halvings; Bitcoin: 50.' },
  { key: 'halvingInterval', label: 'Halving interval (blocks)', hint: 'The reward halves every this many blocks; 0 = never. Bitcoin: 210,000.', min: 0, max: 1e9, unit: 'blocks' },
  { key: 'targetSpacing', label: 'Target spacing (s)', hint: 'Wanted seconds between blocks; retargeting aims at it. Bitcoin: 600.', min: 1, max: 86_400, unit: 'seconds' },
  { key: 'retargetInterval', label: 'Retarget interval (blocks)', hint: 'Difficulty is recomputed every this many blocks; 0 = fixed. Bitcoin: 2016.', min: 0, max: 1e6, unit: 'blocks' },
  { key: 'genesisBits', label: 'Genesis difficulty (compact bits)', hint: 'Hex like 0x1f00ffff; a smaller value is harder.' },
  { key: 'coinbaseMaturity', label: 'Coinbase maturity (blocks)', hint: 'A reward can be spent this many blocks later; Bitcoin: 100.', min: 0, max: 1000, unit: 'blocks' },
  { key: 'maxBlockSize', label: 'Max block size (bytes)', hint: "Largest block encoding; Bitcoin's legacy limit: 1,000,000.", min: 1000, max: 32_000_000, unit: 'bytes' },
];

export type ParamValues = Record<ParamField, string>;
export type ParamErrors = Partial<Record<ParamField | 'seed' | 'form', string>>;

export type ParamsReading =
  | { readonly ok: true; readonly params: ConsensusParams; readonly seed: string }
  | { readonly ok: false; readonly errors: ParamErrors };

export { CHAIN_PRESETS, chainPreset, presetOf, type ChainPresetId };

export function bitsHex(bits: number): string {
  return '0x' + bits.toString(16).padStart(8, '0');
}

/** The form's texts for `params` (a preset's or the running chain's). */
export function valuesFromParams(params: ConsensusParams): ParamValues {
  return {
    initialReward: formatCoins(params.initialReward),
    halvingInterval: String(params.halvingInterval),
    targetSpacing: String(params.targetSpacing),
    retargetInterval: String(params.retargetInterval),
    genesisBits: bitsHex(params.genesisBits),
    coinbaseMaturity: String(params.coinbaseMaturity),
    maxBlockSize: String(params.maxBlockSize),
  };
}

function fieldLabel(key: ParamField): string {
  return PARAM_FIELDS.find((f) => f.key === key)!.label;
}

/** A whole number typed with optional thousands separators ("210,000", "2 016"). */
function readInteger(spec: FieldSpec, text: string): number | string {
  const s = String(text ?? '').trim().replace(/[\s,_]/g, '');
  const range = `from ${spec.min!.toLocaleString('en-US')} to ${spec.max!.toLocaleString('en-US')}`;
  if (s === '') return `${spec.label}: enter a whole number of ${spec.unit} ${range}.`;
  if (!/^\d+$/.test(s)) return `${spec.label}: "${text.trim()}" is not a whole number of ${spec.unit} (${range}).`;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < spec.min! || n > spec.max!) return `${spec.label}: must be ${range}, not ${Number.isSafeInteger(n) ? n.toLocaleString('en-US') : s}.`;
  return n;
}

/** Compact bits typed as hex ("0x1f00ffff" or "1f00ffff"). */
function readBits(text: string): number | string {
  const s = String(text ?? '').trim().toLowerCase();
  const label = fieldLabel('genesisBits');
  if (!/^(0x)?[0-9a-f]{1,8}$/.test(s)) return `${label}: enter up to 8 hex digits, such as 0x1f00ffff.`;
  const bits = Number.parseInt(s.replace(/^0x/, ''), 16);
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch (e) {
    return `${label}: ${(e as Error).message}.`;
  }
  if (target === 0n) return `${label}: ${bitsHex(bits)} is a target of zero, which no hash can meet.`;
  return bits;
}

/**
 * Reads the form against the preset it started from (which supplies the fields not
 * shown: address version, proof-of-work limit, time rules). Every field is read, so
 * every bad one shows its message at once.
 */
export function readParamsForm(values: ParamValues, seedText: string, presetId: ChainPresetId): ParamsReading {
  const errors: ParamErrors = {};
  const parsed: Partial<Record<ParamField, number>> = {};
  for (const spec of PARAM_FIELDS) {
    const text = values[spec.key] ?? '';
    let v: number | string;
    if (spec.key === 'initialReward') {
      try {
        v = parseCoins(text, { allowZero: true });
      } catch (e) {
        v = `${spec.label}: ${(e as Error).message}`;
      }
    } else if (spec.key === 'genesisBits') {
      v = readBits(text);
    } else {
      v = readInteger(spec, text);
    }
    if (typeof v === 'string') errors[spec.key] = v;
    else parsed[spec.key] = v;
  }
  const seed = String(seedText ?? '').trim();
  if (seed === '') errors.seed = 'Seed: enter a word or phrase; the same seed gives the same chain.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const preset = chainPreset(presetId).params;
  const params: ConsensusParams = Object.freeze({ ...preset, ...(parsed as Record<ParamField, number>), overrides: [] });
  const named: ConsensusParams = Object.freeze({ ...params, name: presetOf(params) === presetId ? preset.name : 'custom' });
  try {
    checkNewChainParams(named);
  } catch (e) {
    const field = e instanceof PocketError ? e.field : undefined;
    const key = PARAM_FIELDS.some((f) => f.key === field) ? (field as ParamField) : 'form';
    return { ok: false, errors: { [key]: key === 'form' ? (e as Error).message : `${fieldLabel(key)}: ${(e as Error).message}` } };
  }
  return { ok: true, params: named, seed };
}

/** "about 65,537 hashes per block" for the genesis field's hint, or '' while the text is not valid bits. */
export function genesisWorkHint(text: string): string {
  const bits = readBits(text);
  if (typeof bits === 'string') return '';
  return `About ${expectedHashes(bits).toLocaleString('en-US')} hashes per block.`;
}

/** One line describing a chain's parameters (the running one, above the form). */
export function describeParams(params: ConsensusParams): string {
  const preset = presetOf(params);
  const name = preset ? CHAIN_PRESETS.find((p) => p.id === preset)!.label : `custom (${params.name})`;
  const halving = params.halvingInterval === 0 ? 'never halves' : `halves every ${params.halvingInterval.toLocaleString('en-US')} blocks`;
  const retarget = params.retargetInterval === 0 ? 'fixed difficulty' : `retarget every ${params.retargetInterval.toLocaleString('en-US')} blocks`;
  return `${name}: ${formatCoins(params.initialReward)}-coin reward (${halving}), a block every ${params.targetSpacing} s, ${retarget}, genesis bits ${bitsHex(params.genesisBits)}, coinbase maturity ${params.coinbaseMaturity}, blocks up to ${params.maxBlockSize.toLocaleString('en-US')} bytes`;
}

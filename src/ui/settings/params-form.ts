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
import { PocketError } from '../../app/errors';
import { text } from './text';
import { errorSentence } from '../errors/error-sentence';
import { said } from '../../app/app-sentences';
import { appSentence } from '../app-words/app-sentence';

/** The parameters a teacher may edit (the rest come from the chosen preset). */
export type ParamField = 'initialReward' | 'halvingInterval' | 'targetSpacing' | 'retargetInterval' | 'genesisBits' | 'coinbaseMaturity' | 'maxBlockSize';

/** A field's label and hint are its words (text.fields[key]). */
export interface FieldSpec {
  readonly key: ParamField;
  /** Whole numbers accepted (for integer fields). */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: 'blocks' | 'seconds' | 'bytes';
}

// Ranges mirror core's validateParams (src/core/params.ts), so the sentence here comes first.
export const PARAM_FIELDS: readonly FieldSpec[] = [
  { key: 'initialReward' },
  { key: 'halvingInterval', min: 0, max: 1e9, unit: 'blocks' },
  { key: 'targetSpacing', min: 1, max: 86_400, unit: 'seconds' },
  { key: 'retargetInterval', min: 0, max: 1e6, unit: 'blocks' },
  { key: 'genesisBits' },
  { key: 'coinbaseMaturity', min: 0, max: 1000, unit: 'blocks' },
  { key: 'maxBlockSize', min: 1000, max: 32_000_000, unit: 'bytes' },
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
  return text.fields[key].label;
}

/** A preset's name in the current language. */
export function presetLabel(id: ChainPresetId): string {
  return text.presets[id].label;
}

/** A whole number typed with optional thousands separators ("210,000", "2 016"). */
function readInteger(spec: FieldSpec, typed: string): number | string {
  const s = String(typed ?? '').trim().replace(/[\s,_]/g, '');
  const label = fieldLabel(spec.key);
  if (s === '') return text.field.empty(label, spec.unit!, spec.min!, spec.max!);
  if (!/^\d+$/.test(s)) return text.field.notWhole(label, typed.trim(), spec.unit!, spec.min!, spec.max!);
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < spec.min! || n > spec.max!) return text.field.outOfRange(label, spec.min!, spec.max!, Number.isSafeInteger(n) ? n : s);
  return n;
}

/** Compact bits typed as hex ("0x1f00ffff" or "1f00ffff"). */
function readBits(typed: string): number | string {
  const s = String(typed ?? '').trim().toLowerCase();
  const label = fieldLabel('genesisBits');
  if (!/^(0x)?[0-9a-f]{1,8}$/.test(s)) return text.field.notBits(label);
  const bits = Number.parseInt(s.replace(/^0x/, ''), 16);
  let target: bigint;
  try {
    target = bitsToTarget(bits);
  } catch {
    // A negative target (the mantissa's sign bit) or one above 2^256: the same sentences the app refuses them with.
    return `${label}: ${appSentence(said((bits & 0x00800000) !== 0 ? 'bitsNegative' : 'bitsOverflow', { bits: bitsHex(bits) }))}`;
  }
  if (target === 0n) return text.field.zeroTarget(label, bitsHex(bits));
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
    const typed = values[spec.key] ?? '';
    let v: number | string;
    if (spec.key === 'initialReward') {
      try {
        v = parseCoins(typed, { allowZero: true });
      } catch (e) {
        v = `${fieldLabel(spec.key)}: ${errorSentence(e)}`;
      }
    } else if (spec.key === 'genesisBits') {
      v = readBits(typed);
    } else {
      v = readInteger(spec, typed);
    }
    if (typeof v === 'string') errors[spec.key] = v;
    else parsed[spec.key] = v;
  }
  const seed = String(seedText ?? '').trim();
  if (seed === '') errors.seed = text.field.seedMissing;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const preset = chainPreset(presetId).params;
  const params: ConsensusParams = Object.freeze({ ...preset, ...(parsed as Record<ParamField, number>), overrides: [] });
  const named: ConsensusParams = Object.freeze({ ...params, name: presetOf(params) === presetId ? preset.name : 'custom' });
  try {
    checkNewChainParams(named);
  } catch (e) {
    const field = e instanceof PocketError ? e.field : undefined;
    const key = PARAM_FIELDS.some((f) => f.key === field) ? (field as ParamField) : 'form';
    return { ok: false, errors: { [key]: key === 'form' ? errorSentence(e) : `${fieldLabel(key)}: ${errorSentence(e)}` } };
  }
  return { ok: true, params: named, seed };
}

/** "about 65,537 hashes per block" for the genesis field's hint, or '' while the text is not valid bits. */
export function genesisWorkHint(typed: string): string {
  const bits = readBits(typed);
  if (typeof bits === 'string') return '';
  return text.field.genesisWork(expectedHashes(bits));
}

/** One line describing a chain's parameters (the running one, above the form). */
export function describeParams(params: ConsensusParams): string {
  const preset = presetOf(params);
  const d = text.describe;
  const name = preset ? presetLabel(preset) : d.custom(params.name);
  const halving = params.halvingInterval === 0 ? d.neverHalves : d.halvesEvery(params.halvingInterval);
  const retarget = params.retargetInterval === 0 ? d.fixed : d.retargetEvery(params.retargetInterval);
  return d.line(name, formatCoins(params.initialReward), halving, params.targetSpacing, retarget, bitsHex(params.genesisBits), params.coinbaseMaturity, params.maxBlockSize);
}

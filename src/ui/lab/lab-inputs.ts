/**
 * The lab forms' fields, typed as text: each read into its value or a
 * sentence saying what is wrong (shown under the field, nothing is run). The
 * ranges are the lab's own (src/lab plans), so the page refuses what the app
 * would refuse, in the page's words.
 */
import { text } from './text';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface DecimalField {
  /** How the sentence names the field: "The attacker's share q". */
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Whether min and max themselves are refused. */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  /** A good value to show in the message. */
  readonly example: string;
}

const clean = (typed: string) => typed.trim().replace(/[\s_]/g, '');

export function parseDecimal(typed: string, f: DecimalField): Parsed<number> {
  const t = clean(typed).replace(/%$/, '');
  const w = text.inputs;
  const lower = f.minExclusive ? w.above(f.min) : w.atLeast(f.min);
  const upper = f.maxExclusive ? w.below(f.max) : w.atMost(f.max);
  const range = !f.minExclusive && !f.maxExclusive ? w.fromTo(f.min, f.max) : w.and(lower, upper);
  if (t === '') return { ok: false, error: w.decimalEmpty(f.name, range, f.example) };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: w.notDecimal(f.name, f.example) };
  // "30%" means 0.3 when the field is a share.
  const value = typed.trim().endsWith('%') ? Number(t) / 100 : Number(t);
  const low = f.minExclusive ? value <= f.min : value < f.min;
  const high = f.maxExclusive ? value >= f.max : value > f.max;
  if (low || high) return { ok: false, error: w.decimalRange(f.name, range, f.example) };
  return { ok: true, value };
}

export function parseWhole(typed: string, f: { name: string; min: number; max: number }): Parsed<number> {
  const t = clean(typed).replace(/,/g, '');
  if (t === '') return { ok: false, error: text.inputs.wholeEmpty(f.name, f.min, f.max) };
  if (!/^[-+]?\d+$/.test(t)) return { ok: false, error: text.inputs.notWhole(f.name, f.min, f.max) };
  const value = Number(t);
  if (value < f.min || value > f.max) return { ok: false, error: text.inputs.wholeRange(f.name, f.min, f.max) };
  return { ok: true, value };
}

export function parseSeed(typed: string): Parsed<string> {
  const t = typed.trim();
  if (t === '') return { ok: false, error: text.inputs.seedEmpty };
  if (t.length > 100) return { ok: false, error: text.inputs.seedLong };
  return { ok: true, value: t };
}

/** "0.1, 0.25 0.5" -> [0.1, 0.25, 0.5]: each a delay over the block spacing, above 0 and at most 2. */
export function parseDelays(typed: string): Parsed<number[]> {
  const parts = typed.split(/[,;\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, error: text.inputs.delaysEmpty };
  if (parts.length > 10) return { ok: false, error: text.inputs.delaysMany };
  const values: number[] = [];
  for (const p of parts) {
    const v = parseDecimal(p, { name: text.inputs.delay(p), min: 0, max: 2, minExclusive: true, example: '0.25' });
    if (!v.ok) return v;
    values.push(v.value);
  }
  return { ok: true, value: values };
}

/** Reads every field; the first error of each is kept by name. */
export function readForm<T extends Record<string, Parsed<unknown>>>(fields: T): { values?: { [K in keyof T]: T[K] extends Parsed<infer V> ? V : never }; errors: Partial<Record<keyof T, string>> } {
  const errors: Partial<Record<keyof T, string>> = {};
  const values = {} as Record<keyof T, unknown>;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const r = fields[key]!;
    if (r.ok) values[key] = r.value;
    else errors[key] = r.error;
  }
  return Object.keys(errors).length > 0 ? { errors } : { values: values as never, errors };
}

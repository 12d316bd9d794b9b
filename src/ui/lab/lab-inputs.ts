/**
 * The lab forms' fields, typed as text: each read into its value or a
 * sentence saying what is wrong (shown under the field, nothing is run). The
 * ranges are the lab's own (src/lab plans), so the page refuses what the app
 * would refuse, in the page's words.
 */

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

const clean = (text: string) => text.trim().replace(/[\s_]/g, '');

export function parseDecimal(text: string, f: DecimalField): Parsed<number> {
  const t = clean(text).replace(/%$/, '');
  const lower = f.minExclusive ? `above ${f.min}` : `at least ${f.min}`;
  const upper = f.maxExclusive ? `below ${f.max}` : `at most ${f.max}`;
  const range = !f.minExclusive && !f.maxExclusive ? `from ${f.min} to ${f.max}` : `${lower} and ${upper}`;
  if (t === '') return { ok: false, error: `Enter ${f.name}: a number ${range}, like ${f.example}.` };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: `${f.name} must be a number (with a dot for decimals), like ${f.example}.` };
  // "30%" means 0.3 when the field is a share.
  const value = text.trim().endsWith('%') ? Number(t) / 100 : Number(t);
  const low = f.minExclusive ? value <= f.min : value < f.min;
  const high = f.maxExclusive ? value >= f.max : value > f.max;
  if (low || high) return { ok: false, error: `${f.name} must be ${range}, like ${f.example}.` };
  return { ok: true, value };
}

export function parseWhole(text: string, f: { name: string; min: number; max: number }): Parsed<number> {
  const t = clean(text).replace(/,/g, '');
  const range = `${f.min.toLocaleString('en-US')} to ${f.max.toLocaleString('en-US')}`;
  if (t === '') return { ok: false, error: `Enter ${f.name}: a whole number from ${range}.` };
  if (!/^[-+]?\d+$/.test(t)) return { ok: false, error: `${f.name} must be a whole number from ${range}.` };
  const value = Number(t);
  if (value < f.min || value > f.max) return { ok: false, error: `${f.name} must be from ${range}.` };
  return { ok: true, value };
}

export function parseSeed(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return { ok: false, error: 'Enter a seed: any word or number (the same seed gives the same result).' };
  if (t.length > 100) return { ok: false, error: 'The seed must be at most 100 characters.' };
  return { ok: true, value: t };
}

/** "0.1, 0.25 0.5" -> [0.1, 0.25, 0.5]: each a delay over the block spacing, above 0 and at most 2. */
export function parseDelays(text: string): Parsed<number[]> {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, error: 'Enter one or more delays d/T, like 0.1, 0.25, 0.5.' };
  if (parts.length > 10) return { ok: false, error: 'At most 10 delays at a time.' };
  const values: number[] = [];
  for (const p of parts) {
    const v = parseDecimal(p, { name: `The delay ${p}`, min: 0, max: 2, minExclusive: true, example: '0.25' });
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

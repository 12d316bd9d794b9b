/**
 * Words and numbers for the mining figures, written the way a reader of the
 * page's language expects (Intl): hash rates with their unit ("1.56 MH/s",
 * "1,56 MH/s"), durations in human units (a teacher reads "about 3 min", not
 * "183.4 s"; "3 Min., 20 Sek.", "3分钟20秒"), and counts that may exceed 2^53
 * (expected hashes at Bitcoin's difficulty). The language defaults to the
 * page's; tests pass it.
 */
import { currentLanguage } from '../i18n/language.svelte';
import type { Language } from '../i18n/locales';

const RATE_UNITS: readonly [number, string][] = [
  [1e12, 'TH/s'],
  [1e9, 'GH/s'],
  [1e6, 'MH/s'],
  [1e3, 'kH/s'],
];

const formats = new Map<string, Intl.NumberFormat>();
/** One cached Intl.NumberFormat per language and options. */
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}/${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, options);
    formats.set(key, f);
  }
  return f;
}

/** Exactly `digits` decimals: 1.50, 1,50. */
function fixed(language: Language, n: number, digits: number, unit?: string): string {
  return numberFormat(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(unit ? { style: 'unit', unit, unitDisplay: unit === 'day' || unit === 'year' ? 'long' : 'short' } : {}),
  }).format(n);
}

/** Three significant digits, no exponent: 1.56, 15.6, 156. */
function threeDigits(language: Language, n: number, unit?: string): string {
  const abs = Math.abs(n);
  return fixed(language, n, abs >= 100 ? 0 : abs >= 10 ? 1 : 2, unit);
}

/** 1561308 -> "1.56 MH/s" ("1,56 MH/s" in German); 0 -> "0 H/s". */
export function formatHashRate(hashesPerSecond: number, language: Language = currentLanguage.language): string {
  if (typeof hashesPerSecond !== 'number' || !Number.isFinite(hashesPerSecond) || hashesPerSecond < 0) {
    throw new RangeError(`hashesPerSecond must be a finite number >= 0, got ${String(hashesPerSecond)}`);
  }
  for (const [size, unit] of RATE_UNITS)
    if (hashesPerSecond >= size) return `${threeDigits(language, hashesPerSecond / size)} ${unit}`;
  return `${fixed(language, Math.round(hashesPerSecond), 0)} H/s`;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

/** "3 min 20 sec", "3 Min., 20 Sek.", "3分钟20秒": two units joined as the language joins them. */
function twoUnits(language: Language, big: number, bigUnit: string, small: number, smallUnit: string): string {
  return new Intl.ListFormat(language, { type: 'unit', style: 'narrow' }).format([
    fixed(language, big, 0, bigUnit),
    fixed(language, small, 0, smallUnit),
  ]);
}

/**
 * Seconds in the largest unit that keeps the figure readable (English:
 * 0.0123 -> "12 ms", 4.2 -> "4.2 sec", 200 -> "3 min 20 sec", 7300 -> "2 hr 2 min",
 * "3.0 days", "12.0 years", "4,100,000 years" (Bitcoin's difficulty on one
 * laptop), beyond 10^15 years in powers of ten; "∞ years" when nothing can be found).
 */
export function formatDuration(seconds: number, language: Language = currentLanguage.language): string {
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0)
    throw new RangeError(`seconds must be a number >= 0, got ${String(seconds)}`);
  if (!Number.isFinite(seconds)) return fixed(language, Infinity, 0, 'year');
  if (seconds < 1) return fixed(language, Math.max(0, Math.round(seconds * 1000)), 0, 'millisecond');
  if (seconds < 10) return fixed(language, seconds, 1, 'second');
  if (seconds < MINUTE) return fixed(language, Math.round(seconds), 0, 'second');
  if (seconds < HOUR) {
    const m = Math.floor(seconds / MINUTE);
    const s = Math.round(seconds - m * MINUTE);
    return s === 0 || s === 60 ? fixed(language, s === 60 ? m + 1 : m, 0, 'minute') : twoUnits(language, m, 'minute', s, 'second');
  }
  if (seconds < DAY) {
    const h = Math.floor(seconds / HOUR);
    const m = Math.round((seconds - h * HOUR) / MINUTE);
    return m === 0 || m === 60 ? fixed(language, m === 60 ? h + 1 : h, 0, 'hour') : twoUnits(language, h, 'hour', m, 'minute');
  }
  if (seconds < YEAR) {
    const d = seconds / DAY;
    return fixed(language, d < 10 ? d : Math.round(d), d < 10 ? 1 : 0, 'day');
  }
  const years = seconds / YEAR;
  if (years < 1000) return threeDigits(language, years, 'year');
  // Digits rather than "million years": Spanish and German join those words to the unit differently.
  if (years < 1e15)
    return numberFormat(language, { maximumSignificantDigits: 3, style: 'unit', unit: 'year', unitDisplay: 'long' }).format(years);
  return numberFormat(language, { style: 'unit', unit: 'year', unitDisplay: 'long' })
    .formatToParts(0)
    .map((p) => (p.type === 'integer' ? powerOfTen(language, years) : p.value))
    .join('');
}

/** 1.2e22 -> "1.20 × 10^22". */
function powerOfTen(language: Language, n: number): string {
  const exponent = Math.floor(Math.log10(n));
  return `${fixed(language, n / 10 ** exponent, 2)} × 10^${exponent}`;
}

/** 4_100_000 -> "4.10 million" ("4,10 Millionen", "410万"); below a thousand as digits; from 10^15 in powers of ten. */
export function formatLargeNumber(n: number, language: Language = currentLanguage.language): string {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`n must be a finite number >= 0, got ${String(n)}`);
  if (n >= 1e15) return powerOfTen(language, n);
  if (n < 1000) return fixed(language, Math.round(n), 0);
  return numberFormat(language, {
    notation: 'compact',
    compactDisplay: 'long',
    minimumSignificantDigits: 3,
    maximumSignificantDigits: 3,
  }).format(n);
}

/** A count that may exceed 2^53 (bigint): exact with the language's separators up to 10^15, then in powers of ten. */
export function formatHashCount(n: bigint | number, language: Language = currentLanguage.language): string {
  const big = typeof n === 'bigint' ? n : BigInt(Math.round(n));
  if (big < 0n) throw new RangeError('n must be >= 0');
  if (big < 1_000_000_000_000_000n) return numberFormat(language, { maximumFractionDigits: 0 }).format(big);
  return formatLargeNumber(Number(big), language);
}

/** "0x1f00ffff". */
export function bitsHex(bits: number): string {
  return `0x${bits.toString(16).padStart(8, '0')}`;
}

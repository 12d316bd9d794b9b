/**
 * Numbers, amounts and dates written the way a reader of the language expects
 * (Intl): 1,234.5 in English, 1.234,5 in German, 1234,5 in Spanish. Amounts
 * stay exact: base units are integers and the coin value is built from them
 * as a decimal string, never through a float.
 */
import { COIN } from '../../core/amount';
import type { Language } from './locales';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${language}/${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { maximumFractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

/** A count or a measure: grouped digits, at most `fractionDigits` decimals. */
export function formatNumber(language: Language, n: number | bigint, fractionDigits = 0): string {
  return numberFormat(language, fractionDigits).format(n);
}

/**
 * Coins from base units, every significant decimal kept (12.5, 0.00000001).
 * Intl formats a decimal string exactly (no rounding through a float).
 */
export function formatAmount(language: Language, units: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`units must be a safe integer: ${units}`);
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const decimal = `${sign}${Math.floor(abs / COIN)}.${String(abs % COIN).padStart(8, '0')}`;
  // format() takes a decimal string (Intl.NumberFormat v3); the type lags behind.
  return numberFormat(language, 8).format(decimal as unknown as number);
}

/** A percentage from a rate (0.25 is 25 %), spaced as the language spaces it. */
export function formatPercent(language: Language, rate: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: fractionDigits }).format(rate);
}

/** A date and time, medium length: "3 Dec 2026, 16:49:24" and its equivalents. */
export function formatDateTime(language: Language, date: Date | number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** "A, B and C" / "A, B y C" / "A、B和C": a list joined as the language joins it. */
export function formatList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** Whether a count takes the language's singular ("1 coin", "1 Münze"), by Intl.PluralRules. */
export function pluralOne(language: Language, count: number): boolean {
  return new Intl.PluralRules(language).select(count) === 'one';
}

/**
 * A short number for an axis tick or a rate, in the language's compact notation
 * (1.5K, 2,5 Mio., 1.5万), three significant digits: ticks are round numbers, so
 * nothing a reader needs is lost.
 */
export function formatCompact(language: Language, n: number): string {
  const key = `${language}/compact`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { notation: 'compact', maximumSignificantDigits: 3 });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/**
 * A block's timestamp in the language's words, on the UTC clock ("Jan 3, 2009,
 * 6:15:05 PM UTC", "03.01.2009, 18:15:05 UTC"): a header's time is one instant
 * for every node, so every reader sees the same one, whatever their time zone.
 */
export function formatUtcDateTime(language: Language, date: Date | number): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The same instant as machine-readable ISO 8601 UTC ("2009-01-03T18:15:05Z"), for `<time datetime>`. */
export function isoUtc(date: Date | number): string {
  return new Date(date).toISOString().replace('.000Z', 'Z');
}

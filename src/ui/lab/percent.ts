/**
 * A measured rate as a percentage in the reader's language: one decimal
 * ("23.1%", "23,1 %"), small values with two significant digits ("0.012%")
 * so a rare success does not read as zero.
 */
import type { Language } from '../i18n/locales';

// Formatters are costly to build and the figures format many values: one per language and style.
const formats = new Map<string, Intl.NumberFormat>();
function format(language: Language, small: boolean): Intl.NumberFormat {
  const key = `${language}/${small}`;
  let f = formats.get(key);
  if (!f) {
    f = small
      ? new Intl.NumberFormat(language, { style: 'percent', maximumSignificantDigits: 2 })
      : new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    formats.set(key, f);
  }
  return f;
}

export function labPercent(language: Language, x: number): string {
  if (!Number.isFinite(x)) return '–';
  const p = 100 * x;
  return format(language, p !== 0 && Math.abs(p) < 0.1).format(x);
}

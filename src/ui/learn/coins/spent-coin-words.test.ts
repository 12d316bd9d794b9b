import { describe, expect, it } from 'vitest';
import { text as english } from './text';
import { text as de } from './text.de';
import { text as es } from './text.es';
import { text as zh } from './text.zh-CN';
import { formatAmount, pluralOne } from '../../i18n/format';
import { COIN } from '../../../core/amount';

/** The preview's "Spends: …" list, as CoinsLesson.svelte builds it from the coins' base units. */
const spends = (t: typeof de, language: 'en' | 'de' | 'es' | 'zh-CN', units: number[]) =>
  t.previewSpends(units.map((x) => t.spentCoin(formatAmount(language, x), x / COIN)).join(', '));

describe('the coins lesson names the coins a payment spends in the reader’s language', () => {
  it('keeps the English words', () => {
    expect(spends(english, 'en', [3 * COIN, 1 * COIN])).toBe('Spends: 3-coin coin, 1-coin coin.');
  });

  it('German and Spanish choose the plural and write decimals with a comma', () => {
    expect(spends(de, 'de', [3 * COIN, 1 * COIN])).toBe('Gibt aus: Münze im Wert von 3 Münzen, Münze im Wert von 1 Münze.');
    expect(spends(de, 'de', [COIN / 2])).toBe('Gibt aus: Münze im Wert von 0,5 Münzen.');
    expect(spends(es, 'es', [3 * COIN, 1 * COIN])).toBe('Gasta: moneda de 3 monedas, moneda de 1 moneda.');
    expect(spends(es, 'es', [250_000_000])).toBe('Gasta: moneda de 2,5 monedas.');
  });

  it('Chinese names the face value', () => {
    expect(spends(zh, 'zh-CN', [5 * COIN])).toBe('花掉：面值 5 币的币。');
  });

  it('no language keeps the English compound', () => {
    for (const t of [de, es, zh]) expect(t.spentCoin('3', 3)).not.toMatch(/coin/);
  });
});

describe('pluralOne follows Intl.PluralRules', () => {
  it('1 is singular, 0, 2 and 1.5 are not (in English and German)', () => {
    expect(pluralOne('en', 1)).toBe(true);
    expect(pluralOne('de', 1)).toBe(true);
    for (const n of [0, 2, 1.5]) expect(pluralOne('de', n)).toBe(false);
    expect(pluralOne('zh-CN', 1)).toBe(false);
  });
});

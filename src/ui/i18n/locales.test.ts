import { describe, expect, it } from 'vitest';
import { browserLanguage, resolveLanguage } from './locales';

describe('browserLanguage', () => {
  it.each([
    [['es-MX', 'en'], 'es'],
    [['de-AT'], 'de'],
    [['zh-TW', 'en-US'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['fr-FR', 'de'], 'de'],
    [['en-US'], 'en'],
    [['fr', 'it'], 'en'],
    [[], 'en'],
    [['ES_es'], 'es'],
  ] as const)('%j reads %s', (preferred, expected) => {
    expect(browserLanguage(preferred)).toBe(expected);
  });
});

describe('resolveLanguage', () => {
  it('a picked language wins over the browser, auto follows it', () => {
    expect(resolveLanguage('de', ['es-ES'])).toBe('de');
    expect(resolveLanguage('auto', ['es-ES'])).toBe('es');
    expect(resolveLanguage('auto', ['pt-BR'])).toBe('en');
  });
});

/**
 * The page's languages: their names as their speakers write them (the picker
 * shows each in its own language), and which one a browser asks for.
 */
import { LANGUAGES, type Language, type LanguageChoice } from '../../app/settings';

export { LANGUAGES, type Language, type LanguageChoice };

/** Endonyms: a German reader looks for "Deutsch", not "German". */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  'zh-CN': '简体中文',
  de: 'Deutsch',
};

/**
 * The first of the browser's preferred languages (navigator.languages, most
 * wanted first) that the page speaks, matched on the primary subtag (es-MX
 * reads Spanish, de-AT German, any zh Simplified Chinese); English otherwise.
 */
export function browserLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const found = LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === primary);
    if (found) return found;
  }
  return 'en';
}

/** The language to show: the one picked, or the browser's for 'auto'. */
export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  return choice === 'auto' ? browserLanguage(preferred) : choice;
}

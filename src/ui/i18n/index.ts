/**
 * The page in several languages.
 *
 *   language.svelte   the current language: `msg` (its messages), `fmt` (Intl), `currentLanguage.use`
 *   catalogue         the Messages type; English bundled, other languages loaded on demand
 *   messages/*        one catalogue per language; en.ts is the source of keys
 *   locales           the languages, their own names, the browser's choice
 *   format            Intl numbers, exact amounts, percentages, dates
 *   message-check     no language misses a message, no message goes unused (npm run check)
 */
export { msg, fmt, currentLanguage } from './language.svelte';
export { LANGUAGES, LANGUAGE_NAMES, resolveLanguage, browserLanguage, type Language, type LanguageChoice } from './locales';
export type { Messages, MessageKey } from './catalogue';

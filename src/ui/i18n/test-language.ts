/**
 * For tests in Node: the areas speak the language a test chooses (English
 * until it chooses), every language's words loaded before the tests run.
 * Call once at the top of a test file.
 */
import { beforeAll } from 'vitest';
import { followLanguage, loadAreas } from './area-text';
import { LANGUAGES, type Language } from './locales';

export interface TestLanguage {
  /** From now on the areas speak `language`. */
  set(language: Language): void;
  /** Runs `f` with the areas speaking `language`, then goes back to the one before. */
  in<T>(language: Language, f: () => T): T;
}

export function languageForTests(): TestLanguage {
  let current: Language = 'en';
  followLanguage(
    () => current,
    () => {},
  );
  beforeAll(async () => {
    for (const l of LANGUAGES) await loadAreas(l);
  });
  return {
    set: (language) => {
      current = language;
    },
    in: (language, f) => {
      const before = current;
      current = language;
      try {
        return f();
      } finally {
        current = before;
      }
    },
  };
}

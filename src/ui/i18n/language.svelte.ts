/**
 * The language the page speaks now, and its messages, as reactive state:
 * a component that reads `msg.someKey` re-renders when the language changes.
 * Loading a catalogue is asynchronous; the page keeps its current language
 * until the new one has arrived, and the last choice wins if several overlap.
 */
import { formatAmount, formatCompact, formatDateTime, formatUtcDateTime, formatList, formatNumber, formatPercent } from './format';
import { loadMessages, sourceMessages, type Messages } from './catalogue';
import { followLanguage, loadAreas } from './area-text';
import type { Language } from './locales';

class CurrentLanguage {
  #language = $state<Language>('en');
  #messages = $state.raw<Messages>(sourceMessages);
  #asked = 0;
  /** Bumped when an area's words arrive after the language was set (a panel opened later). */
  #arrivals = $state(0);

  constructor() {
    followLanguage(
      () => {
        void this.#arrivals;
        return this.#language;
      },
      () => {
        this.#arrivals++;
      },
    );
  }

  get language(): Language {
    return this.#language;
  }

  get messages(): Messages {
    return this.#messages;
  }

  /**
   * Loads the language's messages (and those of every area loaded so far), then shows them (and sets `<html lang>`).
   * False if its file could not be loaded (offline before it was ever
   * cached): the page stays readable in the language it had.
   */
  async use(language: Language): Promise<boolean> {
    const ask = ++this.#asked;
    let messages: Messages;
    try {
      [messages] = await Promise.all([loadMessages(language), loadAreas(language)]);
    } catch (e) {
      console.warn(`The ${language} messages could not be loaded:`, e);
      return false;
    }
    if (ask !== this.#asked) return false;
    this.#messages = messages;
    this.#language = language;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    return true;
  }
}

export const currentLanguage = new CurrentLanguage();

/** The current language's messages: `msg.tabChain`, `msg.headerNodeOption({ label, height })`. */
export const msg: Messages = new Proxy({} as Messages, {
  get: (_, key) => currentLanguage.messages[key as keyof Messages],
});

/** Intl formatting in the current language (reactive like `msg`). */
export const fmt = {
  number: (n: number | bigint, fractionDigits = 0) => formatNumber(currentLanguage.language, n, fractionDigits),
  amount: (units: number) => formatAmount(currentLanguage.language, units),
  compact: (n: number) => formatCompact(currentLanguage.language, n),
  percent: (rate: number, fractionDigits = 0) => formatPercent(currentLanguage.language, rate, fractionDigits),
  dateTime: (date: Date | number) => formatDateTime(currentLanguage.language, date),
  utcDateTime: (date: Date | number) => formatUtcDateTime(currentLanguage.language, date),
  list: (items: readonly string[]) => formatList(currentLanguage.language, items),
};

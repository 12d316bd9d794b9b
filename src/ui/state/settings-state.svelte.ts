/**
 * The settings' door: the page's settings as they are now, and the theme, the
 * language and the tour. (Speed and pause are in clock-state, workers in mining-state:
 * each with the service that applies them.)
 */
import type { PocketApp } from '../../app/pocket-app';
import type { LanguageChoice, Settings, Theme } from '../../app/settings';
import { live, topics } from './live.svelte';

export class SettingsState {
  readonly #current: () => Settings;

  constructor(private readonly app: PocketApp) {
    this.#current = live(topics(app.events, ['settings']), () => app.settings.current);
  }

  get current(): Settings {
    return this.#current();
  }

  setTheme(theme: Theme): void {
    this.app.settings.setTheme(theme);
  }

  /** The page's language, or 'auto' for the browser's. */
  setLanguage(language: LanguageChoice): void {
    this.app.settings.setLanguage(language);
  }

  /** The first-visit tour: closed, or to be shown again. */
  setTourDone(done: boolean): void {
    this.app.settings.setTourDone(done);
  }
}

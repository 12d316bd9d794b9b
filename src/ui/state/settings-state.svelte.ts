/**
 * The settings' door: the page's settings as they are now, and the theme and
 * the tour. (Speed and pause are in clock-state, workers in mining-state:
 * each with the service that applies them.)
 */
import type { PocketApp } from '../../app/pocket-app';
import type { Settings, Theme } from '../../app/settings';
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

  /** The first-visit tour: closed, or to be shown again. */
  setTourDone(done: boolean): void {
    this.app.settings.setTourDone(done);
  }
}

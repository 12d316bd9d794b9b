/**
 * The page's settings as a service: read them, change some of them, and have
 * them saved with the network config. Which node every panel follows, the
 * clock's speed and pause, the mining workers, the theme, the language and
 * the tour are settings; the services that own those concerns (nodes, clock,
 * mining) change them through here (the mining engine's through
 * mining-engine-service.ts). A new setting is a field of Settings with its own
 * check in readSettings.
 */
import type { AppEvents } from './app-events';
import { PocketError } from './errors';
import { LANGUAGES, readSettings, type LanguageChoice, type Settings, type Theme } from './settings';
import type { StateWriter } from './state-writer';
import type { WriteGuard } from './write-guard';

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export class SettingsService {
  private value: Settings = readSettings({});

  constructor(
    private readonly writer: StateWriter,
    private readonly guard: WriteGuard,
    private readonly events: AppEvents,
  ) {}

  get current(): Settings {
    return this.value;
  }

  /** The settings of a loaded state (bad or missing fields replaced by defaults). */
  adopt(raw: unknown): void {
    this.value = readSettings(raw);
  }

  /**
   * Changes some settings and saves them (a read-only tab keeps them for this
   * page only). Fields are checked by readSettings: a bad value falls back to the default.
   */
  update(patch: Partial<Settings>): void {
    if (patch === null || typeof patch !== 'object') throw new PocketError('bad-argument', 'The settings to change must be an object.', 'patch');
    this.value = readSettings({ ...this.value, ...patch });
    if (this.guard.writable) this.writer.configChanged();
    this.events.changed(['settings']);
  }

  setTheme(theme: Theme): void {
    if (!THEMES.includes(theme)) throw new PocketError('bad-argument', `The theme must be one of ${THEMES.join(', ')}.`, 'theme');
    this.update({ theme });
  }

  /** The page's language, or 'auto' to follow the browser's. */
  setLanguage(language: LanguageChoice): void {
    const choices: readonly string[] = ['auto', ...LANGUAGES];
    if (!choices.includes(language)) throw new PocketError('bad-argument', `The language must be one of ${choices.join(', ')}, not ${String(language)}.`, 'language');
    this.update({ language });
  }

  /** The first-visit tour: done (closed) or to be shown again. */
  setTourDone(done: boolean): void {
    if (typeof done !== 'boolean') throw new PocketError('bad-argument', 'done must be true or false.', 'done');
    this.update({ tourDone: done });
  }
}

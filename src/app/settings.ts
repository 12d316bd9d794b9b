/**
 * The page's settings, persisted with the state: which node every panel
 * follows, simulation speed, mining workers and engine (engine-settings.ts),
 * the demo seed, the theme, the page's language and whether the tour was
 * dismissed. Plain JSON.
 */
import { said } from './app-sentences';
import type { JsonObject } from '../storage/index';
import { PocketError, badValue } from './errors';
import { DEFAULT_ENGINE_SETTINGS, readEngineSettings, type EngineSettings } from './engine-settings';

export type Theme = 'auto' | 'light' | 'dark';

/** The languages the page speaks (BCP 47 tags); English is the source. */
export const LANGUAGES = ['en', 'es', 'zh-CN', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A language picked in the header, or 'auto': the browser's (navigator.languages). */
export type LanguageChoice = 'auto' | Language;

export interface Settings extends EngineSettings {
  /** Seed the current demo state was built from. */
  readonly seed: string;
  readonly selectedNode: string;
  /** Virtual ms per real ms when the simulation plays (1, 10, 100). */
  readonly speed: number;
  readonly paused: boolean;
  /** Mining workers; null = the default (logical cores - 1, at least 1). */
  readonly workers: number | null;
  readonly theme: Theme;
  readonly language: LanguageChoice;
  readonly tourDone: boolean;
}

export const DEFAULT_SEED = 'pocket-chain';

export const DEFAULT_SETTINGS: Settings = {
  seed: DEFAULT_SEED,
  selectedNode: 'A',
  speed: 1,
  paused: false,
  workers: null,
  theme: 'auto',
  language: 'auto',
  tourDone: false,
  ...DEFAULT_ENGINE_SETTINGS,
};

/**
 * The seed a reset builds from, as text: a teacher may type a number (7 is the
 * seed "7"). Empty text, NaN, infinities and anything else are refused, since
 * they name no reproducible chain.
 */
export function seedText(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PocketError('bad-argument', `The seed must be a non-empty text or a finite number, not ${value}.`, 'seed');
    return String(value);
  }
  if (typeof value !== 'string') throw new PocketError('bad-argument', `The seed must be a non-empty text or a finite number, not ${value === null ? 'null' : typeof value}.`, 'seed');
  if (value.trim() === '') throw badValue('seed', said('seedEmpty'));
  return value.trim();
}

export const SPEEDS = [1, 10, 100] as const;

/** Settings read back from storage or an import: unknown fields dropped, bad ones replaced by defaults. */
export function readSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const str = (k: keyof Settings, d: string) => (typeof o[k] === 'string' && (o[k] as string).length > 0 ? (o[k] as string) : d);
  const workers = o.workers;
  return {
    seed: str('seed', DEFAULT_SETTINGS.seed),
    selectedNode: str('selectedNode', DEFAULT_SETTINGS.selectedNode),
    speed: SPEEDS.includes(o.speed as (typeof SPEEDS)[number]) ? (o.speed as number) : DEFAULT_SETTINGS.speed,
    paused: typeof o.paused === 'boolean' ? o.paused : DEFAULT_SETTINGS.paused,
    workers: Number.isInteger(workers) && (workers as number) >= 1 && (workers as number) <= 64 ? (workers as number) : null,
    theme: o.theme === 'light' || o.theme === 'dark' ? o.theme : 'auto',
    language: LANGUAGES.includes(o.language as Language) ? (o.language as Language) : 'auto',
    tourDone: o.tourDone === true,
    ...readEngineSettings(o),
  };
}

/** Settings as storage and export files keep them (plain JSON). */
export function settingsJson(settings: Settings): JsonObject {
  return JSON.parse(JSON.stringify(settings)) as JsonObject;
}

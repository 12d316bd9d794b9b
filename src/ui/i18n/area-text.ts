/**
 * The words of one area of the page (a panel, a lesson, the lab) that load
 * with its code rather than with the first screen. An area's `text.ts` holds
 * its English words and exports `areaText(english, loaders)`; each other
 * language is a sibling module (`text.es.ts`, `text.de.ts`, `text.zh-CN.ts`)
 * typed `Translation<typeof english>`, fetched only when the area is shown in
 * that language.
 *
 *   text.ts        const english = { title: 'Wallets', count: (n: string) => `${n} wallets` };
 *                  export const text = areaText(english, { es: () => import('./text.es').then((m) => m.text), … });
 *   Panel.svelte   <h2>{text.title}</h2>
 *
 * Read `text.key` where it is drawn (in the markup or a $derived), not once
 * into a constant, so the words change with the language. Plain TypeScript on
 * purpose: the message check (scripts/check-messages.ts) imports every
 * area in Node. Reactivity comes from language.svelte.ts, which registers
 * itself here (`followLanguage`).
 */
import type { Language } from './locales';

/** The same shape as English: texts, lists of texts, functions with English's parameters, nested groups. */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Translation<E>[]
      : { readonly [K in keyof T]: Translation<T[K]> };

export type OtherLanguage = Exclude<Language, 'en'>;

export type AreaLoaders<T> = Readonly<Record<OtherLanguage, () => Promise<Translation<T>>>>;

/** What the check and the language switch need to know of one area. */
export interface AreaCatalogue {
  readonly english: object;
  readonly loaders: Readonly<Record<OtherLanguage, () => Promise<unknown>>>;
}

interface Area<T extends object> extends AreaCatalogue {
  readonly english: T;
  readonly loaded: Map<OtherLanguage, Translation<T>>;
  readonly pending: Map<OtherLanguage, Promise<void>>;
}

/** The language's reactive reader and a nudge for late arrivals; English until language.svelte.ts registers them. */
let readLanguage: () => Language = () => 'en';
let arrived: () => void = () => {};

const areas: Area<object>[] = [];
const catalogues = new WeakMap<object, AreaCatalogue>();

/** The language the areas speak now (reactive like `text.key`): for code that words a sentence differently in English. */
export function areaLanguage(): Language {
  return readLanguage();
}

/** Called once by language.svelte.ts: reading `read()` subscribes the caller to language changes; `changed()` re-renders readers. */
export function followLanguage(read: () => Language, changed: () => void): void {
  readLanguage = read;
  arrived = changed;
}

function load<T extends object>(area: Area<T>, language: OtherLanguage): Promise<void> {
  if (area.loaded.has(language)) return Promise.resolve();
  let p = area.pending.get(language);
  if (!p) {
    p = area.loaders[language]().then(
      (words) => {
        area.loaded.set(language, words as Translation<T>);
        area.pending.delete(language);
        arrived();
      },
      (e: unknown) => {
        area.pending.delete(language);
        throw e;
      },
    );
    area.pending.set(language, p);
  }
  return p;
}

/**
 * The area's words in the current language, as an object shaped like English.
 * Until a language's module has arrived, the area shows English (and then
 * re-renders): the language switch and the lazy loaders wait for it first
 * (`loadAreas`, `areasReady`), so in practice nobody sees the swap.
 */
export function areaText<T extends object>(english: T, loaders: AreaLoaders<T>): T {
  const area: Area<T> = { english, loaders, loaded: new Map(), pending: new Map() };
  areas.push(area);
  const now = readLanguage();
  if (now !== 'en') load(area, now).catch(() => {});
  const text = new Proxy(english, {
    get(target, key) {
      const language = readLanguage();
      const words = language === 'en' ? undefined : (area.loaded.get(language) as Record<PropertyKey, unknown> | undefined);
      return words && key in words ? words[key] : (target as Record<PropertyKey, unknown>)[key];
    },
  });
  catalogues.set(text, area);
  return text;
}

/** Every area loaded so far, in `language`: the language switch waits for this before it shows the new language. */
export async function loadAreas(language: Language): Promise<void> {
  if (language === 'en') return;
  await Promise.all(areas.map((a) => load(a, language)));
}

/** Resolves once every area already loaded has its words in the current language (a lazy panel or lesson waits for this before it draws). */
export async function areasReady(): Promise<void> {
  try {
    await loadAreas(readLanguage());
  } catch {
    // Offline before the file was ever cached: the area stays readable in English.
  }
}

/** A lazily loaded module, once the words of the areas it brought are there in the current language. */
export async function withAreaText<T>(module: Promise<T>): Promise<T> {
  const m = await module;
  await areasReady();
  return m;
}

/** The English words and loaders behind an area's `text` (for the message check). */
export function catalogueOf(text: object): AreaCatalogue | undefined {
  return catalogues.get(text);
}

/**
 * A first visit's demo file, read and checked as early as the page knows it
 * is a first visit (no database stored yet), beside opening storage, instead
 * of after the block index came back empty. The check itself is the import's
 * validation, unchanged (prebuilt-demo.ts decides what to do with its
 * answer); only its start moves. Nothing is fetched, and no worker starts,
 * on a visit that finds a database, or where the browser cannot tell.
 */
import type { ImportResult } from '../storage/index';

export interface DemoFileSource {
  /** The built file's text, or null where the build wrote none. */
  readonly read: () => Promise<string | null>;
  /** The import's validation (the page: in the tasks worker). */
  readonly validateImport: (text: string) => Promise<ImportResult>;
}

export interface EarlyDemoCheck {
  /** The file's text: the early read when there was one, else read now. */
  read(): Promise<string | null>;
  /** `text`'s validation: the early one when `text` is the early read's, else validated now. */
  validateImport(text: string): Promise<ImportResult>;
}

/**
 * Starts reading and checking the demo file when `firstVisit` resolves true.
 * A failed early read is not reported here: `read()` then reads again, and a
 * second failure reaches prebuilt-demo.ts, which says what went wrong.
 */
export function earlyDemoCheck(source: DemoFileSource, firstVisit: Promise<boolean>): EarlyDemoCheck {
  const early = firstVisit.then(
    async (first) => {
      if (!first) return null;
      const text = await source.read();
      return text === null ? null : { text, checked: source.validateImport(text) };
    },
    () => null,
  );
  // Unhandled until the lifecycle asks for it; a rejection is handled there, by asking again.
  early.then((e) => e?.checked.catch(() => undefined)).catch(() => undefined);
  return {
    read: async () => {
      const e = await early.catch(() => null);
      return e ? e.text : source.read();
    },
    validateImport: async (text) => {
      const e = await early.catch(() => null);
      return e && e.text === text ? e.checked : source.validateImport(text);
    },
  };
}

/**
 * Whether the browser has no database `name` yet: a first visit. False when it
 * has one, or cannot say (indexedDB.databases() missing or failing), so that
 * a doubtful visit does what any other visit does.
 */
export async function noDatabaseYet(name: string, factory: IDBFactory | undefined = (globalThis as { indexedDB?: IDBFactory }).indexedDB): Promise<boolean> {
  if (!factory || typeof factory.databases !== 'function') return false;
  try {
    return !(await factory.databases()).some((d) => d.name === name);
  } catch {
    return false;
  }
}

/**
 * A part of storage's code that most visits never run, loaded with import()
 * when it is first needed (or asked for early, see stored-start-code.ts)
 * instead of with the first screen. Once loaded it is reused; a load that
 * failed is forgotten, so the next call tries again.
 *
 * A load can only fail where the page was offline before the service worker
 * had cached the chunk: the error then names the part and says to reload.
 */
import { loadOnce } from '../load-once';

export class CodeLoadError extends Error {
  override name = 'CodeLoadError';

  constructor(what: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Pocket Chain could not load its code for ${what} (${reason}): it is not cached yet. Reload the page when online.`, { cause });
  }
}

export interface LazyCode<T> {
  /** The code, loading it on the first call. Rejects with a CodeLoadError if it cannot be loaded. */
  (): Promise<T>;
  /** True once some call has asked for it (loaded, loading or, until asked again, failed). */
  readonly requested: boolean;
}

/** `load` (an import()) run once, on the first call; `what` names the part in the error a failed load gives. */
export function lazyCode<T>(what: string, load: () => Promise<T>): LazyCode<T> {
  let requested = false;
  const get = loadOnce(() => {
    requested = true;
    return load().catch((e: unknown) => {
      requested = false;
      throw new CodeLoadError(what, e);
    });
  });
  return Object.defineProperty(get, 'requested', { get: () => requested }) as LazyCode<T>;
}

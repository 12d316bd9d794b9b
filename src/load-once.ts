/**
 * Code that loads when it is first needed, not with the first screen (a panel,
 * the reorg notice, window.pocket's code, the start from stored state):
 * `loadOnce(() => import('./x'))` gives a function that starts the download
 * once and hands every caller the same promise. A failed download (offline
 * before the service worker cached the chunk) is forgotten, so the next call
 * tries again. Every layer uses it: storage (lazy-code.ts), the API, the page.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

/**
 * A part of the page that loads when it is first needed (a panel, the toasts,
 * the reorg notice, an opened block): `loadOnce(() => import('./X.svelte'))`
 * gives a function that starts the download once and hands every caller the
 * same promise. A failed download (offline before the precache finished) is
 * forgotten, so the next call tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

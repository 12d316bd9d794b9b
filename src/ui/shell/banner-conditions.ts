/**
 * When each banner of Banners.svelte shows. Apart from the component because
 * the page asks "any banner?" before it loads the banners' code: most visits
 * show none.
 */
import type { AppState } from '../state/app-state.svelte';

export const bannerShown = {
  /** Another tab writes: this one only reads. */
  readOnly: (app: AppState) => app.readOnly === 'other-tab',
  /** Stored records failed their checks. */
  damaged: (app: AppState) => app.storage.problems.length > 0,
  /** IndexedDB refused: the state lives in memory only. */
  notSaving: (app: AppState) => !!app.storage.status && !app.storage.status.persistent,
  /** Mining fell back to the page's own thread. */
  mainThreadMining: (app: AppState) => app.mining.stats.mode === 'main-thread' && !!app.mining.pool.notice,
};

export const anyBannerShown = (app: AppState): boolean => Object.values(bannerShown).some((shown) => shown(app));

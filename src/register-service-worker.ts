/**
 * Offline after one visit: registers the service worker the build generates
 * (vite.config.ts: vite-plugin-pwa's generateSW writes sw.js beside
 * index.html, and it precaches every built file). A new version's worker
 * takes over at once (skipWaiting, clientsClaim): the page then reloads into
 * it, so no tab runs the old code against the new files.
 *
 * The plugin's own `registerSW` does the same through workbox-window, a
 * 2.2 KiB gzip download on every first visit for these few lines.
 */
export function registerServiceWorker(): void {
  // The dev server generates no service worker.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  // A first install takes control of a page that had none: that is no update.
  let controlled = sw.controller !== null;
  sw.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
  // Relative to the page, like every URL of the build (base './'): the app works from any sub-path.
  sw.register('./sw.js', { scope: './' }).catch((e: unknown) => console.warn('the service worker could not be registered; the page will not work offline', e));
}

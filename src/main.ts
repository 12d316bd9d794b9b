import { mount } from 'svelte';
import App from './ui/App.svelte';
import Loading from './ui/shell/Loading.svelte';
import { AppState } from './ui/state/app-state.svelte';
import { boot } from './app/boot';
import type { WindowPocket } from './api/window-api';
import { lazyWindowPocket } from './api/lazy-window-pocket';
import { browserLanguage, currentLanguage, resolveLanguage } from './ui/i18n/index';
import './ui/app.css';
import { registerServiceWorker } from './register-service-worker';

declare global {
  interface Window {
    pocket: WindowPocket;
  }
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The browser's language while starting; the saved choice once the settings are read.
void currentLanguage.use(browserLanguage(navigator.languages));
const loading = mount(Loading, { target });
// Offline after one visit: the service worker precaches every built file (vite.config.ts).
registerServiceWorker();
boot()
  .then(async (app) => {
    // Marks for the start-time journeys and benchmarks (read with performance.getEntriesByName).
    performance.mark('pocket:booted');
    await currentLanguage.use(resolveLanguage(app.settings.current.language, navigator.languages));
    // The page is mounted in a task of its own: on a first visit the demo's restore has just run,
    // and the two in one task froze the page for 150-210 ms.
    await new Promise((resolve) => setTimeout(resolve, 0));
    target.replaceChildren();
    mount(App, { target, props: { app: new AppState(app) } });
    performance.mark('pocket:mounted');
    // The mining pool's code and workers are no part of the first screen either: they start now,
    // before a live demo's first proof or a Mine button needs them (app/boot.ts).
    void app.mining.startPool();
    // window.pocket (the API for the console, Playwright and scripts): its code loads with its
    // first call. Scripts wait for it to be set (e2e/fixtures.ts openApp).
    window.pocket = lazyWindowPocket(app);
  })
  .catch((e: unknown) => {
    console.error(e);
    loading.fail?.((e as Error).message ?? String(e));
  });

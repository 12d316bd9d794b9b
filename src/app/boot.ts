/**
 * Starting Pocket Chain in the page: storage (IndexedDB, or memory with a
 * notice), tab coordination (one writer tab, followers read live), the mining
 * pool in Web Workers, the tasks worker (started by its first task, or on a
 * first visit by the page's first script), the seeded demo file the build
 * wrote (what a first visit shows), the app's services, and the timer that
 * drives the simulation's clock. main.ts adds window.pocket and the page.
 */
import { said } from './app-sentences';
import { CoordinatedStore, DB_NAME, TabCoordinator, openStorage, storedStartCode } from '../storage/index';
import { LazyMiningPool } from '../workers/lazy-mining-pool';
import { defaultWorkerCount } from '../workers/worker-count';
import { lazyTasks } from './tasks';
import { PocketApp } from './pocket-app';
import { firstVisitStart } from './first-visit-start';

/** Longest wall-time step fed to the simulation at once (a backgrounded tab must not replay minutes in one task). */
const MAX_TICK_MS = 250;
const TICK_INTERVAL_MS = 50;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function boot(): Promise<PocketApp> {
  // The tasks worker starts with the first task: on a first visit the demo file's check, begun
  // by the page's first script (early-start.ts) while this code was loading; otherwise the
  // full verification, after the page is usable.
  const { demoFile, tasksWorker, firstVisit } = firstVisitStart();
  // A visit that finds a database starts from it: the page's first script began loading that code (no
  // part of a first visit); asked for here, the index's load waits for it instead of probing for an
  // empty database. A failure is said by the index's load, which asks again.
  void firstVisit.then((first) => (first ? null : storedStartCode())).catch(() => undefined);
  const tasks = lazyTasks(tasksWorker);
  const storage = await openStorage();
  performance.mark('pocket:storage-open');
  const tabs = new TabCoordinator();
  await tabs.start();
  const store = new CoordinatedStore(storage, tabs);
  // WebAssembly SIMD until the settings name an engine (loading them applies it) or the
  // first mining run's self-benchmark picks one; a browser without SIMD falls back to JavaScript.
  // The pool's code loads with the first job (a live demo's first proof, a Mine button) or right after the
  // first screen (main.ts), whichever comes first: until then it remembers the engine and workers asked for.
  const pool = new LazyMiningPool({ workers: defaultWorkerCount(), engine: 'wasm-simd' });
  const app = await PocketApp.open({
    store,
    pool,
    buildState: (seed, params) => tasks.buildDemoState(seed, params),
    // A first visit loads the demo the build wrote instead of mining it.
    prebuiltDemo: () => demoFile.read(),
    validateImport: (text) => demoFile.validateImport(text),
    canWrite: () => tabs.isWriter,
    storageStatus: storage,
    // The demo network is live (its miners find blocks on their own); ?miners=off opens it still.
    liveDemo: new URLSearchParams(location.search).get('miners') !== 'off',
    // The full verification reads the database in the worker; in memory (or without a worker) the store does it here.
    verifier: async (onProgress) => (storage.backend === 'indexeddb' ? await tasks.verifyStored(DB_NAME, onProgress) : null) ?? store.verify({ onProgress, pause: nextTask }),
  });
  if (app.settings.current.workers) void pool.setWorkerCount(app.settings.current.workers);

  // Another tab changed the stored state: follow it. This tab became the writer: take over from storage.
  let reloading = false;
  const reload = async () => {
    if (reloading) return;
    reloading = true;
    try {
      await app.lifecycle.load();
    } finally {
      reloading = false;
    }
  };
  tabs.on('change', () => void reload());
  tabs.on('role', (role) => {
    if (role === 'writer') {
      void reload().then(() => app.events.notice('info', said('writerNow')));
    }
  });

  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    app.clock.tick(Math.min(MAX_TICK_MS, now - last));
    last = now;
  }, TICK_INTERVAL_MS);
  addEventListener('pagehide', () => void app.lifecycle.flush());

  return app;
}

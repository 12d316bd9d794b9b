/**
 * Starting Pocket Chain in the page: storage (IndexedDB, or memory with a
 * notice), tab coordination (one writer tab, followers read live), the mining
 * pool in Web Workers, the tasks worker, the system, and the timer that
 * drives the simulation's clock. main.ts adds window.pocket and the page.
 */
import { CoordinatedStore, TabCoordinator, openStorage, type FallbackStore } from '../storage/index';
import { MiningPool, defaultWorkerCount } from '../workers/index';
import { startTasks } from './tasks';
import { PocketSystem } from './system';

export interface Booted {
  readonly system: PocketSystem;
  readonly storage: FallbackStore;
  readonly tabs: TabCoordinator;
  readonly pool: MiningPool;
}

/** Longest wall-time step fed to the simulation at once (a backgrounded tab must not replay minutes in one task). */
const MAX_TICK_MS = 250;
const TICK_INTERVAL_MS = 50;

export async function boot(): Promise<Booted> {
  const [storage, tasks] = await Promise.all([openStorage(), startTasks()]);
  const tabs = new TabCoordinator();
  await tabs.start();
  const store = new CoordinatedStore(storage, tabs);
  const pool = new MiningPool({ workers: defaultWorkerCount() });
  const system = await PocketSystem.open({
    store,
    pool,
    buildState: (seed, params) => tasks.buildDemoState(seed, params),
    validateImport: (text) => tasks.validateImport(text),
    canWrite: () => tabs.isWriter,
  });
  if (system.settings.workers) void pool.setWorkerCount(system.settings.workers);

  // Another tab changed the stored state: follow it. This tab became the writer: take over from storage.
  let reloading = false;
  const reload = async () => {
    if (reloading) return;
    reloading = true;
    try {
      await system.load();
    } finally {
      reloading = false;
    }
  };
  tabs.on('change', () => void reload());
  tabs.on('role', (role) => {
    if (role === 'writer') {
      void reload().then(() => system.notice('info', 'This tab can make changes now (the other tab was closed).'));
    }
  });
  storage.onStatus((s) => system.notice(s.persistent ? 'info' : 'warn', s.message));

  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    system.tick(Math.min(MAX_TICK_MS, now - last));
    last = now;
  }, TICK_INTERVAL_MS);
  addEventListener('pagehide', () => void system.flush());

  return { system, storage, tabs, pool };
}

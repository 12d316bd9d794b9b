/**
 * Where the state lives, as a door: whether it is saved (IndexedDB or
 * memory), damage found at load and its repairs (rebuild a node, reset), a new
 * chain from a seed, export and import of the whole state, and the browser's
 * storage (space used, persistence).
 */
import type { PocketApp } from '../../app/pocket-app';
import type { ConsensusParams } from '../../core/index';
import type { StorageProblem, StorageStatus } from '../../storage/index';
import { concerns, live, topics, whenever, type Subscribe } from './live.svelte';

/** What the browser says about this site's storage. */
export interface BrowserStorage {
  /** Whether the browser promised to keep the data; null when it cannot say. */
  readonly persisted: boolean | null;
  readonly usage: { readonly usage: number; readonly quota: number } | null;
}

export class StorageState {
  readonly #status: () => StorageStatus | null;
  readonly #problems: () => readonly StorageProblem[];
  readonly #browserSub: Subscribe;
  #browser = $state.raw<BrowserStorage>({ persisted: null, usage: null });

  constructor(private readonly app: PocketApp) {
    this.#status = live(topics(app.events, ['storage']), () => app.storage.status);
    this.#problems = live(topics(app.events, ['state']), () => app.lifecycle.problems);
    // Asked again while shown, whenever the state or its saving changes (the browser answers asynchronously).
    this.#browserSub = whenever((update) => {
      const refresh = () => void this.refreshBrowser().then(update);
      refresh();
      return app.events.on('changed', (e) => {
        if (concerns(e.topics, ['chain', 'storage'])) refresh();
      });
    });
  }

  /** Whether writes reach IndexedDB, and why not; null without a status source. */
  get status(): StorageStatus | null {
    return this.#status();
  }

  /** Damage found in stored data at load (kept until the user rebuilds or resets). */
  get problems(): readonly StorageProblem[] {
    return this.#problems();
  }

  /** The browser's figures (persistence, space used), kept up to date while shown. */
  get browser(): BrowserStorage {
    this.#browserSub();
    return this.#browser;
  }

  /** Asks the browser again (after a request for persistence, say). */
  async refreshBrowser(): Promise<void> {
    const [persisted, usage] = await Promise.all([this.app.storage.persisted(), this.app.storage.estimate()]);
    this.#browser = { persisted, usage };
  }

  // --- actions ---

  rebuildNode(nodeId: string): Promise<void> {
    return this.app.lifecycle.rebuildNode(nodeId);
  }

  /** The seeded demo again (same seed, same chain); `params` make a new chain with other rules. */
  reset(seed?: string, params?: ConsensusParams): Promise<void> {
    return this.app.lifecycle.reset(seed, params);
  }

  /** The whole state as JSON; private keys only when asked for. */
  exportFile(includeWallets: boolean): string {
    return this.app.stateFile.export(includeWallets);
  }

  /** Validates the file completely, then replaces everything; a bad file changes nothing. */
  importFile(text: string): Promise<{ nodes: number; blocks: number; wallets: number }> {
    return this.app.stateFile.import(text);
  }

  /** Tries IndexedDB again and, if it works, writes what was kept in memory. */
  retry(): Promise<boolean> {
    return this.app.storage.retry();
  }

  /** Asks the browser to keep the data even when space runs low; true when it agreed. */
  async requestPersistence(): Promise<boolean> {
    const granted = await this.app.storage.requestPersistence();
    await this.refreshBrowser();
    return granted;
  }
}

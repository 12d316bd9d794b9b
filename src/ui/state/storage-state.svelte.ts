/**
 * Where the state lives, as a door: whether it is saved (IndexedDB or
 * memory), the checks of what is stored (the last blocks at start, the full
 * verification in the background, the block bodies still being read), damage
 * found and its repairs (rebuild a node, reset), a new chain from a seed,
 * export and import of the whole state, and the browser's storage (space
 * used, persistence).
 */
import type { PocketApp } from '../../app/pocket-app';
import type { ConsensusParams } from '../../core/index';
import type { FillProgress, StorageProblem, StorageStatus } from '../../storage/index';
import type { StartCheck, VerificationPhase } from '../../app/verification-service';
import { concerns, live, topics, whenever, type Subscribe } from './live.svelte';

/** What the browser says about this site's storage. */
export interface BrowserStorage {
  /** Whether the browser promised to keep the data; null when it cannot say. */
  readonly persisted: boolean | null;
  readonly usage: { readonly usage: number; readonly quota: number } | null;
}

export interface StoredChecks {
  /** What the start checked (null when the state was not started from storage: a demo just built). */
  readonly startCheck: StartCheck | null;
  readonly verification: VerificationPhase;
  /** Block bodies read so far while they are being read; null once all are here. */
  readonly bodies: FillProgress | null;
}

export class StorageState {
  readonly #status: () => StorageStatus | null;
  readonly #problems: () => readonly StorageProblem[];
  readonly #checks: () => StoredChecks;
  readonly #browserSub: Subscribe;
  #browser = $state.raw<BrowserStorage>({ persisted: null, usage: null });

  constructor(private readonly app: PocketApp) {
    this.#status = live(topics(app.events, ['storage']), () => app.storage.status);
    // A copy: the list grows in place when the full verification finds damage.
    this.#problems = live(topics(app.events, ['state', 'storage']), () => [...app.lifecycle.problems]);
    this.#checks = live(topics(app.events, ['state', 'storage']), () => ({
      startCheck: app.verification.startCheck,
      verification: app.verification.phase,
      bodies: app.bodies.progress,
    }));
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

  /** The checks of the stored state and the block bodies still being read. */
  get checks(): StoredChecks {
    return this.#checks();
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

  /** Runs the full verification (again) now. */
  async verifyNow(): Promise<void> {
    await this.app.verification.verifyNow();
  }

  rebuildNode(nodeId: string): Promise<void> {
    return this.app.lifecycle.rebuildNode(nodeId);
  }

  /** The seeded demo again (same seed, same chain); `params` make a new chain with other rules. */
  reset(seed?: string, params?: ConsensusParams): Promise<void> {
    return this.app.lifecycle.reset(seed, params);
  }

  /** The whole state as JSON; private keys only when asked for. */
  exportFile(includeWallets: boolean): Promise<string> {
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

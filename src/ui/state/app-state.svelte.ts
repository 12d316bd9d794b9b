/**
 * The page's one door into the running app (src/app). Components get this
 * object and read its views and call its actions, grouped like the app's
 * services; they never reach the app itself. Every view follows the app by
 * subscription (live.svelte.ts), so none can go stale.
 *
 *   app.network   nodes, the node every panel follows, picture, logs, stats, node actions
 *   app.chain     the followed node's chain: tree, foreign tips, charts, reorgs; params, difficulty, reward
 *   app.wallets   wallets and balances, create, rename, payments
 *   app.pool      the followed node's pool, other pools, departures
 *   app.reorgs    reorgs as news on any tab, a toast per reversed payment
 *   app.mining    mining figures, miners, next block, found blocks, simulated mining, actions
 *   app.clock     play/pause, speed, step, the nodes' clock
 *   app.settings  the settings, theme, tour
 *   app.storage   saved or not, damage and repairs, reset, export/import, browser storage
 *   app.lab       experiments and their progress, kept results, the 51% attack, theory curves
 *   app.learn     the lessons: progress, the open lesson, presenter mode (the playground and sharing load with the tab: learn.session())
 *   (here)        the tab shown, the block opened, whether this tab may write, toasts,
 *                 the announcer (what screen readers hear: found blocks, reorgs, refusals,
 *                 finished experiments)
 */
import type { PocketApp } from '../../app/pocket-app';
import type { ReadOnlyReason } from '../../app/write-guard';
import { ChainState } from './chain-state.svelte';
import { ClockState } from './clock-state.svelte';
import { LabState } from './lab-state.svelte';
import { LearnState } from './learn/learn-state.svelte';
import { live, topics } from './live.svelte';
import { MiningState } from './mining-state.svelte';
import { NetworkState } from './network-state.svelte';
import { PoolState } from './pool-state.svelte';
import { ReorgNewsState } from './reorg-news.svelte';
import { SettingsState } from './settings-state.svelte';
import { StorageState } from './storage-state.svelte';
import { Announcer, type Announcement } from './announcer.svelte';
import { labFinishedAnnouncements, reorgAnnouncement } from './announcements';
import { Toasts, type Toast, type ToastAction, type Words } from './toasts.svelte';
import { WalletState } from './wallet-state.svelte';
import { msg } from '../i18n/index';
import { errorSentence } from '../errors/error-sentence';
import { appSentence } from '../app-words/app-sentence';

export type { Toast } from './toasts.svelte';

export type TabId = 'learn' | 'chain' | 'wallets' | 'mempool' | 'mining' | 'network' | 'lab' | 'settings';

export class AppState {
  readonly network: NetworkState;
  readonly chain: ChainState;
  readonly wallets: WalletState;
  readonly pool: PoolState;
  readonly reorgs: ReorgNewsState;
  readonly mining: MiningState;
  readonly settings: SettingsState;
  readonly clock: ClockState;
  readonly storage: StorageState;
  readonly lab: LabState;
  readonly learn: LearnState;

  tab = $state<TabId>('chain');
  /** The block the explorer shows (display hash), or null. */
  selectedBlock = $state<string | null>(null);
  readonly announcer = new Announcer();
  readonly #toasts = new Toasts(
    (a) => this.announcer.say(a),
    () => msg.toastsKeyHint,
  );
  readonly #readOnly: () => ReadOnlyReason;

  constructor(app: PocketApp) {
    this.network = new NetworkState(app);
    this.chain = new ChainState(app, this.network);
    this.wallets = new WalletState(app);
    this.pool = new PoolState(app);
    this.reorgs = new ReorgNewsState(app, this.#toasts, {
      show: (nodeId, tab) => {
        if (app.nodes.network.hasNode(nodeId)) this.network.select(nodeId);
        this.tab = tab;
      },
    });
    this.mining = new MiningState(app, this.#toasts, (hash) => this.openBlock(hash));
    this.settings = new SettingsState(app);
    this.clock = new ClockState(app, this.settings);
    this.storage = new StorageState(app);
    this.lab = new LabState(app);
    this.learn = new LearnState(
      { miner: app.learn.miner, hashcash: () => app.learn.hashcash() },
      { load: () => app.learn.loadProgress(), save: (p) => app.learn.saveProgress(p) },
    );
    // A student who chose the lessons comes back to them.
    void this.learn.load().then(() => {
      if (this.learn.progress.start === 'lessons' && this.tab === 'chain') this.tab = 'learn';
    });
    this.#readOnly = live(topics(app.events, ['storage', 'settings']), () => app.guard.reason);
    app.events.on('notice', (n) => this.toast(n.level, () => appSentence(n.said)));
    // A reorg of the node the page follows is heard wherever the page is (the banner is on the Chain panel).
    app.events.on('tip', (e) => {
      if (e.reorg && e.reorg.disconnected.length > 0 && e.nodeId === this.network.selectedId) this.announcer.say(reorgAnnouncement(this.network.labelOf(e.nodeId), e.reorg));
    });
    // A finished experiment is heard too (it may have been started from the API, or on another tab).
    let labResults = app.lab.results;
    app.events.on('changed', ({ topics }) => {
      if (!topics.includes('lab') || app.lab.results === labResults) return;
      for (const a of labFinishedAnnouncements(labResults, app.lab.results)) this.announcer.say(a);
      labResults = app.lab.results;
    });
  }

  /** Why this tab refuses changes ('other-tab', 'damaged'), or null when it may write. */
  get readOnly(): ReadOnlyReason {
    return this.#readOnly();
  }

  /** The first-visit question: start the lessons or explore the network (remembered). */
  chooseStart(choice: 'lessons' | 'explore'): void {
    this.learn.chooseStart(choice);
    this.tab = choice === 'lessons' ? 'learn' : 'chain';
  }

  /** Opens a `#learn/...` link (from the address bar or a pasted link) in the Learn tab. */
  async openLearnLink(hash: string): Promise<void> {
    this.tab = 'learn';
    await this.learn.openLink(hash);
  }

  /** Shows a block in the explorer of the Chain panel. */
  openBlock(hash: string): void {
    this.selectedBlock = hash;
    this.tab = 'chain';
  }

  // --- toasts ---

  get toasts(): readonly Toast[] {
    return this.#toasts.list;
  }

  /** Shows a toast; returns its id (for dismissToast). Give words as `() => text.x(…)` so the toast follows a language switch. */
  toast(level: Toast['level'], text: Words, action?: ToastAction): number {
    return this.#toasts.show(level, text, action);
  }

  /** The pointer or the keyboard focus is on the toasts: none leaves until release. */
  holdToasts(): void {
    this.#toasts.hold();
  }

  releaseToasts(): void {
    this.#toasts.release();
  }

  /** Says something to screen readers only (politely, paced with everything else they hear). */
  announce(a: Announcement): void {
    this.announcer.say(a);
  }

  dismissToast(id: number): void {
    this.#toasts.dismiss(id);
  }

  /** Runs an action; a failure becomes an error toast (forms show their own field messages instead). */
  async run<T>(action: () => T | Promise<T>, success?: Words): Promise<T | undefined> {
    try {
      const result = await action();
      if (success) this.toast('info', success);
      return result;
    } catch (e) {
      this.toast('error', () => errorSentence(e));
      return undefined;
    }
  }
}

/**
 * Loading and replacing the whole state. At start, as a node starts: every
 * stored node from its block index and UTXO set (no block read, no replay),
 * the last blocks of each checked, the pools accepted again; the other block
 * bodies and the full verification follow in the background (bodies-service,
 * verification-service). On a first visit, the seeded demo built in a worker
 * and saved at once. Again when another tab changed the state, after an
 * import, on "Reset" (the same seed gives the same chain) and on "Rebuild" of
 * a damaged node. Damaged data is reported and kept: the tab refuses changes
 * until the user decides (and shows a demo in memory if nothing is usable).
 */
import { said } from './app-sentences';
import { DEFAULT_CHECK_BLOCKS, type ConsensusParams } from '../core/index';
import type { Network } from '../sim/index';
import { acceptStoredPool, storedStartCode, type ChainStore, type IndexedState, type JsonObject, type PersistedState, type StorageProblem } from '../storage/index';
import type { BodiesService } from './bodies-service';
import type { VerificationService } from './verification-service';
import type { AppEvents } from './app-events';
import { demoFileCheck } from './prebuilt-demo';
import type { ClockService } from './clock-service';
import { PocketError } from './errors';
import type { MiningService } from './mining-service';
import { feedNetwork } from './network-feed';
import type { NodeService } from './node-service';
import { restoreNetwork, startNetwork } from './restore-network';
import type { RulesService } from './rules-service';
import { DEFAULT_SEED, seedText, settingsJson } from './settings';
import { engineSettingsJson } from './engine-settings';
import type { SettingsService } from './settings-service';
import type { SimulatedMiningService } from './simulated-mining-service';
import type { StateWriter } from './state-writer';
import type { WalletService } from './wallet-service';
import type { WriteGuard } from './write-guard';

export interface LifecycleDeps {
  readonly store: ChainStore;
  /** Builds the demo state for a seed, with the given consensus params or the default ones. */
  readonly buildState: (seed: string, params?: ConsensusParams) => Promise<PersistedState>;
  readonly guard: WriteGuard;
  readonly events: AppEvents;
  readonly writer: StateWriter;
  readonly settings: SettingsService;
  readonly nodes: NodeService;
  readonly clock: ClockService;
  readonly rules: RulesService;
  readonly wallets: WalletService;
  readonly mining: MiningService;
  readonly simulation: SimulatedMiningService;
  readonly bodies: BodiesService;
  readonly verification: VerificationService;
  /**
   * Whether a demo built here (first visit, reset) starts live: its simulated
   * miners on, finding blocks as soon as the clock plays. The page says yes
   * unless opened with ?miners=off (a still network for screenshots and tests).
   */
  readonly liveDemo: boolean;
}

export class LifecycleService {
  private problemList: StorageProblem[] = [];
  private stopFeed: (() => void) | null = null;

  constructor(private readonly d: LifecycleDeps) {}

  /** Damage found in stored data, at load or by the full verification (the data is kept; see rebuildNode / reset). */
  get problems(): readonly StorageProblem[] {
    return this.problemList;
  }

  /** Damage the full verification found: reported as damage found at load. */
  reportDamage(problems: readonly StorageProblem[]): void {
    this.problemList.push(...problems);
    this.d.guard.damaged = true;
    this.d.events.changed(['storage', 'nodes']);
  }

  /** (Re)loads everything from storage: at start, after an import, or when another tab changed the state. */
  async load(): Promise<void> {
    const { state, problems, browserDataLoss } = await this.d.store.loadIndex();
    performance.mark('pocket:index-loaded');
    this.problemList = [...problems];
    this.d.guard.damaged = problems.length > 0;
    let verify = true;
    if (state && state.nodes.length > 0) {
      await this.start(state);
    } else if (!state && problems.length === 0) {
      // First visit (or the browser deleted a damaged database: then say so): the seeded demo, saved at once.
      if (browserDataLoss !== undefined) this.d.events.notice('warn', said('browserDeletedData', { problem: browserDataLoss }));
      const built = this.live(await this.d.buildState(DEFAULT_SEED));
      await this.d.store.reset(built);
      performance.mark('pocket:demo-saved');
      await this.adopt(built);
      performance.mark('pocket:demo-adopted');
      // The demo file's check replayed every block of exactly what was saved: said so, not replayed again now.
      const check = demoFileCheck(built.nodes);
      if (check && this.problemList.length === 0) {
        this.d.verification.checkedBeforeSaving(check);
        verify = false;
      }
    } else {
      // Nothing usable is stored (the data is kept for the user to decide): show a demo in memory meanwhile.
      this.d.guard.damaged = true;
      await this.adopt(await this.d.buildState(DEFAULT_SEED));
      verify = false;
    }
    this.d.events.changed(['state', 'nodes', 'chain', 'pool', 'wallets', 'mining', 'settings', 'storage']);
    if (verify) void this.d.verification.verifyNow();
  }

  /**
   * The stored nodes from their block index over a fresh shelf, their last
   * blocks checked and their pools accepted; the other bodies are read in the
   * background from here on.
   */
  private async start(state: IndexedState): Promise<void> {
    // Loaded by the index's load already (a first visit never comes here).
    const { indexedChain, checkRecentBlocks } = await storedStartCode();
    const shelf = this.d.bodies.renew();
    let network: Network;
    try {
      network = startNetwork(state, shelf, indexedChain);
    } catch (e) {
      this.configDamaged(e);
      return this.adopt(await this.d.buildState(DEFAULT_SEED));
    }
    const chains = new Map(network.nodes().map((n) => [n.id, n.chain] as const));
    performance.mark('pocket:nodes-started');
    const checked = await checkRecentBlocks(this.d.store, chains, shelf, DEFAULT_CHECK_BLOCKS);
    performance.mark('pocket:recent-checked');
    const problems = [...checked.problems];
    for (const node of state.nodes) if (chains.has(node.id)) problems.push(...acceptStoredPool(chains.get(node.id)!, node.id, node.mempool));
    if (problems.length > 0) {
      this.problemList.push(...problems);
      this.d.guard.damaged = true;
    }
    await this.run(network, state);
    this.d.verification.loaded({ nodes: chains.size, blocks: checked.checkedBlocks, depth: DEFAULT_CHECK_BLOCKS });
    this.d.bodies.fill(this.d.store);
  }

  /** A whole state (a demo just built, or shown in memory), every node checked by a replay. */
  private async adopt(state: PersistedState): Promise<void> {
    const shelf = this.d.bodies.renew();
    let restored: ReturnType<typeof restoreNetwork>;
    try {
      restored = restoreNetwork(state, shelf);
    } catch (e) {
      this.configDamaged(e);
      state = await this.d.buildState(DEFAULT_SEED);
      restored = restoreNetwork(state, shelf);
    }
    const { network, problems } = restored;
    if (problems.length > 0) {
      this.problemList.push(...problems);
      this.d.guard.damaged = true;
    }
    await this.run(network, state);
    this.d.verification.loaded(null);
  }

  /** The stored config does not parse: the caller shows a demo in memory, the records are kept for the user to decide. */
  private configDamaged(e: unknown): void {
    this.problemList.push({ code: 'record-unparseable', store: 'config', key: 'network', message: `The stored network configuration does not parse: ${(e as Error).message}.` });
    this.d.guard.damaged = true;
  }

  private async run(network: Network, state: Omit<PersistedState, 'nodes'>): Promise<void> {
    await this.d.mining.stopMining();
    this.d.rules.adopt(state.params);
    this.d.wallets.adopt(state.wallets);
    this.d.settings.adopt(state.settings);
    this.attach(network);
    // Nothing was in flight when the state was saved: let the nodes catch up with each other.
    network.reconnectAll();
    this.d.simulation.stopIfNoMiner();
  }

  private attach(network: Network): void {
    this.stopFeed?.();
    this.d.nodes.attach(network);
    this.d.clock.attach(network);
    this.d.writer.setConfigSource(() => ({ network: network.config() as unknown as JsonObject, settings: settingsJson(this.d.settings.current) }));
    this.stopFeed = feedNetwork(network, this.d);
    void this.d.mining.attach(network);
  }

  /** Writes everything queued (tests, and before an export or a reload). */
  flush(): Promise<void> {
    return this.d.writer.flush();
  }

  /**
   * The original reset_system: wipe and rebuild the seeded demo (the same seed
   * and params give the same chain). `params` starts a new chain with other
   * consensus parameters (checked first: a bad or unminable set changes
   * nothing); without them the current chain's parameters are kept, minus the
   * teacher's overrides. The theme, the language, the tour, the workers and the
   * mining engine settings (this device's, engine-settings.ts) are kept.
   */
  async reset(seed: string | number = DEFAULT_SEED, params?: ConsensusParams): Promise<void> {
    this.d.guard.assertWriterTab();
    const text = seedText(seed);
    // The new chain's checks load with the first reset, not with the page.
    const { checkNewChainParams } = await import('./chain-presets');
    if (params !== undefined) checkNewChainParams(params);
    // A plain copy: the params may come from a UI's reactive state, which cannot be posted to the worker.
    const base = params ? Object.freeze({ ...params, overrides: [] }) : this.currentBaseParams(checkNewChainParams);
    await this.d.mining.stopMining();
    await this.d.writer.flush();
    const state = this.live(await this.d.buildState(text, base));
    const { theme, language, tourDone, workers } = this.d.settings.current;
    const engine = engineSettingsJson(this.d.settings.current);
    await this.d.store.reset({ ...state, settings: { ...state.settings, theme, language, tourDone, workers, ...engine } });
    await this.load();
  }

  /** A freshly built demo with its simulated miners on, if demos start live (the config is saved that way). */
  private live(state: PersistedState): PersistedState {
    const config = state.network;
    if (!this.d.liveDemo || config === null || typeof config !== 'object' || Array.isArray(config)) return state;
    return { ...state, network: { ...config, autoMine: true } };
  }

  /** The running chain's params without the teacher's overrides, if a new chain can be built with them (else the default). */
  private currentBaseParams(check: (params: ConsensusParams) => ConsensusParams): ConsensusParams | undefined {
    const base = Object.freeze({ ...this.d.rules.params, overrides: [] });
    try {
      return check(base);
    } catch {
      return undefined;
    }
  }

  /** Replays a damaged node from its stored blocks (storage quarantines what it cannot use), then reloads. */
  async rebuildNode(nodeId: string): Promise<void> {
    this.d.guard.assertWriterTab();
    if (typeof nodeId !== 'string' || nodeId === '') throw new PocketError('bad-argument', 'nodeId must be a node id.', 'nodeId');
    const report = await this.d.store.rebuildNode(nodeId);
    await this.load();
    this.d.events.notice('info', said('nodeRebuilt', { node: nodeId, blocks: report.blocksReplayed, height: report.height }));
  }
}

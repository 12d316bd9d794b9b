/**
 * Loading and replacing the whole state. At start: the stored state (or, on a
 * first visit, the seeded demo built in a worker and saved at once), every
 * node restored with its UTXO check. Again when another tab changed the state,
 * after an import, on "Reset" (the same seed gives the same chain) and on
 * "Rebuild" of a damaged node. Damaged data is reported and kept: the tab
 * shows a demo in memory and refuses changes until the user decides.
 */
import type { ConsensusParams } from '../core/index';
import type { Network } from '../sim/index';
import type { ChainStore, JsonObject, PersistedState, StorageProblem } from '../storage/index';
import type { AppEvents } from './app-events';
import { checkNewChainParams } from './chain-presets';
import type { ClockService } from './clock-service';
import { PocketError } from './errors';
import type { MiningService } from './mining-service';
import { feedNetwork } from './network-feed';
import type { NodeService } from './node-service';
import { restoreNetwork } from './restore-network';
import type { RulesService } from './rules-service';
import { DEFAULT_SEED, seedText, settingsJson } from './settings';
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
}

export class LifecycleService {
  private problemList: StorageProblem[] = [];
  private stopFeed: (() => void) | null = null;

  constructor(private readonly d: LifecycleDeps) {}

  /** Damage found in stored data at load (the data is kept; see rebuildNode / reset). */
  get problems(): readonly StorageProblem[] {
    return this.problemList;
  }

  /** (Re)loads everything from storage: at start, after an import, or when another tab changed the state. */
  async load(): Promise<void> {
    const { state, problems } = await this.d.store.load();
    this.problemList = [...problems];
    this.d.guard.damaged = problems.length > 0;
    if (state && state.nodes.length > 0) {
      await this.adopt(state);
    } else if (!state && problems.length === 0) {
      // First visit: the seeded demo, saved at once.
      const built = await this.d.buildState(DEFAULT_SEED);
      await this.d.store.reset(built);
      await this.adopt(built);
    } else {
      // Nothing usable is stored (the data is kept for the user to decide): show a demo in memory meanwhile.
      this.d.guard.damaged = true;
      await this.adopt(await this.d.buildState(DEFAULT_SEED));
    }
    this.d.events.changed(['state', 'nodes', 'chain', 'pool', 'wallets', 'mining', 'settings', 'storage']);
  }

  private async adopt(state: PersistedState): Promise<void> {
    let restored: ReturnType<typeof restoreNetwork>;
    try {
      restored = restoreNetwork(state);
    } catch (e) {
      // The stored config does not parse: show a demo in memory, keep the records for the user to decide.
      this.problemList.push({ code: 'record-unparseable', store: 'config', key: 'network', message: `The stored network configuration does not parse: ${(e as Error).message}.` });
      state = await this.d.buildState(DEFAULT_SEED);
      restored = restoreNetwork(state);
      this.d.guard.damaged = true;
    }
    const { network, problems } = restored;
    if (problems.length > 0) {
      this.problemList.push(...problems);
      this.d.guard.damaged = true;
    }
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
   * teacher's overrides. The theme, the tour and the workers are kept.
   */
  async reset(seed: string | number = DEFAULT_SEED, params?: ConsensusParams): Promise<void> {
    this.d.guard.assertWriterTab();
    const text = seedText(seed);
    if (params !== undefined) checkNewChainParams(params);
    // A plain copy: the params may come from a UI's reactive state, which cannot be posted to the worker.
    const base = params ? Object.freeze({ ...params, overrides: [] }) : this.currentBaseParams();
    await this.d.mining.stopMining();
    await this.d.writer.flush();
    const state = await this.d.buildState(text, base);
    const { theme, tourDone, workers } = this.d.settings.current;
    await this.d.store.reset({ ...state, settings: { ...state.settings, theme, tourDone, workers } });
    await this.load();
  }

  /** The running chain's params without the teacher's overrides, if a new chain can be built with them (else the default). */
  private currentBaseParams(): ConsensusParams | undefined {
    const base = Object.freeze({ ...this.d.rules.params, overrides: [] });
    try {
      return checkNewChainParams(base);
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
    this.d.events.notice('info', `Node ${nodeId} was rebuilt from ${report.blocksReplayed} stored blocks (height ${report.height}).`);
  }
}

/**
 * The running Pocket Chain: the services it is made of, wired together. Each
 * service is one concern in its own file and checks its own arguments; this
 * root only builds them in order and hands each the others it needs. The
 * typed API (src/api) and the page's state (src/ui/state) both sit on top.
 *
 *   settings    which node the panels follow, speed, theme, tour, workers
 *   nodes       the running network: nodes, peers, partitions, links, blocks from outside
 *   rules       the consensus params and a teacher's difficulty or reward
 *   wallets     wallets, balances, payments
 *   mining      the worker pool: one block, continuous, miners, workers
 *   engines     which engine mines (GPU, WebAssembly SIMD, JavaScript): self-benchmark, choice
 *   simulation  simulated (Poisson) miners and fast-forward on easy targets
 *   clock       the simulation's virtual time
 *   reorgs      every reorg of every node: depth, payments returned and reversed (with the winner)
 *   lifecycle   load (from the block index, the last blocks checked), first visit (the
 *               demo file the build wrote, else mined), reset, rebuild
 *   bodies      the nodes' shared block bodies, read from storage in the background
 *   verification  the start check and the full verification (in a worker where it can)
 *   stateFile   export and import
 *   storage     whether the state is saved (IndexedDB or memory), space, persistence
 *   lab         attacks measured against the papers: experiments in the lab's workers,
 *               the 51% attack on the live network
 *   learn       the lessons' progress record, their mining jobs and hashcash worker
 *   guard       whether this tab may change anything
 *   events      what changed, notices, the network's events passed on
 */
import { said } from './app-sentences';
import type { ConsensusParams } from '../core/index';
import type { ChainStore, ImportResult, PersistedState } from '../storage/index';
import type { PagePool } from '../workers/page-pool';
import type { LabRunner } from '../workers/lab-runner';
import { AppEvents } from './app-events';
import { BodiesService } from './bodies-service';
import { ClockService } from './clock-service';
import { LearnService } from './learn-service';
import { LifecycleService } from './lifecycle-service';
import { MiningService } from './mining-service';
import { MiningEngineService } from './mining-engine-service';
import { NodeService } from './node-service';
import { ReorgService } from './reorg-service';
import { RulesService } from './rules-service';
import { SettingsService } from './settings-service';
import { SimulatedMiningService } from './simulated-mining-service';
import { StateFileService } from './state-file-service';
import { StateWriter } from './state-writer';
import { StorageService, type StorageStatusSource } from './storage-service';
import { LabService } from './lab-service';
import { prebuiltDemoFirst } from './prebuilt-demo';
import { inProcessTasks } from './tasks';
import { WalletService } from './wallet-service';
import { VerificationService, type Verifier } from './verification-service';
import { WriteGuard } from './write-guard';

export interface AppOptions {
  readonly store: ChainStore;
  readonly pool: PagePool;
  /** Builds the demo state for a seed, with the given consensus params or the default ones (the page runs it in a worker). */
  readonly buildState?: (seed: string, params?: ConsensusParams) => Promise<PersistedState>;
  /**
   * The first visit's demo as `npm run build` wrote it (export-file text), or null where
   * there is none; validated like an import, it spares mining the demo (prebuilt-demo.ts).
   */
  readonly prebuiltDemo?: () => Promise<string | null>;
  /** Validates an import file completely (the page runs it in a worker). */
  readonly validateImport?: (text: string) => Promise<ImportResult>;
  /** False while another tab is the writer. */
  readonly canWrite?: () => boolean;
  /** Whether writes reach IndexedDB (absent: in memory by design, as in tests). */
  readonly storageStatus?: StorageStatusSource;
  /** Runs the lab's experiments (default: Web Workers, or this thread in slices where there are none). */
  readonly lab?: LabRunner;
  /** Runs the full verification of what is stored (the page: in a worker; default: the store's own, here). */
  readonly verifier?: Verifier;
  /** A demo built on a first visit or a reset starts with its simulated miners on (the page: yes unless ?miners=off). */
  readonly liveDemo?: boolean;
}

export class PocketApp {
  readonly events = new AppEvents();
  readonly guard: WriteGuard;
  readonly settings: SettingsService;
  readonly nodes: NodeService;
  readonly rules: RulesService;
  readonly wallets: WalletService;
  readonly mining: MiningService;
  readonly engines: MiningEngineService;
  readonly simulation: SimulatedMiningService;
  readonly clock: ClockService;
  readonly reorgs: ReorgService;
  readonly lifecycle: LifecycleService;
  readonly stateFile: StateFileService;
  readonly storage: StorageService;
  readonly lab: LabService;
  readonly learn: LearnService;
  readonly bodies: BodiesService;
  readonly verification: VerificationService;

  /** Loads the stored state (or builds, saves and loads the demo on a first visit). */
  static async open(o: AppOptions): Promise<PocketApp> {
    const app = new PocketApp(o);
    await app.lifecycle.load();
    await app.engines.apply(); // the settings' engine mines from the first run on
    app.storage.listen();
    return app;
  }

  private constructor(o: AppOptions) {
    const events = this.events;
    const guard = (this.guard = new WriteGuard(o.canWrite));
    const writer = new StateWriter(o.store, (e) => events.notice('error', said('savingFailed', { problem: (e as Error).message })));
    const settings = (this.settings = new SettingsService(writer, guard, events));
    const bodies = (this.bodies = new BodiesService(events));
    const nodes = (this.nodes = new NodeService({ settings, guard, writer, events, bodies, stopMiningOn: (id) => this.mining.stopNode(id) }));
    const rules = (this.rules = new RulesService(nodes, guard, writer, events, () => {
      // Miners must pick up the new bits or reward.
      this.mining.restartMiners();
      this.simulation.stopIfNoMiner();
    }));
    const wallets = (this.wallets = new WalletService(nodes, rules, guard, writer, events));
    const simulation = (this.simulation = new SimulatedMiningService(nodes, guard, writer, events, bodies, () => this.mining.proofs.idle()));
    const clock = (this.clock = new ClockService(nodes, settings, guard, simulation, bodies));
    this.reorgs = new ReorgService(nodes, events);
    const engines = (this.engines = new MiningEngineService({ pool: o.pool, settings, events, mining: () => this.mining.mining }));
    const mining = (this.mining = new MiningService({ pool: o.pool, nodes, rules, settings, guard, events, engines, schedule: simulation, clock }));
    const store = o.store;
    const validateImport = o.validateImport ?? inProcessTasks.validateImport;
    const build = o.buildState ?? inProcessTasks.buildDemoState;
    const buildState = o.prebuiltDemo ? prebuiltDemoFirst({ build, read: o.prebuiltDemo, validateImport, events }) : build;
    const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const verifier: Verifier = o.verifier ?? ((onProgress) => store.verify({ onProgress, pause: nextTask }));
    const verification = (this.verification = new VerificationService(verifier, events, (problems) => this.lifecycle.reportDamage(problems)));
    const lifecycle = (this.lifecycle = new LifecycleService({ store, buildState, guard, events, writer, settings, nodes, clock, rules, wallets, mining, simulation, bodies, verification, liveDemo: o.liveDemo ?? false }));
    this.stateFile = new StateFileService({ store, validateImport, guard, events, nodes, rules, wallets, settings, mining, lifecycle });
    this.storage = new StorageService(o.storageStatus ?? null, events, () => lifecycle.flush());
    this.lab = new LabService({ runner: o.lab, nodes, wallets, clock, guard, events });
    this.learn = new LearnService(store, o.pool, events);
  }
}

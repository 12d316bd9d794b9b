/**
 * The Mining panel's door into the app (and the Network panel's miners and
 * simulated mining): mining figures as the pool reports them, the miners,
 * the engine (chosen, running, measured), the next block's difficulty and
 * reward, what the page's miners found; and the mining actions, the miners'
 * configuration, the workers, the engine choice, simulated mining, and a
 * proof of work for the explorer's tamper sandbox.
 */
import type { FastForwardOptions, FastForwardResult, SimulatedBlock } from '../../app/fast-forward';
import type { ContinuousMiner, MineOnceResult } from '../../app/mining-jobs';
import type { RemineRun } from '../../app/mining-service';
import type { EngineView } from '../../app/mining-engine-service';
import type { EngineBenchmark, MiningEngine } from '../../workers/index';
import type { PocketApp } from '../../app/pocket-app';
import type { BlockTemplate } from '../../core/index';
import { miningStats } from '../../api/app-json';
import type { MiningStats } from '../../api/types';
import type { PoolStats } from '../../workers/index';
import { nextBlockInfo, type NextBlockInfo } from '../mining/next-block';
import { all, live, topics, whenever } from './live.svelte';
import { MiningSession } from './mining-session.svelte';
import type { Toasts } from './toasts.svelte';
import type { AppSentence } from '../../app/app-sentences';

/** The pool's own figures also show what happens after a stop: refreshed at this pace while shown. */
const POOL_REFRESH_MS = 250;

export interface SimulationStatus {
  /** Simulated miners switched on. */
  readonly on: boolean;
  /** Whether they can run here, else why not. */
  /** Whether "Next block" and fast-forward can run (an easy target), else why not. */
  readonly check: { readonly ok: boolean; readonly reason?: string; readonly said?: AppSentence };
  /** Whether the miners can be switched on (any target: the workers prove hard ones), else why not. */
  readonly live: { readonly ok: boolean; readonly reason?: string; readonly said?: AppSentence };
  /** A fast-forward is running. */
  readonly running: boolean;
}

export class MiningState {
  readonly #stats: () => MiningStats;
  readonly #pool: () => PoolStats;
  readonly #miners: () => ContinuousMiner[];
  readonly #next: () => NextBlockInfo;
  readonly #simulation: () => SimulationStatus;
  readonly #engine: () => EngineView;
  readonly #minersSub: () => void;
  #session: MiningSession | null = null;

  constructor(
    private readonly app: PocketApp,
    private readonly toasts: Toasts,
    private readonly openBlock: (hash: string) => void,
  ) {
    const ev = app.events;
    const miningSub = topics(ev, ['mining']);
    // As often as the pool reports progress (a few times a second while mining).
    const progressSub = all(miningSub, whenever((update) => app.mining.onProgress(update)));
    this.#stats = live(progressSub, () => miningStats(app));
    this.#pool = live(
      all(
        progressSub,
        whenever((update) => {
          const timer = setInterval(update, POOL_REFRESH_MS);
          return () => clearInterval(timer);
        }),
      ),
      () => app.mining.stats,
    );
    this.#miners = live(miningSub, () => app.mining.miners());
    this.#next = live(topics(ev, ['chain', 'settings', 'nodes']), () => nextBlockInfo(app.nodes.selected.chain.tip, app.rules.params));
    this.#minersSub = topics(ev, ['nodes']);
    this.#engine = live(topics(ev, ['mining', 'settings']), () => app.engines.view);
    this.#simulation = live(topics(ev, ['nodes', 'chain', 'mining', 'settings']), () => ({
      on: app.simulation.enabled,
      check: app.simulation.check(),
      live: app.simulation.checkLive(),
      running: app.simulation.fastForwarding,
    }));
  }

  /** Hash rate, nonces, workers, mode, expected time: as the pool reports them. */
  get stats(): MiningStats {
    return this.#stats();
  }

  /** The pool's own figures (per worker, cancel latency, a notice when degraded), refreshed four times a second while shown. */
  get pool(): PoolStats {
    return this.#pool();
  }

  /** Nodes mining continuously, with their address and share. */
  get miners(): ContinuousMiner[] {
    return this.#miners();
  }

  /** A one-block job is running. */
  get busyOnce(): boolean {
    return this.stats.mining && this.app.mining.busyOnce;
  }

  /** The next block on the selected node: its bits, target, reward, and the schedules. */
  get next(): NextBlockInfo {
    return this.#next();
  }

  /** A node's miner (its reward address and hash share), or undefined. */
  minerOf(nodeId: string): { readonly address: string; readonly hashShare: number } | undefined {
    this.#minersSub();
    const net = this.app.nodes.network;
    return net.hasNode(nodeId) ? net.node(nodeId).miner : undefined;
  }

  /** Workers used unless set otherwise (logical cores - 1). */
  get defaultWorkers(): number {
    return this.app.mining.defaultWorkers;
  }

  /** The page's mining memory (found blocks, run start, last rate), from the first time the Mining panel asks. */
  get session(): MiningSession {
    return (this.#session ??= new MiningSession(this.app, this.toasts, this.openBlock));
  }

  /**
   * The engine: the one chosen (by the self-benchmark or the user), the
   * figures measured, whether the GPU may mine, a measurement running. The
   * engine running right now (after any fallback) is `pool.engine`.
   */
  get engine(): EngineView {
    return this.#engine();
  }

  /** Simulated miners: on or off, whether they can run (else why), a fast-forward running. */
  get simulation(): SimulationStatus {
    return this.#simulation();
  }

  // --- actions ---

  /** One block on the selected node paying `address`. */
  mineBlock(address: string, maxTxs?: number): Promise<MineOnceResult> {
    return this.app.mining.mineBlock(this.app.nodes.selected.id, address, maxTxs);
  }

  /** The selected node mines continuously until stop(); resolves once it mines (the first run measures the engines first). */
  startMining(address: string): Promise<void> {
    return this.app.mining.startMining(this.app.nodes.selected.id, address);
  }

  /** Every node with a miner mines on the chain's schedule (the clock plays); resolves with how many. */
  startNetworkMining(): Promise<number> {
    return this.app.mining.startNetworkMining();
  }

  /** Mine with this engine from now on. */
  chooseEngine(engine: MiningEngine): Promise<void> {
    return this.app.engines.choose(engine);
  }

  /** Measures every engine again and mines with the fastest (refused while mining). */
  measureEngines(): Promise<EngineBenchmark> {
    return this.app.engines.measure();
  }

  /** Lets the GPU mine, or not. */
  setGpuAllowed(on: boolean): Promise<void> {
    return this.app.engines.setGpuAllowed(on);
  }

  /** Stops every miner, the scheduled ones too; resolves when no worker hashes any more. */
  stop(): Promise<void> {
    return this.app.mining.stopNetworkMining();
  }

  setWorkers(n: number): Promise<void> {
    return this.app.mining.setWorkers(n);
  }

  /** Gives a node a miner (or removes it: null). */
  setMiner(nodeId: string, miner: { address: string; hashShare: number } | null): void {
    this.app.mining.setMiner(nodeId, miner);
  }

  /** A proof of work for a block the tamper sandbox changed (nothing is submitted). */
  remine(template: BlockTemplate): RemineRun {
    return this.app.mining.remine(template);
  }

  setSimulated(on: boolean): void {
    this.app.simulation.setEnabled(on);
  }

  /** Runs the network up to the next simulated block. */
  stepBlock(): Promise<SimulatedBlock | null> {
    return this.app.simulation.step();
  }

  fastForward(blocks: number, options?: FastForwardOptions): Promise<FastForwardResult> {
    return this.app.simulation.fastForward(blocks, options);
  }
}

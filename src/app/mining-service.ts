/**
 * Mining as the page and the API ask for it: one block, continuous mining by
 * a node, every node with a miner on the chain's schedule ("All miners
 * mine"), stop, the miners' configuration, the number of workers, and a
 * one-off proof of work for the explorer's tamper sandbox. Every proof of work
 * runs in the worker pool (mining-jobs.ts and worker-proofs.ts drive it); this
 * file checks the arguments.
 */
import { said } from './app-sentences';
import { decodeAddress, type BlockTemplate, type MinedBlock } from '../core/index';
import type { Network } from '../sim/index';
import type { ProgressListener } from '../workers/mining-pool';
import type { PagePool } from '../workers/page-pool';
import type { PoolStats } from '../workers/pool-stats';
import { defaultWorkerCount } from '../workers/worker-count';
import type { AppEvents } from './app-events';
import type { MiningEngineService } from './mining-engine-service';
import { PocketError, toPocketError, badValue } from './errors';
import type { MiningJobs, ContinuousMiner, MineOnceResult } from './mining-jobs';
import { WorkerProofs } from './worker-proofs';
import type { NodeService } from './node-service';
import type { RulesService } from './rules-service';
import type { SettingsService } from './settings-service';
import type { WriteGuard } from './write-guard';

const MAX_WORKERS = 64;
const MAX_HASH_SHARE = 100;

/** A proof of work in progress for the tamper sandbox. */
export interface RemineRun {
  /** The block with a valid nonce, or null when cancelled first. */
  readonly done: Promise<MinedBlock | null>;
  cancel(): void;
}

export interface MiningServiceDeps {
  readonly pool: PagePool;
  readonly nodes: NodeService;
  readonly rules: RulesService;
  readonly settings: SettingsService;
  readonly guard: WriteGuard;
  readonly events: AppEvents;
  /** Which engine mines: asked before every run (the first one measures the engines). */
  readonly engines: MiningEngineService;
  /** The network's scheduled (Poisson) miners, which "All miners mine" switches on. */
  readonly schedule: { readonly enabled: boolean; setEnabled(on: boolean): void };
  /** The clock the schedule runs on: "All miners mine" plays it if it was paused. */
  readonly clock: { readonly paused: boolean; setPaused(paused: boolean): void };
}

export class MiningService {
  /**
   * A node's own mining (one block, continuous, the scheduler sharing the workers): its code
   * loads with the first run, not with the page. Until then nothing mines but the proofs.
   */
  private jobs: MiningJobs | null = null;
  private jobsLoading: Promise<MiningJobs> | null = null;
  private network: Network | null = null;
  /** The simulated miners' proofs at a real target (the living network). */
  readonly proofs: WorkerProofs;

  constructor(private readonly d: MiningServiceDeps) {
    this.proofs = new WorkerProofs(d.pool);
  }

  /** Follows a (new) running network: mining on the old one stops; the settings' engine is put on the pool. */
  async attach(network: Network): Promise<void> {
    this.network = network;
    this.proofs.attach(network);
    if (this.jobsLoading) await (await this.jobsLoading).attach(network);
    else await this.d.pool.cancel();
    await this.d.engines.apply();
  }

  private loadJobs(): Promise<MiningJobs> {
    this.jobsLoading ??= import('./mining-jobs').then(({ MiningJobs }) => {
      const jobs = new MiningJobs(this.d.pool, () => this.d.events.changed(['mining', 'nodes']));
      if (this.network) jobs.follow(this.network);
      this.jobs = jobs;
      return jobs;
    });
    return this.jobsLoading;
  }

  private checkAddress(address: string): void {
    try {
      decodeAddress(address, this.d.rules.params.addressVersion);
    } catch (e) {
      throw toPocketError(e, 'address');
    }
  }

  /**
   * Waits until an engine is chosen (the first run measures them, well under
   * a second); rejects if mining was stopped meanwhile, so a Stop pressed
   * during the measurement is not followed by a start.
   */
  private async engineReady(): Promise<MiningJobs> {
    const stops = this.stops;
    const [jobs] = await Promise.all([this.loadJobs(), this.d.engines.ensureChosen()]);
    if (this.stops !== stops) throw new PocketError('mining-stopped', 'Mining was stopped before it started.');
    return jobs;
  }

  /** Counts stopMining calls, so a run waiting for the engine knows it was stopped. */
  private stops = 0;

  /** One block on `nodeId` paying `minerAddress`; resolves when the node has processed it. */
  async mineBlock(nodeId: string, minerAddress: string, maxTxs?: number): Promise<MineOnceResult> {
    this.d.guard.assertWritable();
    this.d.nodes.node(nodeId);
    this.checkAddress(minerAddress);
    if (maxTxs !== undefined && !(Number.isInteger(maxTxs) && maxTxs >= 0)) {
      throw badValue('maxTxs', said('maxTxs'));
    }
    const jobs = await this.engineReady();
    return jobs.mineOnce(nodeId, minerAddress, maxTxs);
  }

  /** Continuous mining by one node, at its miner's hash share (1 without a miner); resolves once it mines. */
  async startMining(nodeId: string, address: string): Promise<void> {
    this.d.guard.assertWritable();
    this.d.nodes.node(nodeId);
    this.checkAddress(address);
    const jobs = await this.engineReady();
    jobs.start(nodeId, address, this.d.nodes.node(nodeId).miner?.hashShare ?? 1);
  }

  /**
   * Every node with a miner mines on the chain's schedule, as the living
   * network does: discoveries come as a Poisson process at the target
   * spacing, each found by a miner with its hash-share chance, and the
   * workers search each block's proof while the clock waits. Running them
   * flat out would bury a class in forks and reorgs; going faster is the
   * speed control's or fast-forward's explicit choice. Plays a paused clock;
   * resolves with how many miners there are.
   */
  async startNetworkMining(): Promise<number> {
    this.d.guard.assertWritable();
    const miners = this.d.nodes.network.nodes().filter((node) => node.miner).length;
    if (miners === 0) {
      throw badValue(undefined, said('noMinerToMine'));
    }
    await this.engineReady();
    if (!this.d.schedule.enabled) this.d.schedule.setEnabled(true);
    if (this.d.clock.paused) this.d.clock.setPaused(false);
    return miners;
  }

  /** Whether every node with a miner mines on the schedule (the simulated miners are on). */
  get networkMining(): boolean {
    return this.d.schedule.enabled;
  }

  /** Stops the scheduled miners and everything else that mines; resolves when no worker hashes any more. */
  async stopNetworkMining(): Promise<void> {
    if (this.d.schedule.enabled && this.d.guard.writable) this.d.schedule.setEnabled(false);
    await this.stopMining();
  }

  /** Stops every miner and a one-block job; resolves when no worker hashes any more. */
  async stopMining(): Promise<void> {
    this.stops++;
    // Before the jobs' code loads, no node mines: only the proofs' and the sandbox's jobs are in the pool.
    if (this.jobsLoading) await (await this.jobsLoading).stop();
    else await this.d.pool.cancel();
  }

  /** Stops one node's continuous mining (the node is about to go). */
  stopNode(nodeId: string): Promise<void> {
    return this.jobs ? this.jobs.stopNode(nodeId) : Promise.resolve();
  }

  /** Running miners start again on the current rules (after a teacher's difficulty or reward). */
  restartMiners(): void {
    const jobs = this.jobs;
    if (jobs) for (const m of jobs.miners()) jobs.start(m.nodeId, m.address, m.share);
  }

  /**
   * Gives a node a miner (the address its coinbase pays and its share of the hash
   * power, used by startNetworkMining and simulated mining), or removes it (null).
   * Mining in progress is not changed.
   */
  setMiner(nodeId: string, miner: { address: string; hashShare: number } | null): void {
    this.d.guard.assertWritable();
    this.d.nodes.node(nodeId);
    if (miner !== null) {
      if (typeof miner !== 'object') throw new PocketError('bad-argument', 'miner must be { address, hashShare } or null.', 'miner');
      this.checkAddress(miner.address);
      if (typeof miner.hashShare !== 'number' || !Number.isFinite(miner.hashShare) || miner.hashShare <= 0 || miner.hashShare > MAX_HASH_SHARE) {
        throw badValue('hashShare', said('hashShare', { max: MAX_HASH_SHARE }));
      }
    }
    this.d.nodes.network.setMiner(nodeId, miner === null ? null : { address: miner.address, hashShare: miner.hashShare });
  }

  /** How many Web Workers mine (saved in the settings). */
  async setWorkers(n: number): Promise<void> {
    if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) throw badValue('workers', said('workers', { min: 1, max: MAX_WORKERS }));
    await this.d.pool.setWorkerCount(n);
    this.d.settings.update({ workers: n });
  }

  /**
   * A proof of work for a block the tamper sandbox changed: nothing is
   * submitted; the sandbox shows the result and may hand it to a node later.
   */
  remine(template: BlockTemplate, label = 'tamper sandbox'): RemineRun {
    if (template === null || typeof template !== 'object' || !template.block) throw new PocketError('bad-argument', 'template must be a BlockTemplate.', 'template');
    const job = this.d.pool.addJob(template, { label });
    return { done: this.d.pool.whenDone(job), cancel: () => void this.d.pool.removeJob(job) };
  }

  // --- what the page and the API read ---

  get stats(): PoolStats {
    return this.d.pool.stats;
  }

  /** Workers used unless the settings say otherwise: logical cores - 1, at least 1. */
  get defaultWorkers(): number {
    return defaultWorkerCount();
  }

  /** Starts the pool's lanes (the page's pool loads its code with this or its first job); settles once they are up. */
  startPool(): Promise<void> {
    return this.d.pool.start();
  }

  /** Called as the pool reports hash rates (a few times a second while mining). */
  onProgress(listener: ProgressListener): () => void {
    return this.d.pool.onProgress(listener);
  }

  get mining(): boolean {
    return this.jobs?.mining ?? false;
  }

  get busyOnce(): boolean {
    return this.jobs?.busyOnce ?? false;
  }

  isMining(nodeId: string): boolean {
    return this.jobs?.isMining(nodeId) ?? false;
  }

  miners(): ContinuousMiner[] {
    return this.jobs?.miners() ?? [];
  }

  /** The node the pool mines for, when exactly one is mining. */
  get activeNode(): string | null {
    return this.jobs?.activeNode ?? null;
  }

  /** Blocks the workers found since the page opened: a node's own mining and the scheduled miners' proofs. */
  get blocksFound(): number {
    return (this.jobs?.blocksFound ?? 0) + this.proofs.blocksFound;
  }
}

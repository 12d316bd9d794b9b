/**
 * The mining jobs of the page in the Web Worker pool (or its main-thread
 * fallback), never in the simulation's event loop. Arguments are checked by
 * the mining service that drives this.
 *
 *  - mineOnce: one block on one node, like the original mine_block (with the
 *    number of pool transactions to include). If the node's tip changes while
 *    mining (a peer's block arrived), the job restarts on the new tip.
 *  - start/stop: continuous mining by one or several nodes sharing the workers
 *    in proportion to their hash-power shares (the scheduler slices the
 *    workers' time, so each node finds blocks at its share of the rate).
 */
import { said } from './app-sentences';
import { MiningScheduler } from '../workers/mining-scheduler';
import type { PagePool } from '../workers/page-pool';
import type { BlockResult, MinedBlock } from '../core/index';
import type { Network } from '../sim/index';
import { PocketError, badValue } from './errors';

export interface MineOnceResult {
  readonly mined: MinedBlock;
  readonly result: BlockResult;
}

export interface ContinuousMiner {
  readonly nodeId: string;
  readonly address: string;
  readonly share: number;
}

export class MiningJobs {
  private readonly scheduler: MiningScheduler;
  private network: Network | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly continuous = new Map<string, ContinuousMiner>();
  private once: { nodeId: string; restart: () => void; stop: () => void } | null = null;
  private foundCount = 0;

  constructor(
    private readonly pool: PagePool,
    private readonly onChange: () => void,
  ) {
    this.scheduler = new MiningScheduler(pool);
  }

  /** Follows a (new) network: stops mining on the old one. */
  async attach(network: Network): Promise<void> {
    await this.stop();
    this.follow(network);
  }

  /** Follows `network`'s templates (a fresh MiningJobs, which mines nothing yet, needs no stop first). */
  follow(network: Network): void {
    this.unsubscribe?.();
    this.network = network;
    this.unsubscribe = network.on('template-changed', (e) => {
      if (this.continuous.has(e.nodeId)) void this.scheduler.invalidate(e.nodeId);
      if (this.once?.nodeId === e.nodeId && e.reason === 'tip') this.once.restart();
    });
  }

  private get net(): Network {
    if (!this.network) throw new Error('mining service has no network');
    return this.network;
  }

  get blocksFound(): number {
    return this.foundCount;
  }

  get busyOnce(): boolean {
    return this.once !== null;
  }

  /** Mines one block on `nodeId` paying `address`; resolves when the node has processed it. */
  async mineOnce(nodeId: string, address: string, maxTxs?: number): Promise<MineOnceResult> {
    if (this.once) throw new PocketError('mining-busy', `Node ${this.once.nodeId} is already mining a block: wait for it or stop mining.`);
    const node = this.net.node(nodeId);
    let stopped = false;
    let job = this.pool.addJob(node.blockTemplate({ minerAddress: address, maxTxs }), { label: `${nodeId} (one block)` });
    const current = { nodeId, restart: () => {}, stop: () => {} };
    current.restart = () => {
      const old = job;
      job = this.pool.addJob(node.blockTemplate({ minerAddress: address, maxTxs }), { label: `${nodeId} (one block)` });
      void this.pool.removeJob(old);
    };
    current.stop = () => {
      stopped = true;
      void this.pool.removeJob(job);
    };
    this.once = current;
    this.onChange();
    try {
      for (;;) {
        const watching = job;
        const mined = await this.pool.whenDone(watching);
        if (mined) {
          // Our own block moves the tip: that must not start another job.
          current.restart = () => {};
          const result = this.net.submitBlock(nodeId, mined.block);
          this.foundCount++;
          return { mined, result };
        }
        if (stopped) throw new PocketError('mining-stopped', 'Mining was stopped before a block was found.');
        // Cancelled because the tip moved: `job` is already the restarted one.
      }
    } finally {
      this.once = null;
      this.onChange();
    }
  }

  /** Continuous mining by `nodeId`; several nodes share the workers by `share`. */
  start(nodeId: string, address: string, share = 1): void {
    this.net.node(nodeId);
    if (!(share > 0)) throw badValue('share', said('hashPowerShare'));
    if (this.continuous.has(nodeId)) {
      this.continuous.set(nodeId, { nodeId, address, share });
      this.scheduler.setShare(nodeId, share);
      void this.scheduler.invalidate(nodeId);
      return;
    }
    this.continuous.set(nodeId, { nodeId, address, share });
    this.scheduler.add({
      id: nodeId,
      share,
      getTemplate: () => {
        const miner = this.continuous.get(nodeId);
        return miner && this.network?.hasNode(nodeId) ? this.network.node(nodeId).blockTemplate({ minerAddress: miner.address }) : null;
      },
      onFound: (block) => {
        if (!this.network?.hasNode(nodeId)) return;
        this.foundCount++;
        this.network.submitBlock(nodeId, block);
      },
    });
    this.onChange();
  }

  async stopNode(nodeId: string): Promise<void> {
    if (!this.continuous.delete(nodeId)) return;
    await this.scheduler.remove(nodeId);
    this.onChange();
  }

  /** Stops everything: continuous miners and a one-block job. */
  async stop(): Promise<void> {
    this.once?.stop();
    const ids = [...this.continuous.keys()];
    this.continuous.clear();
    for (const id of ids) await this.scheduler.remove(id);
    await this.pool.cancel();
    this.onChange();
  }

  isMining(nodeId: string): boolean {
    return this.continuous.has(nodeId) || this.once?.nodeId === nodeId;
  }

  miners(): ContinuousMiner[] {
    return [...this.continuous.values()];
  }

  get mining(): boolean {
    return this.continuous.size > 0 || this.once !== null;
  }

  /** The node the pool mines for, when exactly one is mining. */
  get activeNode(): string | null {
    if (this.once) return this.once.nodeId;
    return this.continuous.size === 1 ? [...this.continuous.keys()][0]! : null;
  }
}

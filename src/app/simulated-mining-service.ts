/**
 * Simulated miners in the running app: switched on or off (saved with the
 * network config), one block at a time ("Next block"), or fast-forward by up
 * to a thousand blocks in slices that keep the page responsive.
 *
 * The miners run on any chain: at a real target each block's proof is
 * searched by the Web Workers while the clock waits (worker-proofs.ts). The
 * living network waits for the schedule; "Next block" and fast-forward do
 * not: virtual time jumps to each discovery and the workers run flat out.
 */
import { said, type AppSentence } from './app-sentences';
import type { AppEvents } from './app-events';
import type { BodiesService } from './bodies-service';
import { PocketError, badValue } from './errors';
import {
  MAX_FAST_FORWARD_BLOCKS,
  checkSimulatedRun,
  liveMiningCheck,
  stepSimulatedBlock,
  yieldToPage,
  type FastForwardOptions,
  type FastForwardResult,
  type SimulatedBlock,
} from './fast-forward';
import type { NodeService } from './node-service';
import type { StateWriter } from './state-writer';
import type { WriteGuard } from './write-guard';

export class SimulatedMiningService {
  private running = false;

  constructor(
    private readonly nodes: NodeService,
    private readonly guard: WriteGuard,
    private readonly writer: StateWriter,
    private readonly events: AppEvents,
    /** A step or a fast-forward may reorganise onto any stored block. */
    private readonly bodies: BodiesService,
    /** Resolves once the workers handed over (or dropped) the proof of the discovery the network holds. */
    private readonly proof: () => Promise<void>,
  ) {}

  /** Whether the Poisson miners are on (saved with the network config). */
  get enabled(): boolean {
    return this.nodes.network.autoMining;
  }

  /** True while fastForward runs (the clock's timer waits: the run owns virtual time). */
  get fastForwarding(): boolean {
    return this.running;
  }

  /** Whether "Next block" and fast-forward can run: some node with a miner, and an easy target or the workers for hard proofs; else why not. */
  check(): { ok: boolean; reason?: string; said?: AppSentence } {
    const c = checkSimulatedRun(this.nodes.network, this.nodes.selected.id);
    return c.ok ? { ok: true } : { ok: false, reason: c.reason, said: c.said };
  }

  /** Whether the simulated miners can be switched on: some node with a miner (any target: the workers prove hard ones). */
  checkLive(): { ok: boolean; reason?: string; said?: AppSentence } {
    return liveMiningCheck(this.nodes.network);
  }

  private assertCanRun(): void {
    this.guard.assertWritable();
    if (this.running) throw new PocketError('mining-busy', 'A fast-forward is running: wait for it or stop it.');
    const c = this.check();
    if (!c.ok) throw badValue(undefined, c.said!);
  }

  private changed(): void {
    this.events.changed(['mining', 'nodes']);
  }

  /** Simulated miners on/off: while the clock runs, each miner finds blocks as a Poisson process by its hash share. */
  setEnabled(on: boolean): void {
    if (typeof on !== 'boolean') throw new PocketError('bad-argument', 'on must be true or false.', 'on');
    this.guard.assertWritable();
    if (on) {
      if (this.running) throw new PocketError('mining-busy', 'A fast-forward is running: wait for it or stop it.');
      const c = this.checkLive();
      if (!c.ok) throw badValue(undefined, c.said!);
    }
    this.nodes.network.setAutoMining(on);
    this.writer.configChanged();
    this.changed();
  }

  /** No node has a miner any more (removed, or a loaded file): miners off, with a notice. */
  stopIfNoMiner(): void {
    const net = this.nodes.network;
    if (!net.autoMining) return;
    const c = this.checkLive();
    if (c.ok) return;
    net.setAutoMining(false);
    if (this.guard.writable) this.writer.configChanged();
    this.events.notice('warn', said('minersOff'));
    this.changed();
  }

  /** Runs events up to and including the next simulated block ("Next block"); null if none was found. */
  async step(): Promise<SimulatedBlock | null> {
    this.assertCanRun();
    this.bodies.assertReady();
    // Like a fast-forward of one block: the clock's timer waits while the workers search its proof.
    this.running = true;
    this.changed();
    try {
      return await stepSimulatedBlock(this.nodes.network, this.proof);
    } finally {
      this.running = false;
      // Mining may have been on for the step only: save the config as it is now (a delta saved it mid-step).
      if (this.guard.writable) this.writer.configChanged();
      this.changed();
    }
  }

  /** `blocks` (1..1000) simulated blocks as fast as the page allows, in slices that keep it responsive. */
  async fastForward(blocks: number, o: FastForwardOptions = {}): Promise<FastForwardResult> {
    if (!Number.isInteger(blocks) || blocks < 1 || blocks > MAX_FAST_FORWARD_BLOCKS) {
      throw badValue('blocks', said('fastForwardBlocks', { max: MAX_FAST_FORWARD_BLOCKS }));
    }
    if (o === null || typeof o !== 'object') throw new PocketError('bad-argument', 'options must be an object.', 'options');
    this.bodies.assertReady();
    if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw new PocketError('bad-argument', 'onProgress must be a function.', 'onProgress');
    this.assertCanRun();
    this.running = true;
    this.changed();
    try {
      // The run's code loads with the first fast-forward, not with the page.
      const { runFastForward } = await import('./fast-forward-run');
      return await runFastForward(
        {
          network: () => this.nodes.network,
          check: () => checkSimulatedRun(this.nodes.network, this.nodes.selected.id),
          writable: () => this.guard.writable,
          now: () => performance.now(),
          yieldToPage,
          proof: this.proof,
        },
        blocks,
        o,
      );
    } finally {
      this.running = false;
      // Mining may have been on for the run only: save the config as it is now (deltas saved it mid-run).
      if (this.guard.writable) this.writer.configChanged();
      this.changed();
    }
  }
}

/**
 * Running the simulation's events: what each queued event does (deliver a
 * message, fire a node's timer, let the simulated mining process find a block)
 * and the ways of driving time — one step, a span of virtual time, until the
 * next message or block, until the network is idle, fast-forward by blocks.
 */
import type { VirtualClock } from './virtual-clock';
import type { Transport } from './transport';
import type { MiningProcess } from './mining-process';
import type { SimNode } from './sim-node';
import type { SimEvent, StepInfo } from './network-types';
import { OutsideProof } from './outside-proof';
import { mineOn, type SubmissionContext } from './block-submission';

export const DEFAULT_MAX_EVENTS = 5_000_000;

export interface EventLoopDeps {
  readonly clock: VirtualClock<SimEvent, StepInfo>;
  readonly transport: Transport;
  readonly mining: MiningProcess;
  readonly nodes: ReadonlyMap<string, SimNode>;
  /** Where a found block goes (its node processes and gossips it); its emit announces requests for outside proofs. */
  submission(): SubmissionContext;
}

export class EventLoop {
  private simulated = 0;
  /** Discoveries whose proof of work is searched outside (the app's workers) instead of here. */
  readonly outside: OutsideProof;

  constructor(private readonly d: EventLoopDeps) {
    this.outside = new OutsideProof({
      clock: d.clock,
      node: (id) => d.nodes.get(id),
      submission: () => d.submission(),
      emit: (type, payload) => d.submission().emit(type, payload),
      found: () => this.simulated++,
    });
  }

  /** Blocks found by simulated mining so far. */
  get simulatedBlocks(): number {
    return this.simulated;
  }

  /** Performs one event (the clock's callback). */
  run(v: SimEvent): StepInfo {
    const time = this.d.clock.now;
    switch (v.kind) {
      case 'deliver':
        return this.d.transport.deliver(v.envelope);
      case 'timer':
        this.d.nodes.get(v.nodeId)?.protocol.onTimer(v.timer);
        return { kind: 'timer', time, nodeId: v.nodeId };
      case 'discovery': {
        const finder = this.d.mining.onDiscovery(v.generation);
        if (!finder || !this.d.nodes.has(finder)) return { kind: 'idle-discovery', time };
        const asked = this.outside.request(this.d.nodes.get(finder)!, time);
        if (asked) return asked;
        const mined = mineOn(this.d.submission(), this.d.nodes.get(finder)!, 'simulated');
        this.simulated++;
        return { kind: 'block-found', time, nodeId: finder, hash: mined.hash, height: mined.height };
      }
    }
  }

  advance(ms: number, maxEvents = DEFAULT_MAX_EVENTS, more?: () => boolean): number {
    return this.d.clock.advance(ms, maxEvents, more);
  }

  stepMessage(maxEvents = DEFAULT_MAX_EVENTS): StepInfo | null {
    for (let n = 0; n < maxEvents && this.d.transport.inFlight > 0; n++) {
      const s = this.d.clock.step();
      if (!s) return null;
      if (s.kind === 'delivered' || s.kind === 'dropped') return s;
    }
    return null;
  }

  stepBlock(maxEvents = DEFAULT_MAX_EVENTS): StepInfo | null {
    const start = this.simulated;
    const { last } = this.d.clock.runWhile(() => this.simulated === start, maxEvents);
    return this.simulated > start ? last : null;
  }

  runUntilIdle(maxEvents = DEFAULT_MAX_EVENTS): number {
    return this.d.clock.runWhile(() => this.d.transport.inFlight > 0 || this.hasLiveTimer(), maxEvents).events;
  }

  /** A node waits for a block it requested (a timer that may still act). */
  private hasLiveTimer(): boolean {
    return this.d.clock.upcoming().some((e) => e.kind === 'timer' && (this.d.nodes.get(e.nodeId)?.protocol.blocksInFlightCount() ?? 0) > 0);
  }

  fastForward(o: { blocks?: number; durationMs?: number; maxEvents?: number }): { events: number; blocks: number; time: number } {
    const maxEvents = o.maxEvents ?? DEFAULT_MAX_EVENTS;
    const start = this.simulated;
    let events = 0;
    if (o.blocks !== undefined) {
      if (!Number.isSafeInteger(o.blocks) || o.blocks < 0) throw new RangeError('blocks must be a non-negative integer');
      if (o.blocks > 0 && !this.d.mining.enabled) throw new RangeError('fastForward({ blocks }) needs simulated mining: call setAutoMining(true)');
      events += this.d.clock.runWhile(() => this.simulated - start < o.blocks!, maxEvents).events;
    }
    if (o.durationMs !== undefined) events += this.d.clock.advance(o.durationMs, maxEvents);
    return { events, blocks: this.simulated - start, time: this.d.clock.now };
  }
}

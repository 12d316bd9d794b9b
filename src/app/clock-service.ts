/**
 * The simulation's clock: the page's timer feeds it wall time (tick), which
 * the controller turns into virtual time at the chosen speed unless paused;
 * single steps deliver one message; settle delivers everything in flight.
 * Speed and pause are settings (saved). While a fast-forward (or another run
 * that holds the clock) owns virtual time, and in a tab that may not write,
 * the timer moves nothing.
 */
import { SimController, type Network } from '../sim/index';
import { PocketError } from './errors';
import type { BodiesService } from './bodies-service';
import type { NodeService } from './node-service';
import { SPEEDS } from './settings';
import type { SettingsService } from './settings-service';
import type { SimulatedMiningService } from './simulated-mining-service';
import type { WriteGuard } from './write-guard';

/**
 * Wall time one timer tick may spend running the simulation's events: well
 * under the 50 ms of a long task, leaving room for the last event, and for the
 * saving and drawing the events cause, which run in the same task (64 nodes
 * relaying a block on a loaded 2-core machine went over 50 ms with 30). The
 * rest of the tick's virtual time runs on the next ticks.
 */
const TICK_BUDGET_MS = 20;

export class ClockService {
  private ctl: SimController | null = null;
  /** Runs that own virtual time for a while (the lab's attack on the live network). */
  private holds = 0;

  constructor(
    private readonly nodes: NodeService,
    private readonly settings: SettingsService,
    private readonly guard: WriteGuard,
    private readonly simulation: SimulatedMiningService,
    /** The clock waits for the stored block bodies: a node may need any of them to answer a peer or reorganise. */
    private readonly bodies: BodiesService,
  ) {}

  /** A new controller for a (new) running network, playing or paused as the settings say. */
  attach(network: Network): void {
    const ctl = new SimController(network);
    ctl.budgetMs = TICK_BUDGET_MS;
    ctl.setSpeed(this.settings.current.speed);
    // A new controller starts paused: follow the saved setting either way (else the clock never runs until Play is pressed).
    if (this.settings.current.paused) ctl.pause();
    else ctl.play();
    this.ctl = ctl;
  }

  private get controller(): SimController {
    if (!this.ctl) throw new Error('no network is loaded yet');
    return this.ctl;
  }

  get paused(): boolean {
    return this.controller.paused;
  }

  /** Advances the simulation by `realMs` of wall time at the current speed (the page's timer calls this). */
  tick(realMs: number): void {
    if (!this.guard.writable || this.simulation.fastForwarding || this.holds > 0 || !this.bodies.ready) return;
    this.simulation.stopIfNoMiner();
    this.controller.tick(realMs);
  }

  /** Keeps the timer from moving virtual time until the returned release is called (once). */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
    };
  }

  setSpeed(speed: number): void {
    if (!SPEEDS.includes(speed as (typeof SPEEDS)[number])) throw new PocketError('bad-argument', `Speed must be one of ${SPEEDS.join(', ')}.`, 'speed');
    this.controller.setSpeed(speed);
    this.settings.update({ speed });
  }

  setPaused(paused: boolean): void {
    if (typeof paused !== 'boolean') throw new PocketError('bad-argument', 'paused must be true or false.', 'paused');
    if (paused) this.controller.pause();
    else this.controller.play();
    this.settings.update({ paused });
  }

  /** Delivers the next message now (single step); false when nothing is in flight. */
  stepMessage(): boolean {
    this.guard.assertWritable();
    this.bodies.assertReady();
    return this.controller.stepMessage() !== null;
  }

  /**
   * Delivers every message in flight now (virtual time jumps ahead): for tests
   * and impatient teachers. Allowed in a follower tab too (window.pocket always
   * allowed it); nothing it changes there is saved.
   */
  async settle(): Promise<void> {
    await this.bodies.whenReady();
    this.nodes.network.runUntilIdle();
  }

  /** Virtual milliseconds since the network's clock started. */
  now(): number {
    return this.nodes.network.now();
  }

  /** The nodes' clock as Unix seconds (block and pool times). */
  unixTime(): number {
    return this.nodes.network.unixTime();
  }
}

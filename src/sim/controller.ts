/**
 * Play / pause / speed for the app. The simulation never starts a timer
 * itself: the app's own timer (requestAnimationFrame or setInterval) calls
 * tick(elapsedRealMs), and the controller advances virtual time by
 * elapsed x speed (x1 real time, x10, x100) unless paused. Single steps and
 * fast-forward work whether or not it is playing.
 */
import type { Network } from './network';
import type { StepInfo } from './network-types';

export class SimController {
  private pausedValue = true;
  private speedValue = 1;

  /** Longest real interval one tick accounts for (a background tab's late timer does not jump hours). */
  maxTickMs = 1000;

  /**
   * Wall time one tick may run events for, or null for no limit. A block
   * relayed through dozens of nodes is many events: with a budget they spread
   * over several ticks (in the same order), so no task of the page runs long.
   */
  budgetMs: number | null = null;

  /** Virtual time a budgeted tick did not reach, run by the next ones. */
  private owedMs = 0;

  constructor(readonly network: Network) {}

  get paused(): boolean {
    return this.pausedValue;
  }

  get speed(): number {
    return this.speedValue;
  }

  setSpeed(speed: number): void {
    if (typeof speed !== 'number' || !(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed must be a positive number, got ${String(speed)}`);
    this.speedValue = speed;
  }

  play(speed?: number): void {
    if (speed !== undefined) this.setSpeed(speed);
    this.pausedValue = false;
  }

  pause(): void {
    this.pausedValue = true;
  }

  /** Advances virtual time by elapsedRealMs x speed (nothing when paused); returns the events run. */
  tick(elapsedRealMs: number): number {
    if (typeof elapsedRealMs !== 'number' || !(elapsedRealMs >= 0)) throw new RangeError('elapsedRealMs must be a number >= 0');
    if (this.pausedValue) return 0;
    const owed = this.owedMs + Math.min(elapsedRealMs, this.maxTickMs) * this.speedValue;
    if (this.budgetMs === null) {
      this.owedMs = 0;
      return this.network.advance(owed);
    }
    // Events run until the budget is spent; the virtual time not reached is owed to the next tick,
    // never more than one long tick's worth (an overloaded page slows the simulation rather than freezing).
    const deadline = performance.now() + this.budgetMs;
    const from = this.network.now();
    const events = this.network.advance(owed, undefined, () => performance.now() < deadline);
    this.owedMs = Math.min(owed - (this.network.now() - from), this.maxTickMs * this.speedValue);
    return events;
  }

  /** Delivers the next message (single step). */
  stepMessage(): StepInfo | null {
    return this.network.stepMessage();
  }

  /** Runs until the next simulated block is found (single step). */
  stepBlock(): StepInfo | null {
    return this.network.stepBlock();
  }

  /** As fast as possible: `blocks` more simulated blocks and/or `durationMs` of virtual time. */
  fastForward(o: { blocks?: number; durationMs?: number }): { events: number; blocks: number; time: number } {
    return this.network.fastForward(o);
  }
}

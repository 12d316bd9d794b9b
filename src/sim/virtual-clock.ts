/**
 * The virtual clock: a time in milliseconds that only moves when told, and
 * the queue of events due at later times. Running an event sets the clock to
 * its time; `advance` runs every event due within a span and then sets the
 * clock to the end of the span (real-time mode: the app calls it from its own
 * timer with elapsed real time x speed). Nothing here reads the real clock.
 *
 * A held clock runs no event and does not move: time waits at the event that
 * held it (a block whose proof of work is being searched outside, in the
 * workers) until it is released, so the outside search takes no virtual time.
 */
import { EventQueue } from './event-queue';

export class VirtualClock<E, R> {
  private nowMs = 0;
  private heldValue = false;
  private readonly queue = new EventQueue<E>();

  /** `run` performs one event and says what it did. */
  constructor(private readonly run: (event: E) => R) {}

  get now(): number {
    return this.nowMs;
  }

  /** Sets the time (restore only; never backwards while events are queued). */
  set(ms: number): void {
    if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`ms must be a finite number >= 0, got ${ms}`);
    this.nowMs = ms;
  }

  /** True while an event waits for something outside the simulation. */
  get held(): boolean {
    return this.heldValue;
  }

  hold(): void {
    this.heldValue = true;
  }

  release(): void {
    this.heldValue = false;
  }

  schedule(at: number, event: E): void {
    this.queue.push(Math.max(at, this.nowMs), event);
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Queued events in the order they will run. */
  upcoming(): E[] {
    return this.queue.ordered().map((e) => e.value);
  }

  nextTime(): number | undefined {
    return this.queue.peek()?.time;
  }

  /** Runs the next event; null when none is queued or the clock is held. */
  step(): R | null {
    if (this.heldValue) return null;
    const e = this.queue.pop();
    if (!e) return null;
    this.nowMs = Math.max(this.nowMs, e.time);
    return this.run(e.value);
  }

  /**
   * Runs every event due within `ms` and moves the clock to the end (unless an
   * event held it). With `more`, checked after each event: once it says no, the
   * clock stops at the last event run and the rest waits for the next call
   * (same events, same order: only the caller's task ends sooner).
   */
  advance(ms: number, maxEvents: number, more?: () => boolean): number {
    if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`ms must be a finite number >= 0, got ${String(ms)}`);
    const end = this.nowMs + ms;
    let n = 0;
    while (!this.heldValue && (this.queue.peek()?.time ?? Infinity) <= end) {
      this.step();
      if (++n > maxEvents) throw new RangeError(`more than ${maxEvents} events within ${ms} ms`);
      if (more && !more()) return n;
    }
    if (!this.heldValue) this.nowMs = end;
    return n;
  }

  /** Runs events while `more()` holds (checked before each), until the queue is empty or the clock is held. */
  runWhile(more: () => boolean, maxEvents: number): { events: number; last: R | null } {
    let events = 0;
    let last: R | null = null;
    while (more()) {
      const r = this.step();
      if (r === null) break;
      last = r;
      if (++events > maxEvents) throw new RangeError(`more than ${maxEvents} events`);
    }
    return { events, last };
  }
}

/**
 * When toasts go away. A toast without a button leaves after its time; one
 * with a button ("Open block 13") stays until dismissed, since someone must
 * have the time to reach it (WCAG 2.2.1, timing adjustable). While the pointer
 * rests on the toasts or the keyboard focus is in them, no time runs out: the
 * clocks stop and resume with what was left (never less than a short grace,
 * so a toast does not vanish the moment the pointer leaves it).
 */

/** Least time a toast stays after the pointer or the focus left the toasts. */
export const RESUME_GRACE_MS = 2000;

interface Countdown {
  remaining: number;
  startedAt: number;
  handle: ReturnType<typeof setTimeout> | null;
}

export class ToastTimers {
  private readonly countdowns = new Map<number, Countdown>();
  private held = false;

  constructor(
    private readonly expire: (id: number) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts `ms` down for toast `id` (not while held); `ms` null: it stays until dismissed. */
  start(id: number, ms: number | null): void {
    if (ms === null) return;
    const c: Countdown = { remaining: ms, startedAt: this.now(), handle: null };
    this.countdowns.set(id, c);
    if (!this.held) this.run(id, c);
  }

  /** The toast is gone (dismissed, or pushed out by newer ones). */
  cancel(id: number): void {
    const c = this.countdowns.get(id);
    if (c?.handle) clearTimeout(c.handle);
    this.countdowns.delete(id);
  }

  /** The pointer or the focus is on the toasts: every clock stops. */
  hold(): void {
    if (this.held) return;
    this.held = true;
    const t = this.now();
    for (const c of this.countdowns.values()) {
      if (c.handle) clearTimeout(c.handle);
      c.handle = null;
      c.remaining -= t - c.startedAt;
    }
  }

  /** The pointer and the focus left: the clocks run on with what was left, at least the grace. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    for (const [id, c] of this.countdowns) {
      c.remaining = Math.max(c.remaining, RESUME_GRACE_MS);
      this.run(id, c);
    }
  }

  get holding(): boolean {
    return this.held;
  }

  private run(id: number, c: Countdown): void {
    c.startedAt = this.now();
    c.handle = setTimeout(() => {
      this.countdowns.delete(id);
      this.expire(id);
    }, c.remaining);
  }
}

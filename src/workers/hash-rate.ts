/**
 * A smoothed hash rate: an exponential moving average of hashes per second
 * over irregular samples (each finished chunk is one sample). The weight of a
 * sample grows with the time it covers, 1 - exp(-dt / tau), so the average
 * forgets at the same speed whether chunks arrive every 5 ms or every 50 ms.
 */
export const DEFAULT_RATE_TAU_MS = 1000;

export class HashRateMeter {
  /** Hashes per second, smoothed. */
  private smoothed = 0;
  private last: number;
  private pending = 0;
  private seeded = false;
  /** Every hash ever recorded. */
  total = 0;

  constructor(
    start: number,
    private readonly tauMs = DEFAULT_RATE_TAU_MS,
  ) {
    this.last = start;
  }

  /** Records `hashes` finished at time `now` (ms, same clock as `start`). */
  record(hashes: number, now: number): void {
    this.total += hashes;
    this.pending += hashes;
    const dt = now - this.last;
    if (dt <= 0) return; // same instant: folded into the next sample
    const rate = (this.pending * 1000) / dt;
    if (this.seeded) {
      this.smoothed += (1 - Math.exp(-dt / this.tauMs)) * (rate - this.smoothed);
    } else {
      this.smoothed = rate;
      this.seeded = true;
    }
    this.pending = 0;
    this.last = now;
  }

  /** Restarts the clock without losing the average (after an idle period, which is not a slowdown). */
  resume(now: number): void {
    this.last = now;
    this.pending = 0;
  }

  /** Hashes per second, smoothed. */
  get rate(): number {
    return this.smoothed;
  }
}

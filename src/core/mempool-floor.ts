/**
 * The pool's rising minimum fee rate (Core's rollingMinimumFeeRate): when a full
 * pool evicts a package, the fee rate a newcomer must pay rises to the evicted
 * package's rate plus the incremental relay fee, so a flood cannot cycle
 * cheap transactions through a full pool. Once a block has arrived since the
 * last rise it decays, halving every twelve hours of node clock (faster while
 * the pool is mostly empty), and below half the incremental fee it is zero.
 */

/** Core's DEFAULT_INCREMENTAL_RELAY_FEE, 1 sat/vB: here 1 base unit per byte. */
export const INCREMENTAL_RELAY_FEE_RATE = 1;
/** Core's ROLLING_FEE_HALFLIFE: twelve hours. */
export const ROLLING_FEE_HALFLIFE_SECONDS = 12 * 60 * 60;

export class MempoolFloor {
  private rate = 0;
  private lastUpdate = 0;
  private blockSinceBump = false;

  /** The minimum fee rate (units per byte) a transaction needs now; `fullness` is bytes / maxBytes. */
  current(now: number, fullness: number): number {
    if (!this.blockSinceBump || this.rate === 0) return this.rate;
    if (now > this.lastUpdate + 10) {
      let halfLife = ROLLING_FEE_HALFLIFE_SECONDS;
      if (fullness < 0.25) halfLife /= 4;
      else if (fullness < 0.5) halfLife /= 2;
      this.rate /= 2 ** ((now - this.lastUpdate) / halfLife);
      this.lastUpdate = now;
      if (this.rate < INCREMENTAL_RELAY_FEE_RATE / 2) this.rate = 0;
    }
    return this.rate;
  }

  /** A package with this fee rate was evicted to make room. */
  packageEvicted(packageRate: number, now: number): void {
    const raised = packageRate + INCREMENTAL_RELAY_FEE_RATE;
    if (raised > this.rate) {
      this.rate = raised;
      this.blockSinceBump = false;
      this.lastUpdate = now;
    }
  }

  /** A block was connected: from now on the floor may decay. */
  blockConnected(): void {
    this.blockSinceBump = true;
  }
}

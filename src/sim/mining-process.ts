/**
 * Simulated mining for fast-forward: block discovery as a Poisson process.
 *
 * Each miner with hash share s_i finds blocks at rate s_i / T (T = the
 * consensus target spacing), independently; the superposition is one Poisson
 * process of rate sum(s_i) / T whose next event is exponential, and the finder
 * of a block is miner i with probability s_i / sum(s). With shares summing to 1
 * blocks come every T on average; removing a miner slows the network down
 * exactly as it would at a fixed difficulty.
 *
 * Because the process is memoryless, whenever the set of miners or their shares
 * change the pending discovery is simply redrawn from "now". The finder then
 * builds a real template on its own tip and searches a real proof of work at
 * the chain's target (which must be easy for this to be fast): only the waiting
 * is simulated, never validity.
 */
import type { SeededRng } from './rng';

export interface MiningHost {
  now(): number;
  /** Milliseconds between blocks at share 1 (targetSpacing * 1000). */
  readonly meanSpacingMs: number;
  /** Current miners in a stable order. */
  miners(): { readonly id: string; readonly share: number }[];
  /** Queues a discovery event at `at` tagged with `generation`. */
  schedule(at: number, generation: number): void;
}

export class MiningProcess {
  private generation = 0;
  private enabledValue = false;
  private nextAtValue: number | null = null;

  constructor(
    private readonly host: MiningHost,
    private readonly rng: SeededRng,
  ) {}

  get enabled(): boolean {
    return this.enabledValue;
  }

  /** Virtual time of the next discovery, or null when none is pending. */
  get nextAt(): number | null {
    return this.nextAtValue;
  }

  setEnabled(on: boolean): void {
    if (on === this.enabledValue) return;
    this.enabledValue = on;
    this.redraw();
  }

  /** Miners or shares changed: redraw the next discovery at the new total rate (memorylessness). */
  minersChanged(): void {
    if (this.enabledValue) this.redraw();
  }

  /** Continues a saved schedule (after a restore). */
  resume(enabled: boolean, nextAt: number | null): void {
    this.enabledValue = enabled;
    this.generation++;
    this.nextAtValue = null;
    if (!enabled) return;
    if (nextAt === null) this.scheduleNext();
    else {
      this.nextAtValue = nextAt;
      this.host.schedule(nextAt, this.generation);
    }
  }

  private redraw(): void {
    this.generation++;
    this.nextAtValue = null;
    if (this.enabledValue) this.scheduleNext();
  }

  private scheduleNext(): void {
    const total = this.host.miners().reduce((s, m) => s + m.share, 0);
    if (!(total > 0)) return;
    this.nextAtValue = this.host.now() + this.rng.exponential(this.host.meanSpacingMs / total);
    this.host.schedule(this.nextAtValue, this.generation);
  }

  /**
   * A discovery event fired: returns the finder's id (and schedules the next
   * discovery), or null for a stale event (mining was switched off or redrawn).
   */
  onDiscovery(generation: number): string | null {
    if (generation !== this.generation || !this.enabledValue) return null;
    this.nextAtValue = null;
    const miners = this.host.miners().filter((m) => m.share > 0);
    if (miners.length === 0) return null;
    const finder = this.rng.pickWeighted(miners, (m) => m.share);
    this.scheduleNext();
    return finder.id;
  }
}

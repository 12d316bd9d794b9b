/**
 * The selfish pool's release policy: Eyal and Sirer's Algorithm 1 ("Majority
 * is not enough", 2014) driving a real withholding node of the simulation.
 *
 * The node itself does the mining and the fork choice: it mines on its best
 * chain (its private branch while that is at least as long as the public one,
 * first seen winning its ties) and adopts the public chain when that is longer.
 * This class only decides what to publish, from two events:
 *
 * - the pool found a block: if it was racing (a 1-1 tie), publish it and win;
 *   otherwise keep it.
 * - an honest block reached the pool: with the pool's lead over the new
 *   public chain,
 *     racing, or lead < 0:  the race is decided / the pool is behind: adopt;
 *     lead 0 (was 1):       publish the one withheld block: a 1-1 race;
 *     lead 1 (was 2):       publish everything: the pool's branch wins;
 *     lead >= 2:            publish the withheld blocks up to the new height.
 *
 * It also keeps what the lab measures: which blocks were found in which
 * regeneration cycle (a cycle ends whenever the pool is back to "no lead, no
 * race", state 0 of the paper, from where the future does not depend on the
 * past), and, for each race an honest block decided, whether that block was
 * mined on the pool's block (the gamma the network realised).
 */
import type { Network, SimNode } from '../sim/index';

export interface FoundBlock {
  readonly hash: string;
  readonly byPool: boolean;
  readonly cycle: number;
}

export class SelfishPool {
  private readonly node: SimNode;
  /** Height of the longest chain the honest network is known to have (honest blocks and published pool blocks). */
  private publicHeight = 0;
  /** Height of the pool's private branch. */
  private privateHeight = 0;
  /** The pool's block in a 1-1 race, or undefined. */
  private raceBlock: string | undefined;
  private cycleValue = 0;
  readonly found: FoundBlock[] = [];
  /** Races decided by an honest block, and how many of those blocks extended the pool's block. */
  racesDecidedByHonest = 0;
  honestOnPoolBlock = 0;

  constructor(
    private readonly net: Network,
    readonly poolId: string,
  ) {
    this.node = net.node(poolId);
    this.node.setWithholding(true);
    this.publicHeight = this.privateHeight = this.node.height;
    net.on('block-found', (e) => {
      if (e.nodeId === poolId) this.onPoolBlock(e.hash, e.height);
      else this.found.push({ hash: e.hash, byPool: false, cycle: this.cycleValue });
    });
    net.on('chain-delta', (e) => {
      if (e.nodeId !== poolId || e.cause !== 'block') return;
      for (const b of e.delta.blocksAdded) if (!b.orphan) this.onHonestBlock(b.hash);
      for (const h of e.delta.orphansAdopted) this.onHonestBlock(h);
    });
  }

  /** The current regeneration cycle: every cycle before it is complete. */
  get cycle(): number {
    return this.cycleValue;
  }

  get racing(): boolean {
    return this.raceBlock !== undefined;
  }

  private onPoolBlock(hash: string, height: number): void {
    this.found.push({ hash, byPool: true, cycle: this.cycleValue });
    this.privateHeight = height;
    if (this.raceBlock !== undefined) {
      // Its second block on top of the raced one: longer than the honest branch.
      this.publishUpTo(height);
      this.raceBlock = undefined;
      this.backToStart();
    }
  }

  private onHonestBlock(hash: string): void {
    const entry = this.node.chain.tree.get(hash);
    if (!entry || entry.height <= this.publicHeight) return; // not a new public best (a losing branch)
    this.publicHeight = entry.height;
    if (this.raceBlock !== undefined) {
      this.racesDecidedByHonest++;
      if (entry.header.prevHash === this.raceBlock) this.honestOnPoolBlock++;
      this.raceBlock = undefined;
      this.adopt();
      return;
    }
    const lead = this.privateHeight - this.publicHeight;
    if (lead < 0) this.adopt();
    else if (lead === 0) {
      this.raceBlock = this.node.chain.entryAt(this.publicHeight)!.hash;
      this.publishUpTo(this.publicHeight);
    } else if (lead === 1) {
      this.publishUpTo(this.privateHeight);
      this.publicHeight = this.privateHeight;
      this.backToStart();
    } else this.publishUpTo(this.publicHeight);
  }

  /** The node has switched to the longer public chain by its own fork choice: mine on it. */
  private adopt(): void {
    this.privateHeight = this.node.height;
    this.backToStart();
  }

  private backToStart(): void {
    this.cycleValue++;
  }

  /** Publishes the withheld blocks of the pool's chain up to `height`, parents first. */
  private publishUpTo(height: number): void {
    const hashes: string[] = [];
    for (let e = this.node.chain.entryAt(height); e && this.node.isWithheld(e.hash); e = e.parent)
      hashes.push(e.hash);
    this.node.publish(hashes.reverse());
  }
}

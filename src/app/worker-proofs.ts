/**
 * The living network's proofs of work, searched by the Web Worker pool.
 *
 * With the simulated miners on, the network decides when a block is found and
 * by whom (a Poisson process at the chain's spacing, by hash share). At a real
 * target the finder's proof is too much for the main thread, so the network
 * holds its clock and asks for it (src/sim/outside-proof.ts); this mines that
 * template in the pool and hands the block back. The workers therefore hash
 * only when the schedule says a block is due, and the seeded schedule replays
 * the same whatever the machine's speed.
 */
import type { ProofRequest, Network } from '../sim/index';
import type { MiningJob } from '../workers/mining-job';
import type { PagePool } from '../workers/page-pool';
import { MAX_SIMULATED_HASHES } from './fast-forward';

export class WorkerProofs {
  private network: Network | null = null;
  private unsubscribe: (() => void) | null = null;
  private searching: Promise<void> = Promise.resolve();
  private job: MiningJob | null = null;
  private found = 0;

  constructor(private readonly pool: PagePool) {}

  /** Proves the discoveries of a (new) running network that are too hard to search inline. */
  attach(network: Network): void {
    this.unsubscribe?.();
    this.network?.outsideProof.setOutside(null);
    if (this.job) void this.pool.removeJob(this.job);
    this.network = network;
    network.outsideProof.setOutside(MAX_SIMULATED_HASHES);
    this.unsubscribe = network.on('proof-needed', (req) => {
      this.searching = this.prove(network, req);
    });
  }

  /** True while a discovery waits for its proof (the network's clock stands still meanwhile). */
  get pending(): boolean {
    return this.network?.outsideProof.pending != null;
  }

  /** Proofs handed to the network since the page opened. */
  get blocksFound(): number {
    return this.found;
  }

  /** Resolves once the proof being searched (if any) was handed over or dropped. */
  idle(): Promise<void> {
    return this.searching;
  }

  private async prove(network: Network, req: ProofRequest): Promise<void> {
    const stillWanted = () => this.network === network && network.outsideProof.pending?.id === req.id;
    while (stillWanted()) {
      const job = (this.job = this.pool.addJob(req.template, { label: `${req.nodeId} (live network)` }));
      const mined = await this.pool.whenDone(job);
      this.job = null;
      if (!stillWanted()) return;
      // Null: someone cancelled every job (Stop in the Mining panel); the network still waits, so search again.
      if (mined && network.outsideProof.complete(req.id, mined.block)) this.found++;
    }
  }
}

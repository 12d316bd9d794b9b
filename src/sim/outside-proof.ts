/**
 * Simulated blocks whose proof of work is found outside the simulation.
 *
 * The mining process decides when a block is found and by whom (a Poisson
 * process by hash share, mining-process.ts); at an easy target the finder
 * also searches the nonce here, on the spot. At a real target that search
 * belongs in the app's Web Workers: once the app sets a threshold, a discovery
 * whose block needs more expected hashes than that builds the finder's
 * template, holds the virtual clock and asks for the proof ('proof-needed').
 * Nothing else happens in the network meanwhile, so the search takes no
 * virtual time and the schedule stays the seeded one; complete() hands the
 * block to its node (validated and gossiped like any other) and lets time run.
 */
import { bitsToTarget, workForTarget, type Block, type BlockTemplate } from '../core/index';
import { submitOwnBlock, type SubmissionContext } from './block-submission';
import type { SimEventMap } from './events';
import type { MinedResult, StepInfo } from './network-types';
import type { SimNode } from './sim-node';

export interface ProofRequest {
  readonly id: number;
  readonly nodeId: string;
  /** Virtual time of the discovery (ms). */
  readonly time: number;
  readonly template: BlockTemplate;
}

export interface OutsideProofDeps {
  readonly clock: { hold(): void; release(): void };
  node(id: string): SimNode | undefined;
  submission(): SubmissionContext;
  emit<K extends keyof SimEventMap>(type: K, payload: SimEventMap[K]): void;
  /** A simulated block was found (the event loop counts them). */
  found(): void;
}

export class OutsideProof {
  private threshold: bigint | null = null;
  private pendingValue: ProofRequest | null = null;
  private seq = 0;

  constructor(private readonly d: OutsideProofDeps) {}

  /** Whether some discoveries ask for their proof from outside (else every proof is searched inline). */
  get outside(): boolean {
    return this.threshold !== null;
  }

  /** The request waiting for its proof, if any (the clock is held meanwhile). */
  get pending(): ProofRequest | null {
    return this.pendingValue;
  }

  /**
   * Blocks needing more than `maxInlineHashes` expected hashes get their proof
   * from outside; null: every proof is searched inline (and a pending request is dropped).
   */
  setOutside(maxInlineHashes: bigint | null): void {
    if (maxInlineHashes !== null && (typeof maxInlineHashes !== 'bigint' || maxInlineHashes < 0n)) {
      throw new TypeError('maxInlineHashes must be a bigint >= 0 or null');
    }
    this.threshold = maxInlineHashes;
    if (maxInlineHashes === null) this.cancel();
  }

  /**
   * The finder's discovery: if its block is too hard to search inline, its
   * template, the clock held and the request announced; else null (mine inline).
   */
  request(finder: SimNode, time: number): StepInfo | null {
    if (this.threshold === null) return null;
    if (this.pendingValue) throw new Error('a proof of work is already being searched');
    const template = finder.blockTemplate({ minerAddress: finder.miner?.address });
    if (workForTarget(bitsToTarget(template.block.header.bits)) <= this.threshold) return null;
    this.pendingValue = { id: ++this.seq, nodeId: finder.id, time, template };
    this.d.clock.hold();
    this.d.emit('proof-needed', this.pendingValue);
    return { kind: 'proof-needed', time, nodeId: finder.id };
  }

  /**
   * The proof for request `id`: the block goes to its node and time runs again.
   * Null when the request is no longer the pending one (cancelled, or the node gone).
   */
  complete(id: number, block: Block): MinedResult | null {
    const req = this.pendingValue;
    if (!req || req.id !== id) return null;
    if (!block || typeof block !== 'object' || !block.header || block.header.merkleRoot !== req.template.block.header.merkleRoot) {
      throw new TypeError(`block must be request ${id}'s template with a proof of work`);
    }
    this.pendingValue = null;
    this.d.clock.release();
    const node = this.d.node(req.nodeId);
    if (!node) return null;
    const mined = submitOwnBlock(this.d.submission(), node, block, 'simulated');
    this.d.found();
    return mined;
  }

  /** Gives up the pending request (mining switched off, the network replaced): time runs again. */
  cancel(): void {
    if (!this.pendingValue) return;
    this.pendingValue = null;
    this.d.clock.release();
  }
}

/**
 * One search for a block on one template: hands out chunks of the nonce space
 * (nonce-slices.ts), rolls the extra nonce when the space is used up, and
 * turns the winning nonce into a block. It never hashes itself; the pool's
 * lanes do. A job ends once: found, or cancelled.
 */
import { rollExtraNonce, type BlockTemplate } from '../core/block-template';
import { serializeHeader, headerHashBytes } from '../core/header';
import { hashToBigInt, workForTarget } from '../core/pow';
import { NONCE_SPACE, type MinedBlock } from '../core/miner';
import { NonceSpace } from './nonce-slices';
import { HashRateMeter } from './hash-rate';

/** A chunk handed to one lane: everything the backend needs, and which round of the template it belongs to. */
export interface Chunk {
  readonly job: MiningJob;
  readonly template: BlockTemplate;
  readonly header: Uint8Array;
  readonly target: bigint;
  readonly from: number;
  readonly to: number;
}

export type JobState = 'mining' | 'found' | 'cancelled';

export interface JobOptions {
  /** Nonces per extra nonce before rolling (2^32; tests use a few to force roll-over). */
  readonly nonceSpace?: number;
  /** Lanes the nonce space is first sliced for (more can join by stealing). */
  readonly lanes?: number;
  /** Shown in stats and progress (e.g. the node's name). */
  readonly label?: string;
  readonly now?: () => number;
}

let nextJobId = 1;

export class MiningJob {
  readonly id = nextJobId++;
  readonly label: string;
  readonly nonceSpace: number;
  readonly target: bigint;
  /** Expected hashes to find a block at this target: 2^256 / (target + 1) (Core's GetBlockProof). */
  readonly work: bigint;
  readonly started: number;
  readonly meter: HashRateMeter;
  state: JobState = 'mining';
  /** The template of the current round (after extra-nonce rolls). */
  template: BlockTemplate;
  /** How many times the extra nonce was rolled. */
  rolls = 0;
  result: MinedBlock | null = null;
  private header: Uint8Array;
  private space: NonceSpace;
  private readonly lanes: number;

  constructor(start: BlockTemplate, o: JobOptions = {}) {
    if (start === null || typeof start !== 'object' || !start.block?.header) {
      throw new TypeError('template must be a BlockTemplate');
    }
    const nonceSpace = o.nonceSpace ?? NONCE_SPACE;
    if (!Number.isInteger(nonceSpace) || nonceSpace < 1 || nonceSpace > NONCE_SPACE) {
      throw new RangeError(`nonceSpace must be an integer in [1, 2^32], got ${nonceSpace}`);
    }
    this.lanes = Math.max(1, o.lanes ?? 1);
    this.nonceSpace = nonceSpace;
    this.template = start;
    this.target = start.target;
    this.work = workForTarget(start.target);
    this.label = o.label ?? `job ${this.id}`;
    this.header = serializeHeader(start.block.header);
    this.space = new NonceSpace(nonceSpace, this.lanes);
    this.started = (o.now ?? (() => performance.now()))();
    this.meter = new HashRateMeter(this.started);
  }

  get hashes(): number {
    return this.meter.total;
  }

  /** The next chunk of at most `size` nonces for `lane`, rolling the extra nonce when the space is used up. */
  nextChunk(lane: number, size: number): Chunk | null {
    if (this.state !== 'mining') return null;
    let range = this.space.take(lane, size);
    if (range === null) {
      this.roll();
      range = this.space.take(lane, size)!;
    }
    return { job: this, template: this.template, header: this.header, target: this.target, from: range.from, to: range.to };
  }

  /**
   * Records a finished chunk. Returns the mined block when this chunk holds the
   * first winning nonce (checked once more with core's SHA-256d, so a faulty
   * backend cannot announce an invalid block); null otherwise.
   */
  complete(chunk: Chunk, nonce: number | null, hashes: number, now: number): MinedBlock | null {
    if (chunk.job !== this) throw new Error('chunk of another job');
    if (this.state !== 'mining') return null;
    this.meter.record(hashes, now);
    if (nonce === null) return null;
    const header = { ...chunk.template.block.header, nonce };
    if (hashToBigInt(headerHashBytes(header)) > this.target) {
      throw new Error(`the miner reported nonce ${nonce}, whose hash does not meet the target`);
    }
    this.state = 'found';
    this.result = { block: { header, txs: chunk.template.block.txs }, template: chunk.template, hashes: this.hashes };
    return this.result;
  }

  cancel(): void {
    if (this.state === 'mining') this.state = 'cancelled';
  }

  private roll(): void {
    this.template = rollExtraNonce(this.template);
    this.header = serializeHeader(this.template.block.header);
    this.space = new NonceSpace(this.nonceSpace, this.lanes);
    this.rolls++;
  }
}

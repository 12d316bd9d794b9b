/**
 * Several miners on one pool: every mining node of the network simulation is
 * a participant with a share of the hash power. The pool's lanes are
 * time-sliced between the participants' jobs in proportion to their shares
 * (stride scheduling in mining-pool.ts, charged in hashes, so the share is of
 * hash power even when lanes run at different speeds), in real time.
 *
 * The scheduler knows nothing of the simulation: a participant only gives a
 * template on request and takes the block it found. When a participant's
 * template changes (a new tip, new transactions) the simulation calls
 * invalidate(id) and that participant's job restarts; after a find, the
 * participant is asked for a fresh template straight away.
 *
 *   const scheduler = new MiningScheduler(pool);
 *   scheduler.add({ id: 'alice', share: 3, getTemplate: () => alice.template(), onFound: (b) => alice.receive(b) });
 *   scheduler.add({ id: 'bob', share: 1, ... });   // alice gets 3/4 of the hash power
 *   scheduler.invalidate('bob');                   // bob's tip changed
 */
import type { Block } from '../core/block';
import type { BlockTemplate } from '../core/block-template';
import type { MinedBlock } from '../core/miner';
import type { MiningJob } from './mining-job';
import type { CancelReport } from './mining-pool';
import type { PagePool } from './page-pool';

export interface MiningParticipant {
  readonly id: string;
  /** Hash-power weight, relative to the other participants (> 0). */
  readonly share: number;
  /** The block to mine now, or null to mine nothing for the moment. */
  getTemplate(): BlockTemplate | null;
  /** A block this participant's job found (valid proof of work on its template). */
  onFound(block: Block, mined: MinedBlock): void;
}

export interface ParticipantStats {
  readonly id: string;
  readonly share: number;
  /** share / sum of shares of the participants mining now. */
  readonly expectedFraction: number;
  /** Hashes over all of this participant's jobs. */
  readonly hashes: number;
  readonly hashRate: number;
  readonly blocksFound: number;
  readonly mining: boolean;
  readonly height: number | null;
}

interface Slot {
  participant: MiningParticipant;
  share: number;
  job: MiningJob | null;
  /** Hashes of this participant's finished or cancelled jobs. */
  pastHashes: number;
  blocksFound: number;
}

export class MiningScheduler {
  private readonly slots = new Map<string, Slot>();

  constructor(private readonly pool: PagePool) {}

  /** Starts mining for a participant (replaces one with the same id). */
  add(participant: MiningParticipant): void {
    if (participant === null || typeof participant !== 'object') throw new TypeError('participant must be an object');
    if (typeof participant.id !== 'string' || participant.id === '') throw new TypeError('participant.id must be a non-empty string');
    checkShare(participant.share);
    if (typeof participant.getTemplate !== 'function') throw new TypeError('participant.getTemplate must be a function');
    if (typeof participant.onFound !== 'function') throw new TypeError('participant.onFound must be a function');
    if (this.slots.has(participant.id)) void this.remove(participant.id);
    const slot: Slot = { participant, share: participant.share, job: null, pastHashes: 0, blocksFound: 0 };
    this.slots.set(participant.id, slot);
    this.start(slot);
  }

  /** Stops a participant; resolves when no worker hashes for it any more. */
  async remove(id: string): Promise<CancelReport> {
    const slot = this.slots.get(id);
    if (!slot) throw new RangeError(`no mining participant "${id}"`);
    this.slots.delete(id);
    return this.stopJob(slot);
  }

  /** Its template changed (new tip, new transactions, new settings): restart its job on a fresh template. */
  invalidate(id: string): Promise<CancelReport> {
    const slot = this.slots.get(id);
    if (!slot) throw new RangeError(`no mining participant "${id}"`);
    const stopped = this.stopJob(slot);
    this.start(slot);
    return stopped;
  }

  /** Changes a participant's share of the hash power from now on. */
  setShare(id: string, share: number): void {
    const slot = this.slots.get(id);
    if (!slot) throw new RangeError(`no mining participant "${id}"`);
    checkShare(share);
    slot.share = share;
    if (slot.job) this.pool.setWeight(slot.job, share);
  }

  /** Stops every participant's job (participants stay registered: call invalidate or add to resume). */
  async stop(): Promise<CancelReport> {
    const started = performance.now();
    await Promise.all([...this.slots.values()].map((slot) => this.stopJob(slot)));
    return { latencyMs: performance.now() - started };
  }

  get participants(): string[] {
    return [...this.slots.keys()];
  }

  get stats(): ParticipantStats[] {
    const active = [...this.slots.values()].filter((s) => s.job !== null);
    const totalShare = active.reduce((sum, s) => sum + s.share, 0);
    return [...this.slots.values()].map((s) => ({
      id: s.participant.id,
      share: s.share,
      expectedFraction: s.job !== null && totalShare > 0 ? s.share / totalShare : 0,
      hashes: s.pastHashes + (s.job?.hashes ?? 0),
      hashRate: s.job?.state === 'mining' ? s.job.meter.rate : 0,
      blocksFound: s.blocksFound,
      mining: s.job !== null,
      height: s.job?.template.height ?? null,
    }));
  }

  private start(slot: Slot): void {
    const template = slot.participant.getTemplate();
    if (template === null) return;
    const job = this.pool.addJob(template, { weight: slot.share, label: slot.participant.id });
    slot.job = job;
    void this.pool.whenDone(job).then((mined) => {
      if (slot.job === job) {
        slot.pastHashes += job.hashes;
        slot.job = null;
      }
      // A find counts even if the participant was invalidated in the same instant.
      if (mined === null || this.slots.get(slot.participant.id) !== slot) return;
      slot.blocksFound++;
      slot.participant.onFound(mined.block, mined);
      // onFound may have invalidated or removed this participant already.
      if (this.slots.get(slot.participant.id) === slot && slot.job === null) this.start(slot);
    });
  }

  private stopJob(slot: Slot): Promise<CancelReport> {
    const job = slot.job;
    if (job === null) return Promise.resolve({ latencyMs: 0 });
    slot.pastHashes += job.hashes;
    slot.job = null;
    return this.pool.removeJob(job);
  }
}

function checkShare(share: number): void {
  if (typeof share !== 'number' || !(share > 0) || !Number.isFinite(share)) {
    throw new RangeError(`share must be a positive number, got ${share}`);
  }
}

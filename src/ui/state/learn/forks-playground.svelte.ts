/**
 * Lesson 9's playground: split and heal the four nodes, Alice's payment sent
 * to the right half, mining on either half in the workers, and what the
 * nodes' pools and reorgs say afterwards.
 */
import { createSubscriber } from 'svelte/reactivity';
import { FORKS_STEPS, FORK_NODES, ForksLesson, LEFT, RIGHT, forksFromData, forksToData, type Side } from '../../../learn/lessons/forks';
import { doneSteps, isLessonInputError, type LessonMining, type MiningProgress, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import { NetworkPicture, chainView, networkView } from './network-picture.svelte';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export class ForksPlayground implements Playground {
  viewed = $state<string>('cleo');
  #error = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get error(): string | null {
    return this.#error && lessonInputSentence(this.#error);
  }
  mining = $state.raw<{ readonly side: Side; readonly progress: MiningProgress } | null>(null);
  readonly picture = new NetworkPicture();
  readonly nodes = FORK_NODES;
  readonly left = LEFT;
  readonly right = RIGHT;
  private job: LessonMining | null = null;
  private readonly lesson: ForksLesson;
  private readonly ctx: LessonContext;
  private readonly subscribe: () => void;

  constructor(ctx: LessonContext, lesson: ForksLesson) {
    this.ctx = ctx;
    this.lesson = lesson;
    this.subscribe = createSubscriber((update) => lesson.onChange(update));
  }

  private read<T>(f: (l: ForksLesson) => T): T {
    this.subscribe();
    return f(this.lesson);
  }

  get network() {
    return this.read((l) => networkView(l.net));
  }
  get chain() {
    return this.read((l) => chainView(l.net, this.viewed));
  }
  get split(): boolean {
    return this.read((l) => l.split);
  }
  get paid(): boolean {
    return this.read((l) => l.paymentTxid !== null);
  }
  get sides() {
    return this.read((l) => l.sides());
  }
  get agreed(): boolean {
    return this.read((l) => l.net.agreed());
  }
  /** Where the payment is now: in a block, or waiting in which nodes' pools. */
  get payment(): { readonly confirmed: boolean; readonly pools: readonly string[] } | null {
    return this.read((l) => (l.paymentTxid ? { confirmed: l.confirmedAnywhere(l.paymentTxid), pools: l.poolsWithPayment().map((id) => this.label(id)) } : null));
  }
  get reorgs() {
    return this.read((l) => l.reorgs.map((r) => ({ node: this.label(r.node), depth: r.depth })));
  }
  get done(): string[] {
    return this.read((l) => doneSteps(FORKS_STEPS, l));
  }

  label(id: string): string {
    return FORK_NODES.find((n) => n.id === id)?.label ?? id;
  }

  private attempt(action: () => void): void {
    try {
      action();
      this.#error = null;
      this.picture.play(this.lesson.net);
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#error = e;
    }
  }

  splitNetwork(): void {
    this.attempt(() => this.lesson.splitNetwork());
  }
  heal(): void {
    this.attempt(() => this.lesson.heal());
  }
  pay(): void {
    this.attempt(() => this.lesson.pay());
  }

  /** Mines the next block of one half in the workers. */
  async mine(side: Side): Promise<void> {
    if (this.job) return;
    const template = this.lesson.template(side);
    const job = this.ctx.miner.mine(template, `Lesson: ${side} half`);
    this.job = job;
    this.mining = { side, progress: job.progress() };
    const stop = this.ctx.miner.onProgress(() => (this.mining = { side, progress: job.progress() }));
    try {
      const mined = await job.done;
      const still = this.lesson.template(side).block.header;
      const same = still.prevHash === template.block.header.prevHash && still.merkleRoot === template.block.header.merkleRoot && still.time === template.block.header.time;
      if (mined && same) {
        this.attempt(() => this.lesson.applyMined(side, mined.block.header.nonce));
      }
    } finally {
      stop();
      this.job = null;
      this.mining = null;
    }
  }

  toData(): Record<string, unknown> {
    return forksToData(this.lesson);
  }

  dispose(): void {
    this.job?.cancel();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new ForksPlayground(ctx, data === null ? new ForksLesson(ctx.seed) : forksFromData(data, ctx.seed)),
};

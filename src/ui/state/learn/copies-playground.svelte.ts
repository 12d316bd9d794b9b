/**
 * Lesson 4's playground: three nodes and Cleo's editable copy; sending her
 * changed block, re-mining her copy in the workers, running her node on it,
 * and Ana mining one more block.
 */
import { createSubscriber } from 'svelte/reactivity';
import { COPIES_STEPS, COPY_NODES, CopiesLesson, copiesFromData, copiesToData, type CopyBlock } from '../../../learn/lessons/copies';
import { doneSteps, isLessonInputError, type LessonMining, type MiningProgress, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { NodeLogEntry } from '../../../sim/index';
import { reasonSentence } from '../../errors/error-sentence';
import { NetworkPicture, chainView, networkView } from './network-picture.svelte';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export class CopiesPlayground implements Playground {
  /** Whose block tree the chain picture shows. */
  viewed = $state<string>('ana');
  #error = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get error(): string | null {
    return this.#error && lessonInputSentence(this.#error);
  }
  /** What is being mined: a block of Cleo's copy (its height) or Ana's next block. */
  mining = $state.raw<{ readonly what: number | 'ana'; readonly progress: MiningProgress } | null>(null);
  readonly picture = new NetworkPicture();
  readonly nodes = COPY_NODES;
  private job: LessonMining | null = null;
  private readonly lesson: CopiesLesson;
  private readonly ctx: LessonContext;
  private readonly subscribe: () => void;

  constructor(ctx: LessonContext, lesson: CopiesLesson) {
    this.ctx = ctx;
    this.lesson = lesson;
    this.subscribe = createSubscriber((update) => lesson.onChange(update));
  }

  get copy(): CopyBlock[] {
    this.subscribe();
    return this.lesson.copyBlocks();
  }

  get network() {
    this.subscribe();
    return networkView(this.lesson.net);
  }

  get chain() {
    this.subscribe();
    return chainView(this.lesson.net, this.viewed);
  }

  /** Who refused Cleo's block, the reason code and its sentence in the reader's language. */
  get refusals(): readonly { readonly seq: number; readonly node: string; readonly code: string; readonly reason: string }[] {
    this.subscribe();
    return this.lesson.refusals.map((r: NodeLogEntry) => ({
      seq: r.seq,
      node: COPY_NODES.find((n) => n.id === r.nodeId)?.label ?? r.nodeId,
      code: r.code ?? '',
      reason: r.code ? reasonSentence(r.code) : r.text,
    }));
  }

  /** Who banned Cleo for sending an invalid block (their names, once each). */
  get bannedBy(): readonly string[] {
    this.subscribe();
    return COPY_NODES.filter((n) => this.lesson.bans.some((b) => b.nodeId === n.id)).map((n) => n.label);
  }

  get running(): boolean {
    this.subscribe();
    return this.lesson.running;
  }

  get agreed(): boolean {
    this.subscribe();
    return this.lesson.net.agreed();
  }

  get cleoBack(): boolean {
    this.subscribe();
    return this.lesson.running && this.lesson.cleoBackOnOriginal();
  }

  get done(): string[] {
    this.subscribe();
    return doneSteps(COPIES_STEPS, this.lesson);
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

  editCopy(height: number, data: string): void {
    this.attempt(() => this.lesson.editCopy(height, data));
  }

  sendCopy(): void {
    this.attempt(() => this.lesson.sendCopy());
  }

  runCopy(): void {
    this.attempt(() => this.lesson.runCopy());
  }

  /** Re-mines block `height` of Cleo's copy in the workers. */
  remine(height: number): Promise<void> {
    const block = this.lesson.copyBlocks()[height - 1]!;
    return this.mine(height, block.template, (nonce) => {
      if (this.lesson.copyBlocks()[height - 1]!.prevHash === block.prevHash) this.lesson.applyRemined(height, nonce);
    });
  }

  /** Ana mines the next block on her chain in the workers. */
  mineHonest(): Promise<void> {
    const template = this.lesson.honestTemplate();
    return this.mine('ana', template, (nonce) => {
      if (this.lesson.honestTemplate().block.header.merkleRoot === template.block.header.merkleRoot) this.attempt(() => this.lesson.applyHonestMined(nonce));
    });
  }

  private async mine(what: number | 'ana', template: Parameters<LessonContext['miner']['mine']>[0], land: (nonce: number) => void): Promise<void> {
    if (this.job) return;
    const job = this.ctx.miner.mine(template, what === 'ana' ? 'Lesson: Ana' : `Lesson: Cleo's block ${what}`);
    this.job = job;
    this.mining = { what, progress: job.progress() };
    const stop = this.ctx.miner.onProgress(() => (this.mining = { what, progress: job.progress() }));
    try {
      const mined = await job.done;
      if (mined) land(mined.block.header.nonce);
    } finally {
      stop();
      this.job = null;
      this.mining = null;
    }
  }

  toData(): Record<string, unknown> {
    return copiesToData(this.lesson);
  }

  dispose(): void {
    this.job?.cancel();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new CopiesPlayground(ctx, data === null ? new CopiesLesson(ctx.seed) : copiesFromData(data, ctx.seed)),
};

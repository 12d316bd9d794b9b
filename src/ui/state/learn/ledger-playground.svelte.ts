/**
 * The playground of lessons 2 and 3: blocks whose data and nonce you edit,
 * mined again in the page's mining workers.
 */
import {
  BLOCK_STEPS, CHAIN_STEPS, LEDGER_START, LEDGER_TARGET, applyMined, ledgerBlocks, ledgerFromData, ledgerToData, setData, setNonce, startLedger,
  type LedgerState,
} from '../../../learn/lessons/ledger';
import { doneSteps, isLessonInputError, type LessonMining, type MiningProgress, type StepCheck, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export interface LedgerMining {
  readonly index: number;
  readonly progress: MiningProgress;
}

export class LedgerPlayground implements Playground {
  state = $state.raw<LedgerState>(startLedger(1));
  /** What the student typed per block, and a message per field when it was refused. */
  #errors = $state.raw<Record<string, LessonInputProblem>>({});
  /** The input errors by field, said in the reader's language (they follow a language switch). */
  get errors(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.#errors).map(([key, problem]) => [key, lessonInputSentence(problem)]));
  }
  mining = $state.raw<LedgerMining | null>(null);
  private job: LessonMining | null = null;
  private stopProgress: (() => void) | null = null;
  private readonly ctx: LessonContext;
  private readonly steps: readonly StepCheck<LedgerState>[];

  readonly blocks = $derived(ledgerBlocks(this.state));
  readonly done = $derived.by(() => doneSteps(this.steps, this.state));
  readonly totalTries = $derived(this.state.tries.reduce((a, b) => a + b, 0));
  readonly start = LEDGER_START;
  /** The target as 64 hex digits. */
  readonly target = LEDGER_TARGET.toString(16).padStart(64, '0');
  /** The first invalid block's number, or null when every block is valid. */
  readonly firstBroken = $derived(this.blocks.find((b) => !b.valid)?.number ?? null);

  constructor(ctx: LessonContext, steps: readonly StepCheck<LedgerState>[], start: LedgerState) {
    this.ctx = ctx;
    this.steps = steps;
    this.state = start;
  }

  private attempt(key: string, change: () => LedgerState): void {
    try {
      this.state = change();
      const { [key]: _gone, ...rest } = this.#errors;
      this.#errors = rest;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#errors = { ...this.#errors, [key]: e };
    }
  }

  setData(index: number, data: string): void {
    this.attempt(`data-${index}`, () => setData(this.state, index, data));
  }

  /** A nonce typed in the box: digits only. */
  setNonce(index: number, text: string): void {
    const trimmed = text.trim();
    this.attempt(`nonce-${index}`, () => setNonce(this.state, index, /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : NaN));
  }

  /** Mines block `index` as it is now in the workers; the result lands only if nothing changed meanwhile. */
  async mine(index: number): Promise<void> {
    if (this.job) return;
    const before = this.state;
    const block = this.blocks[index]!;
    const job = this.ctx.miner.mine(block.template, `Lesson block ${block.number}`);
    this.job = job;
    this.mining = { index, progress: job.progress() };
    this.stopProgress = this.ctx.miner.onProgress(() => {
      if (this.job === job) this.mining = { index, progress: job.progress() };
    });
    try {
      const mined = await job.done;
      if (mined && this.state.entries[index]!.data === before.entries[index]!.data && this.blocks[index]!.prevHash === block.prevHash) {
        this.state = applyMined(this.state, index, mined.block.header.nonce, mined.hashes);
      }
    } finally {
      if (this.job === job) this.endMining();
    }
  }

  cancelMining(): void {
    this.job?.cancel();
    this.endMining();
  }

  private endMining(): void {
    this.stopProgress?.();
    this.stopProgress = null;
    this.job = null;
    this.mining = null;
  }

  toData(): Record<string, unknown> {
    return ledgerToData(this.state);
  }

  dispose(): void {
    this.cancelMining();
  }
}

export const blockFactory: PlaygroundFactory = {
  create: (ctx, data) => new LedgerPlayground(ctx, BLOCK_STEPS, data === null ? startLedger(1) : ledgerFromData(data, 1)),
};

export const chainFactory: PlaygroundFactory = {
  create: (ctx, data) => new LedgerPlayground(ctx, CHAIN_STEPS, data === null ? startLedger(5) : ledgerFromData(data, 5)),
};

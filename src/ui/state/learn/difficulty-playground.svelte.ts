/**
 * Lesson 8's playground: choose a target by its zero bits, mine a block at it
 * in the page's workers (hash rate, time, expected time), and try the
 * retarget rule on blocks that came too fast or too slow.
 */
import {
  DIFFICULTY_START, DIFFICULTY_STEPS, MAX_ZERO_BITS, MIN_ZERO_BITS, RETARGET_EXPECTED, RETARGET_PARAMS, addRun, difficultyFromData, difficultyTemplate,
  difficultyToData, retarget, setZeroBits, targetFacts, tryRetarget, type DifficultyState, type Retarget,
} from '../../../learn/lessons/difficulty';
import { doneSteps, isLessonInputError, type LessonMining, type MiningProgress, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export class DifficultyPlayground implements Playground {
  state = $state.raw<DifficultyState>(DIFFICULTY_START);
  zeroBitsText = $state(String(DIFFICULTY_START.zeroBits));
  #zeroBitsError = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get zeroBitsError(): string | null {
    return this.#zeroBitsError && lessonInputSentence(this.#zeroBitsError);
  }
  secondsText = $state(String(RETARGET_EXPECTED));
  #secondsError = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get secondsError(): string | null {
    return this.#secondsError && lessonInputSentence(this.#secondsError);
  }
  mining = $state.raw<(MiningProgress & { readonly zeroBits: number }) | null>(null);
  private job: LessonMining | null = null;
  private readonly ctx: LessonContext;

  readonly minZeroBits = MIN_ZERO_BITS;
  readonly maxZeroBits = MAX_ZERO_BITS;
  readonly expectedSeconds = RETARGET_EXPECTED;
  readonly interval = RETARGET_PARAMS.retargetInterval;
  readonly spacing = RETARGET_PARAMS.targetSpacing;
  readonly facts = $derived(targetFacts(this.state.zeroBits));
  readonly done = $derived(doneSteps(DIFFICULTY_STEPS, this.state));
  /** The best hash rate measured so far (live, or from the last run), for the expected time. */
  readonly hashRate = $derived.by(() => {
    if (this.mining && this.mining.hashRate > 0) return this.mining.hashRate;
    const last = this.state.runs.at(-1);
    return last && last.ms > 0 ? (last.hashes / last.ms) * 1000 : null;
  });
  readonly retarget: Retarget = $derived(retarget(this.state.actualSeconds ?? RETARGET_EXPECTED));

  constructor(ctx: LessonContext, start: DifficultyState) {
    this.ctx = ctx;
    this.state = start;
    this.zeroBitsText = String(start.zeroBits);
    if (start.actualSeconds !== null) this.secondsText = String(start.actualSeconds);
  }

  setZeroBits(text: string): void {
    this.zeroBitsText = text;
    try {
      this.state = setZeroBits(this.state, /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : NaN);
      this.#zeroBitsError = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#zeroBitsError = e;
    }
  }

  setSeconds(text: string): void {
    this.secondsText = text;
    try {
      this.state = tryRetarget(this.state, /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : NaN);
      this.#secondsError = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#secondsError = e;
    }
  }

  async mine(): Promise<void> {
    if (this.job) return;
    const zeroBits = this.state.zeroBits;
    const job = this.ctx.miner.mine(difficultyTemplate(zeroBits), `Lesson target ${zeroBits} bits`);
    this.job = job;
    this.mining = { ...job.progress(), zeroBits };
    const stop = this.ctx.miner.onProgress(() => {
      if (this.job === job) this.mining = { ...job.progress(), zeroBits };
    });
    try {
      const mined = await job.done;
      if (mined) {
        const ms = Math.max(1, Math.round(job.progress().elapsedMs));
        this.state = addRun(this.state, { zeroBits, nonce: mined.block.header.nonce, hashes: mined.hashes, ms });
      }
    } finally {
      stop();
      if (this.job === job) {
        this.job = null;
        this.mining = null;
      }
    }
  }

  cancelMining(): void {
    this.job?.cancel();
    this.job = null;
    this.mining = null;
  }

  toData(): Record<string, unknown> {
    return difficultyToData(this.state);
  }

  dispose(): void {
    this.cancelMining();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new DifficultyPlayground(ctx, data === null ? DIFFICULTY_START : difficultyFromData(data)),
};

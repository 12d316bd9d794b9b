/**
 * Lesson 1's playground: the text, its hash and the bits that changed, and
 * the zero-bits search running in the hashcash worker.
 */
import {
  HASHES_START, HASHES_STEPS, MAX_ZERO_BITS, addSearch, bitsOf, changedBits, expectedTries, hashHex, hashesFromData, hashesToData, typeText,
  zeroBitsOfText,
  type HashesState,
} from '../../../learn/lessons/hashes';
import { doneSteps, isLessonInputError, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import { hashcashInput } from '../../../core/index';
import type { HashcashRun } from '../../../workers/index';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export interface SearchProgress {
  readonly zeroBits: number;
  readonly tries: number;
}

/** One finished search as the table shows it. */
export interface SearchRow {
  readonly zeroBits: number;
  readonly prefix: string;
  readonly counter: number;
  readonly input: string;
  readonly hash: string;
  readonly tries: number;
  readonly expected: number;
}

export class HashesPlayground implements Playground {
  state = $state.raw<HashesState>(HASHES_START);
  /** The text in the box, even when it was refused (too long). */
  draft = $state(HASHES_START.text);
  #error = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get error(): string | null {
    return this.#error && lessonInputSentence(this.#error);
  }
  zeroBits = $state(8);
  /** The zero-bits box as typed; zeroBits changes only when it holds 1..MAX_ZERO_BITS. */
  zeroBitsText = $state('8');
  readonly zeroBitsValid = $derived(/^\d{1,2}$/.test(this.zeroBitsText.trim()) && Number(this.zeroBitsText) >= 1 && Number(this.zeroBitsText) <= MAX_ZERO_BITS);
  searching = $state.raw<SearchProgress | null>(null);
  private run: HashcashRun | null = null;
  private readonly ctx: LessonContext;

  readonly hash = $derived(hashHex(this.state.text));
  readonly previousHash = $derived(this.state.previous === null ? null : hashHex(this.state.previous));
  readonly changed = $derived(this.previousHash === null ? [] : changedBits(this.previousHash, this.hash));
  readonly zeroBitsNow = $derived(zeroBitsOfText(this.state.text));
  /** The hash's 256 bits as '0'/'1', and how many are ones. */
  readonly bits = $derived(bitsOf(this.hash));
  readonly ones = $derived([...this.bits].filter((b) => b === '1').length);
  readonly edited = $derived(this.state.previous !== null);
  /** Searches, fewest zero bits first: the tries grow down the table. */
  readonly rows: readonly SearchRow[] = $derived(
    this.state.searches
      .map((f) => {
        const input = hashcashInput(f.prefix, f.counter);
        return { ...f, input, hash: hashHex(input), expected: expectedTries(f.zeroBits) };
      })
      .sort((a, b) => a.zeroBits - b.zeroBits),
  );
  readonly done = $derived(doneSteps(HASHES_STEPS, this.state));
  readonly maxZeroBits = MAX_ZERO_BITS;

  constructor(ctx: LessonContext, start: HashesState = HASHES_START) {
    this.ctx = ctx;
    this.state = start;
    this.draft = start.text;
  }

  type(text: string): void {
    this.draft = text;
    try {
      this.state = typeText(this.state, text);
      this.#error = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#error = e;
    }
  }

  setZeroBits(text: string): void {
    this.zeroBitsText = text;
    if (this.zeroBitsValid) this.zeroBits = Number(text);
  }

  /** Searches counters for the current text until its hash has `zeroBits` leading zero bits. */
  async search(): Promise<void> {
    if (this.searching !== null || !this.zeroBitsValid) return;
    const prefix = this.state.text;
    const zeroBits = this.zeroBits;
    this.searching = { zeroBits, tries: 0 };
    const searcher = await this.ctx.hashcash();
    if (this.searching === null) return; // stopped while the searcher loaded
    const run = searcher.search(prefix, zeroBits, (tries) => (this.searching = { zeroBits, tries }));
    this.run = run;
    try {
      const found = await run.done;
      if (found) this.state = addSearch(this.state, { prefix, zeroBits, counter: found.counter, tries: found.tries });
    } finally {
      if (this.run === run) {
        this.run = null;
        this.searching = null;
      }
    }
  }

  cancelSearch(): void {
    this.run?.cancel();
    this.run = null;
    this.searching = null;
  }

  /** Puts a found input in the box, so its hash (with the zeros) shows above. */
  useInput(row: SearchRow): void {
    this.type(row.input);
  }

  toData(): Record<string, unknown> {
    return hashesToData(this.state);
  }

  dispose(): void {
    this.cancelSearch();
  }
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new HashesPlayground(ctx, data === null ? HASHES_START : hashesFromData(data)),
};

/**
 * Lesson 5's playground: make a key pair, sign a message, check it as
 * received, and see the checksum of an address catch a typo.
 */
import {
  KEYS_START, checkTypedAddress, currentKey, keysFromData, keysSteps, keysToData, makeKey, setAddressTyped, setMessage, setReceived, sign,
  verifyReceived, type KeysState,
} from '../../../learn/lessons/keys';
import { doneSteps, isLessonInputError, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export class KeysPlayground implements Playground {
  state = $state.raw<KeysState>(KEYS_START);
  #error = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get error(): string | null {
    return this.#error && lessonInputSentence(this.#error);
  }
  private readonly seed: string;
  private readonly steps;

  readonly key = $derived.by(() => currentKey(this.state, this.seed));
  readonly verified = $derived.by(() => verifyReceived(this.state, this.seed));
  readonly addressVerdict = $derived(checkTypedAddress(this.state));
  readonly done = $derived.by(() => doneSteps(this.steps, this.state));

  constructor(ctx: LessonContext, start: KeysState) {
    this.seed = ctx.seed;
    this.steps = keysSteps(ctx.seed);
    this.state = start;
  }

  private attempt(change: () => KeysState): void {
    try {
      this.state = change();
      this.#error = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#error = e;
    }
  }

  makeKey(): void {
    this.attempt(() => makeKey(this.state));
  }

  setMessage(text: string): void {
    this.attempt(() => setMessage(this.state, text));
  }

  sign(): void {
    this.attempt(() => sign(this.state, this.seed));
  }

  setReceived(text: string): void {
    this.attempt(() => setReceived(this.state, text));
  }

  setAddressTyped(text: string): void {
    this.attempt(() => setAddressTyped(this.state, text));
  }

  /** Puts the real address in the box, to edit one character of it. */
  copyAddress(): void {
    if (this.key) this.setAddressTyped(this.key.address);
  }

  toData(): Record<string, unknown> {
    return keysToData(this.state);
  }

  dispose(): void {}
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new KeysPlayground(ctx, data === null ? KEYS_START : keysFromData(data, ctx.seed)),
};

/**
 * Lesson 7's playground: a real block's Merkle tree (drawn by MerkleView), the
 * transaction chosen and the one tampered with, and the size of a proof in a
 * block of any size.
 */
import {
  MERKLE_START, MERKLE_STEPS, merkleBlock, merkleFromData, merkleToData, proofHashes, select, setBigBlock, tamper, type MerkleBlock, type MerkleState,
} from '../../../learn/lessons/merkle';
import { doneSteps, isLessonInputError, type LessonInputProblem } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

export class MerklePlayground implements Playground {
  state = $state.raw<MerkleState>(MERKLE_START);
  bigBlockText = $state(String(MERKLE_START.bigBlock));
  #bigBlockError = $state.raw<LessonInputProblem | null>(null);
  /** The last input error, said in the reader's language (it follows a language switch). */
  get bigBlockError(): string | null {
    return this.#bigBlockError && lessonInputSentence(this.#bigBlockError);
  }
  readonly block: MerkleBlock;

  readonly done = $derived(doneSteps(MERKLE_STEPS, this.state));
  readonly proofSize = $derived(proofHashes(this.state.bigBlock));

  constructor(ctx: LessonContext, start: MerkleState) {
    this.block = merkleBlock(ctx.seed);
    this.state = start;
    this.bigBlockText = String(start.bigBlock);
  }

  /** MerkleView's selected transaction (bindable). */
  get selected(): number | null {
    return this.state.selected;
  }
  set selected(index: number | null) {
    this.state = select(this.state, index);
  }

  /** MerkleView's tampered transaction (bindable). */
  get tampered(): number | null {
    return this.state.tampered;
  }
  set tampered(index: number | null) {
    this.state = tamper(this.state, index);
  }

  setBigBlock(text: string): void {
    this.bigBlockText = text;
    const n = /^\s*\d{1,7}\s*$/.test(text) ? Number(text) : NaN;
    try {
      this.state = setBigBlock(this.state, n);
      this.#bigBlockError = null;
    } catch (e) {
      if (!isLessonInputError(e)) throw e;
      this.#bigBlockError = e;
    }
  }

  toData(): Record<string, unknown> {
    return merkleToData(this.state);
  }

  dispose(): void {}
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new MerklePlayground(ctx, data === null ? MERKLE_START : merkleFromData(data)),
};

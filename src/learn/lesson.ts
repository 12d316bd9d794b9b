/**
 * What every lesson model shares: its steps, each a check over the lesson's
 * state ("block 3 is valid"), and the error a lesson raises for bad input or
 * bad shared data, naming the field that is wrong.
 */

import { LESSON_INPUT_SENTENCES, showInEnglish, type LessonInputKey, type LessonInputParams, type LessonInputProblem } from './lesson-input-sentences';

/** One step of a lesson: it is done when `done(state)` is true. */
export interface StepCheck<S> {
  readonly id: string;
  readonly done: (state: S) => boolean;
}

/** The ids of the steps that are done in `state`, in lesson order. */
export function doneSteps<S>(steps: readonly StepCheck<S>[], state: S): string[] {
  return steps.filter((s) => s.done(state)).map((s) => s.id);
}

/**
 * Bad input to a playground, or a shared lesson that does not hold together.
 * `field` names what is wrong (e.g. "data", "blocks[2].nonce"); `key` and
 * `params` say it (lesson-input-sentences.ts), so the page can say it in the
 * reader's language; `message` is the English sentence a student can act on.
 */
export class LessonInputError<K extends LessonInputKey = LessonInputKey> extends Error implements LessonInputProblem {
  readonly kind = 'lesson-input';
  readonly field: string;
  readonly key: K;
  readonly params: LessonInputParams[K];
  constructor(field: string, key: K, ...params: Record<never, never> extends LessonInputParams[K] ? [] : [LessonInputParams[K]]) {
    const values = (params[0] ?? {}) as LessonInputParams[K];
    super((LESSON_INPUT_SENTENCES[key] as (p: object) => string)(showInEnglish(values)));
    this.name = 'LessonInputError';
    this.field = field;
    this.key = key;
    this.params = values;
  }
}

export function isLessonInputError(e: unknown): e is LessonInputError {
  return e instanceof LessonInputError;
}

// ---- reading shared data (a link or a file) -----------------------------------------

/** A plain object, or a LessonInputError naming `field`. */
export function readObject(raw: unknown, field: string): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new LessonInputError(field, 'notObject', { field });
  return raw as Record<string, unknown>;
}

export function readString(o: Record<string, unknown>, key: string, field: string, maxLength: number): string {
  const v = o[key];
  if (typeof v !== 'string') throw new LessonInputError(`${field}.${key}`, 'notText', { field: `${field}.${key}` });
  if (v.length > maxLength) throw new LessonInputError(`${field}.${key}`, 'textTooLong', { field: `${field}.${key}`, max: maxLength });
  return v;
}

export function readInteger(o: Record<string, unknown>, key: string, field: string, min: number, max: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new LessonInputError(`${field}.${key}`, 'notWholeNumber', { field: `${field}.${key}`, min, max });
  }
  return v;
}

export function readBoolean(o: Record<string, unknown>, key: string, field: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') throw new LessonInputError(`${field}.${key}`, 'notTrueOrFalse', { field: `${field}.${key}` });
  return v;
}

export function readArray(o: Record<string, unknown>, key: string, field: string, maxLength: number): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new LessonInputError(`${field}.${key}`, 'notList', { field: `${field}.${key}` });
  if (v.length > maxLength) throw new LessonInputError(`${field}.${key}`, 'listTooLong', { field: `${field}.${key}`, max: maxLength });
  return v;
}

/**
 * For lesson models that are mutable objects (a chain, a network): listeners
 * hear about every change, so a state class can subscribe (createSubscriber)
 * instead of guessing when to re-read.
 */
export class ChangeNotifier {
  private readonly listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected changed(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * Lesson 1, hashes: type a text and see its SHA-256 at once, which of the 256
 * bits changed since the last keystroke, and search for an input whose hash
 * starts with n zero bits (hashcash) to see the tries double with every bit.
 * The state is a plain value; every change returns a new one.
 */
import { bytesToHex, hashcashInput, leadingZeroBits, sha256, utf8 } from '../../core/index';
import { LessonInputError, readArray, readInteger, readObject, readString, type StepCheck } from '../lesson';

export const HASHES_START_TEXT = 'Hello, class!';
export const MAX_TEXT_LENGTH = 280;
/** The hardest search offered: 2^20 tries, a few seconds in a worker. */
export const MAX_ZERO_BITS = 20;
const MAX_SEARCHES = 20;

export interface ZeroBitsSearch {
  readonly prefix: string;
  readonly zeroBits: number;
  /** The winning counter: the input is hashcashInput(prefix, counter). */
  readonly counter: number;
  /** Tries it took (counter + 1: the search starts at 0). */
  readonly tries: number;
}

export interface HashesState {
  readonly text: string;
  /** The text before the last change (null before any). */
  readonly previous: string | null;
  /** Changes of exactly one character so far. */
  readonly oneCharEdits: number;
  /** Finished searches, newest last. */
  readonly searches: readonly ZeroBitsSearch[];
}

export const HASHES_START: HashesState = Object.freeze({ text: HASHES_START_TEXT, previous: null, oneCharEdits: 0, searches: Object.freeze([]) });

export function hashHex(text: string): string {
  return bytesToHex(sha256(utf8(text)));
}

/** The 256 bits of a 64-digit hex hash, most significant first, as '0' and '1'. */
export function bitsOf(hex: string): string {
  let out = '';
  for (const digit of hex) out += parseInt(digit, 16).toString(2).padStart(4, '0');
  return out;
}

/** Positions (0..255) where two hashes differ. */
export function changedBits(hexA: string, hexB: string): number[] {
  const a = bitsOf(hexA);
  const b = bitsOf(hexB);
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

export function zeroBitsOfText(text: string): number {
  return leadingZeroBits(sha256(utf8(text)));
}

/** True when `b` is `a` with one character inserted, deleted or replaced (characters, not UTF-16 units). */
export function isOneCharacterEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  return endX - start <= 1 && endY - start <= 1;
}

export function typeText(s: HashesState, text: string): HashesState {
  if (text.length > MAX_TEXT_LENGTH) throw new LessonInputError('text', 'keepTextShort', { max: MAX_TEXT_LENGTH });
  if (text === s.text) return s;
  return { ...s, text, previous: s.text, oneCharEdits: s.oneCharEdits + (isOneCharacterEdit(s.text, text) ? 1 : 0) };
}

/** Records a finished search after checking that its input really has the zero bits claimed. */
export function addSearch(s: HashesState, found: ZeroBitsSearch): HashesState {
  checkSearch(found, 'search');
  return { ...s, searches: [...s.searches, found].slice(-MAX_SEARCHES) };
}

function checkSearch(f: ZeroBitsSearch, field: string): void {
  if (zeroBitsOfText(hashcashInput(f.prefix, f.counter)) < f.zeroBits) {
    throw new LessonInputError(field, 'noHashWithZeroBits', { input: hashcashInput(f.prefix, f.counter).slice(0, 60), zeroBits: f.zeroBits });
  }
  if (f.tries !== f.counter + 1) throw new LessonInputError(field, 'triesDoNotAddUp', { counter: f.counter, tries: f.counter + 1, claimed: f.tries });
}

/** Expected tries to find n zero bits: 2^n. */
export function expectedTries(zeroBits: number): number {
  return 2 ** zeroBits;
}

export const HASHES_STEPS: readonly StepCheck<HashesState>[] = [
  { id: 'type', done: (s) => s.text !== HASHES_START_TEXT },
  { id: 'one-char', done: (s) => s.oneCharEdits > 0 },
  { id: 'zeros-8', done: (s) => s.searches.some((f) => f.zeroBits >= 8) },
  { id: 'tries-grow', done: (s) => new Set(s.searches.map((f) => f.zeroBits)).size >= 3 && s.searches.some((f) => f.zeroBits >= 12) },
];

// ---- sharing ----------------------------------------------------------------------

export function hashesToData(s: HashesState): Record<string, unknown> {
  return { text: s.text, previous: s.previous, oneCharEdits: s.oneCharEdits, searches: s.searches.map((f) => ({ ...f })) };
}

export function hashesFromData(raw: unknown): HashesState {
  const o = readObject(raw, 'state');
  const text = readString(o, 'text', 'state', MAX_TEXT_LENGTH);
  const previous = o.previous === null ? null : readString(o, 'previous', 'state', MAX_TEXT_LENGTH);
  const oneCharEdits = readInteger(o, 'oneCharEdits', 'state', 0, 1e9);
  const searches = readArray(o, 'searches', 'state', MAX_SEARCHES).map((r, i) => {
    const field = `state.searches[${i}]`;
    const f = readObject(r, field);
    const found: ZeroBitsSearch = {
      prefix: readString(f, 'prefix', field, MAX_TEXT_LENGTH),
      zeroBits: readInteger(f, 'zeroBits', field, 1, MAX_ZERO_BITS),
      counter: readInteger(f, 'counter', field, 0, 0xffffffff),
      tries: readInteger(f, 'tries', field, 1, 2 ** 32),
    };
    checkSearch(found, field);
    return found;
  });
  return { text, previous, oneCharEdits, searches };
}

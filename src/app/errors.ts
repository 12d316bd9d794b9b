/**
 * Every refusal of the running app is a PocketError: a stable reason code (a
 * core rejection such as `bad-txns-inputs-missingorspent`, or one of the codes
 * below for misuse), the sentence the UI shows, and the argument or form field
 * at fault. The API rejects with the same objects (src/api re-exports them).
 */
import { isValidationError, type RejectCode } from '../core/index';
import { inEnglish, type AppSentence } from './app-sentences';

/** What every API rejection carries: the stable reason code and the sentence the UI shows. */
export class PocketError extends Error {
  override name = 'PocketError';
  constructor(
    readonly code: RejectCode | ApiErrorCode,
    message: string,
    /** The argument or form field at fault, when there is one. */
    readonly field?: string,
    /** The message as a key with values, for the page to say in the reader's language (absent: the code's sentence). */
    readonly said?: AppSentence,
  ) {
    super(message);
  }

  toJSON(): { code: string; message: string; field?: string } {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/** A value the page's forms can send, refused: the English sentence for the API, and its key and values for the page. */
export function badValue(field: string | undefined, sentence: AppSentence): PocketError {
  return new PocketError('bad-argument', inEnglish(sentence), field, sentence);
}

/** Codes for API misuse that are not consensus rejections. */
export type ApiErrorCode =
  | 'unknown-wallet'
  | 'unknown-node'
  | 'unknown-block'
  | 'unknown-transaction'
  | 'bad-argument'
  | 'mining-busy'
  | 'mining-stopped'
  | 'engine-unavailable'
  | 'import-invalid'
  | 'read-only'
  | 'lab-busy'
  | 'lab-cancelled'
  | 'blocks-loading';

/** Any thrown error as a PocketError, keeping a core reason code when there is one. */
export function toPocketError(e: unknown, field?: string): PocketError {
  if (e instanceof PocketError) return e;
  if (isValidationError(e)) return new PocketError(e.code, e.message, field);
  return new PocketError('bad-argument', (e as Error)?.message ?? String(e), field);
}

/**
 * What the page says for an error, in the reader's language, chosen by the
 * error's stable code. Core's and the app's messages are English (they are
 * the API's words, and the most specific: they name the amounts and ids);
 * an English reader sees them as they are, any other reader the sentence of
 * the error's code. A code with no sentence here shows the English message
 * (`hasSentence` says which; error-sentence.test.ts lists every code the UI
 * shows and checks each has one).
 */
import { AmountError, REJECT_CODES, readRejectDetail, type AmountProblem, type RejectCode } from '../../core/index';
import { areaLanguage } from '../i18n/area-text';
import { PocketError } from '../../app/errors';
import { text } from './text';
import { appSentence } from '../app-words/app-sentence';

/** What a reason code means, in the current language (the code itself stays as it is). */
export function reasonSentence(code: string): string {
  const reasons = text.reasons as Readonly<Record<string, string>>;
  return reasons[code] ?? code;
}

/** What core's detail in brackets says, in the current language (read back from its template); null for a detail with no template. */
export function detailSentence(detail: string): string | null {
  const read = readRejectDetail(detail);
  return read ? (text.details[read.key] as (v: object) => string)(read.values) : null;
}

/**
 * Core's rejection message ("The merkle root … (header says …)") said in the
 * current language: the reason's sentence, and the detail in brackets too
 * when core wrote it from a template (else the values in brackets stay).
 */
export function reasonMessage(code: string, message: string): string {
  const english = (REJECT_CODES as Readonly<Record<string, string>>)[code];
  if (english === undefined || !message.startsWith(english)) return message;
  const rest = message.slice(english.length);
  const inBrackets = /^ \((.*)\)$/s.exec(rest)?.[1];
  const detail = inBrackets === undefined ? null : detailSentence(inBrackets);
  return reasonSentence(code) + (detail === null ? rest : ` (${detail})`);
}

/** Why a typed amount is not an amount, in the current language. */
export function amountSentence(problem: AmountProblem): string {
  return text.amount[problem];
}

/** True when `code` has a sentence of its own in every language. */
export function hasSentence(code: string): boolean {
  return code in text.reasons || code in text.api;
}

/**
 * An error (a PocketError, a core ValidationError or AmountError, anything
 * thrown) as the sentence the page shows: the English message for an
 * English reader, else the sentence of its code; the English message when
 * its code has no sentence (or it has no code).
 */
export function errorSentence(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown } | null;
  const message = typeof err?.message === 'string' && err.message !== '' ? err.message : String(e);
  if (areaLanguage() === 'en') return message;
  if (e instanceof AmountError) return amountSentence(e.problem);
  // A refusal that names its value and limit is said with them; otherwise by its code.
  if (e instanceof PocketError && e.said) return appSentence(e.said);
  const code = typeof err?.code === 'string' ? err.code : '';
  // Core's own message keeps its values in brackets; an app's sentence of its own (amounts in English words) gives way to the code's.
  if (code in text.reasons) return message.startsWith(REJECT_CODES[code as RejectCode]) ? reasonMessage(code, message) : reasonSentence(code);
  const api = text.api as Readonly<Record<string, string>>;
  return api[code] ?? message;
}

/**
 * The storage status in English words: saving, or running in memory and why.
 * A module of its own, with nothing heavier than the error codes behind it, so
 * that the page's first screen can word the status without loading the
 * storage code (src/app/app-sentences.ts; the page says it by code).
 */
import { STORAGE_ERRORS, type StorageErrorCode } from './errors';

export const SAVING_SENTENCE = 'Everything is saved in this browser (IndexedDB).';

const NOT_SAVING = 'Pocket Chain keeps running in memory: nothing is being saved, and a reload will lose the changes.';

/** Why nothing is saved (with the browser's own words when it gave some), and what that means. */
export function notSavingSentence(code: StorageErrorCode, detail?: string): string {
  return `${STORAGE_ERRORS[code]}${detail ? ` (${detail})` : ''} ${NOT_SAVING}`;
}

/**
 * Copying text (an address) to the clipboard. navigator.clipboard exists only
 * in secure contexts (https, localhost) and may be refused by the browser or a
 * permission; then the caller selects the text and tells the user to press
 * Ctrl+C, so copying always has a way through.
 */
import { text } from './text';

export type CopyOutcome = 'copied' | 'unavailable' | 'refused';

/** What happened, in the page's language. */
export function copyMessage(outcome: CopyOutcome): string {
  return text.copy[outcome];
}

/** What copyText needs from navigator.clipboard. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

function defaultClipboard(): ClipboardLike | undefined {
  return typeof navigator !== 'undefined' && navigator.clipboard && typeof navigator.clipboard.writeText === 'function' ? navigator.clipboard : undefined;
}

export async function copyText(text: string, clipboard: ClipboardLike | undefined = defaultClipboard()): Promise<CopyOutcome> {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (!clipboard) return 'unavailable';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}

/** Selects the text of an element so the user can copy it by hand (the fallback). */
export function selectText(el: Element | null): void {
  if (!el || typeof window === 'undefined') return;
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

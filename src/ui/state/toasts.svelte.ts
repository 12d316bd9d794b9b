/**
 * Short messages after an action (a block found, a refusal), at most four at
 * a time; errors stay twice as long, and a toast with a button (e.g. "Open
 * block 13") stays until dismissed (toast-timers.ts: no clock runs while the
 * pointer or the focus is on the toasts). Each is also said to screen readers
 * through the announcer (the toasts themselves are not a live region, so
 * nothing is read twice); one with a button says the key that reaches it.
 * A toast keeps its words as a function, not a sentence, so one already on
 * screen is said again in the new language after a language switch.
 */
import type { Announcement } from './announcement-queue';
import { ToastTimers } from './toast-timers';

/** A sentence, or how to write it: `() => text.saved(name)` is re-read in the page's language each time it is drawn. */
export type Words = string | (() => string);

export interface Toast {
  readonly id: number;
  readonly level: 'info' | 'warn' | 'error';
  /** The sentence in the page's language now (reactive where its words are). */
  readonly text: string;
  /** A button in the toast, e.g. "Open block 13" after a block was found. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** What a caller gives for a toast's button: its label may be words to re-read, like the text. */
export interface ToastAction {
  readonly label: Words;
  readonly run: () => void;
}

const said = (words: Words): string => (typeof words === 'function' ? words() : words);

/** A toast whose text and button label are written when read (getters), so they follow the language. */
function toast(id: number, level: Toast['level'], words: Words, action?: ToastAction): Toast {
  return {
    id,
    level,
    get text() {
      return said(words);
    },
    ...(action
      ? {
          action: {
            get label() {
              return said(action.label);
            },
            run: action.run,
          },
        }
      : {}),
  };
}

const TOAST_MS = 6000;
const KEEP = 4;

export class Toasts {
  /** Replaced, never changed in place; raw so each toast's getters run as written. */
  list = $state.raw<Toast[]>([]);
  private seq = 0;
  private readonly timers = new ToastTimers((id) => this.dismiss(id));

  /** `keyHint` ends the announcement of a toast with a button: how the keyboard reaches it. */
  constructor(
    private readonly announce: (a: Announcement) => void,
    private readonly keyHint: () => string = () => '',
  ) {}

  /** Shows a toast and announces it (`announcement` to say it differently, e.g. folded with others of its kind); returns its id. */
  show(level: Toast['level'], words: Words, action?: ToastAction, announcement?: Announcement): number {
    const id = ++this.seq;
    const shown = toast(id, level, words, action);
    // Screen readers hear it once, in the language of the moment.
    const announced = announcement ?? { kind: `toast-${level}`, text: shown.text };
    const hint = action ? this.keyHint() : '';
    this.announce(
      hint
        ? { ...announced, text: `${announced.text} ${hint}`, ...(announced.many ? { many: (n: number) => `${announced.many!(n)} ${hint}` } : {}) }
        : announced,
    );
    const kept = this.list.slice(-(KEEP - 1));
    for (const old of this.list) if (!kept.includes(old)) this.timers.cancel(old.id);
    this.list = [...kept, shown];
    this.timers.start(id, action ? null : level === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return id;
  }

  dismiss(id: number): void {
    this.timers.cancel(id);
    this.list = this.list.filter((t) => t.id !== id);
  }

  /** The pointer or the keyboard focus is on the toasts: none leaves meanwhile. */
  hold(): void {
    this.timers.hold();
  }

  release(): void {
    this.timers.release();
  }
}

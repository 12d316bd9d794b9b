/**
 * Short messages after an action (a block found, a refusal), at most four at
 * a time; errors stay twice as long, and a toast with a button (e.g. "Open
 * block 13") stays until dismissed (toast-timers.ts: no clock runs while the
 * pointer or the focus is on the toasts). Each is also said to screen readers
 * through the announcer (the toasts themselves are not a live region, so
 * nothing is read twice); one with a button says the key that reaches it.
 */
import type { Announcement } from './announcement-queue';
import { ToastTimers } from './toast-timers';

export interface Toast {
  readonly id: number;
  readonly level: 'info' | 'warn' | 'error';
  readonly text: string;
  /** A button in the toast, e.g. "Open block 13" after a block was found. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

const TOAST_MS = 6000;
const KEEP = 4;

export class Toasts {
  list = $state<Toast[]>([]);
  private seq = 0;
  private readonly timers = new ToastTimers((id) => this.dismiss(id));

  /** `keyHint` ends the announcement of a toast with a button: how the keyboard reaches it. */
  constructor(
    private readonly announce: (a: Announcement) => void,
    private readonly keyHint: () => string = () => '',
  ) {}

  /** Shows a toast and announces it (`announcement` to say it differently, e.g. folded with others of its kind); returns its id. */
  show(level: Toast['level'], text: string, action?: Toast['action'], announcement?: Announcement): number {
    const id = ++this.seq;
    const said = announcement ?? { kind: `toast-${level}`, text };
    const hint = action ? this.keyHint() : '';
    this.announce(
      hint
        ? { ...said, text: `${said.text} ${hint}`, ...(said.many ? { many: (n: number) => `${said.many!(n)} ${hint}` } : {}) }
        : said,
    );
    const kept = this.list.slice(-(KEEP - 1));
    for (const old of this.list) if (!kept.includes(old)) this.timers.cancel(old.id);
    this.list = [...kept, { id, level, text, ...(action ? { action } : {}) }];
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

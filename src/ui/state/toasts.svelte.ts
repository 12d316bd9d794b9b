/**
 * Short messages after an action (a block found, a refusal), at most four at
 * a time; errors stay twice as long. A toast may carry one button (e.g. "Open
 * block 13"). Each is also said to screen readers through the announcer (the
 * toasts themselves are not a live region, so nothing is read twice).
 */
import type { Announcement } from './announcement-queue';

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

  constructor(private readonly announce: (a: Announcement) => void) {}

  /** Shows a toast and announces it (`announcement` to say it differently, e.g. folded with others of its kind); returns its id. */
  show(level: Toast['level'], text: string, action?: Toast['action'], announcement?: Announcement): number {
    const id = ++this.seq;
    this.announce(announcement ?? { kind: `toast-${level}`, text });
    this.list = [...this.list.slice(-(KEEP - 1)), { id, level, text, ...(action ? { action } : {}) }];
    setTimeout(() => this.dismiss(id), level === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return id;
  }

  dismiss(id: number): void {
    this.list = this.list.filter((t) => t.id !== id);
  }
}

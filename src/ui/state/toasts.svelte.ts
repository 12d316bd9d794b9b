/**
 * Short messages after an action (a block found, a refusal), at most four at
 * a time; errors stay twice as long. A toast may carry one button (e.g. "Open
 * block 13").
 */
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

  /** Shows a toast; returns its id (for dismiss). */
  show(level: Toast['level'], text: string, action?: Toast['action']): number {
    const id = ++this.seq;
    this.list = [...this.list.slice(-(KEEP - 1)), { id, level, text, ...(action ? { action } : {}) }];
    setTimeout(() => this.dismiss(id), level === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return id;
  }

  dismiss(id: number): void {
    this.list = this.list.filter((t) => t.id !== id);
  }
}

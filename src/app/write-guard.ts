/**
 * Whether this tab may change anything, and the one check every change goes
 * through. A tab may not write while another tab is the writer (it follows
 * that tab live), or while stored data is damaged and waits for the user's
 * "Rebuild" or "Reset" (nothing is changed until then).
 */
import { PocketError } from './errors';

/** Why this tab refuses changes, or null when it may write. */
export type ReadOnlyReason = 'other-tab' | 'damaged' | null;

export class WriteGuard {
  /** Set at load when stored data is damaged; cleared by the next good load. */
  damaged = false;

  /** `canWrite` is false while another tab is the writer (absent: always the writer). */
  constructor(private readonly canWrite: () => boolean = () => true) {}

  get reason(): ReadOnlyReason {
    if (this.damaged) return 'damaged';
    if (!this.canWrite()) return 'other-tab';
    return null;
  }

  get writable(): boolean {
    return this.reason === null;
  }

  /** Throws 'read-only' with the reason in a sentence. */
  assertWritable(): void {
    const reason = this.reason;
    if (reason === 'other-tab') throw new PocketError('read-only', 'Pocket Chain is open in another tab, which is the one that can make changes. Close it (or use it) to make changes here.');
    if (reason === 'damaged') throw new PocketError('read-only', 'Stored data is damaged: choose "Rebuild" or "Reset" first (nothing is changed until you do).');
  }

  /** For the repairs of damaged data (rebuild, reset): only another tab being the writer stops them. */
  assertWriterTab(): void {
    if (this.reason === 'other-tab') this.assertWritable();
  }
}

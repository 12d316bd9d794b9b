/**
 * Storage failures as values with stable codes (like core's reject codes), so
 * the UI can show a sentence and tests can assert the code.
 */

export const STORAGE_ERRORS = {
  'indexeddb-missing': 'This browser offers no IndexedDB (some private modes turn it off): nothing can be saved.',
  'open-refused': 'The browser refused to open the database (private mode or storage disabled): nothing can be saved.',
  blocked: 'Another tab of Pocket Chain holds an older version of the database open: close it to finish upgrading.',
  'migration-failed': 'The stored data could not be upgraded to the current schema; it was left as it was.',
  'quota-exceeded': 'Storage is full: the browser refused to save more.',
  'write-failed': 'A write was refused; nothing of it was saved and the stored state is as before.',
  closed: 'The database was closed (another tab upgraded it, or the store was closed).',
  'read-only': 'This tab is read-only: another tab of Pocket Chain is writing.',
  'unknown-node': 'The node has no stored state yet: save the node before committing its changes.',
  'node-not-found': 'No node with this id is stored.',
  'rebuild-impossible': 'The node cannot be rebuilt from its blocks (its genesis block is missing or damaged).',
  'nothing-stored': 'Nothing is stored yet.',
} as const;

export type StorageErrorCode = keyof typeof STORAGE_ERRORS;

export class StorageError extends Error {
  override name = 'StorageError';
  readonly code: StorageErrorCode;
  readonly detail?: string;

  constructor(code: StorageErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${STORAGE_ERRORS[code]} (${detail})` : STORAGE_ERRORS[code], options);
    this.code = code;
    this.detail = detail;
  }

  toJSON(): { code: StorageErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isStorageError(e: unknown, code?: StorageErrorCode): e is StorageError {
  return e instanceof StorageError && (code === undefined || e.code === code);
}

/** Unwraps a StorageError's cause chain to the first DOMException-like error. */
export function rootCause(e: unknown): unknown {
  let cur = e;
  while (cur instanceof Error && cur.cause !== undefined) cur = cur.cause;
  return cur;
}

const UNUSABLE_CODES: readonly StorageErrorCode[] = ['quota-exceeded', 'closed', 'open-refused', 'indexeddb-missing'];
/** DOMException names that say the storage itself failed (full disk, closed connection, browser trouble). */
const UNUSABLE_NAMES = ['QuotaExceededError', 'InvalidStateError', 'UnknownError'];

/** Failures that say the storage is unusable, as opposed to a bad record or argument (which fail the same anywhere). */
export function isStorageUnusable(e: unknown): boolean {
  if (e instanceof StorageError && UNUSABLE_CODES.includes(e.code)) return true;
  if (e instanceof StorageError && e.code !== 'write-failed') return false;
  const name = (rootCause(e) as { name?: unknown } | null)?.name;
  return typeof name === 'string' && UNUSABLE_NAMES.includes(name);
}

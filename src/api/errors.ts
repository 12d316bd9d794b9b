/** Any thrown error as the API's PocketError, keeping a core reason code when there is one. */
import { isValidationError } from '../core/index';
import { PocketError } from './types';

export function toPocketError(e: unknown, field?: string): PocketError {
  if (e instanceof PocketError) return e;
  if (isValidationError(e)) return new PocketError(e.code, e.message, field);
  return new PocketError('bad-argument', (e as Error)?.message ?? String(e), field);
}

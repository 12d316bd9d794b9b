/**
 * The API's own argument checks (names, units, option objects) and the one
 * wrapper every method runs in, so that whatever is passed, a call resolves or
 * rejects with a PocketError naming the argument: never a TypeError from deep
 * inside, never a silent default for a mistyped option.
 */
import { PocketError, toPocketError } from '../app/errors';
import type { PocketApp } from '../app/pocket-app';

/** Runs `fn` once the stored blocks are read (any call may need one), turning any thrown error into a rejected PocketError. */
export async function call<T>(app: PocketApp, fn: () => T | Promise<T>): Promise<T> {
  try {
    await app.bodies.whenReady();
    return await fn();
  } catch (e) {
    throw toPocketError(e);
  }
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new PocketError('bad-argument', `${field} must be a non-empty string.`, field);
  return value.trim();
}

export function requireUnits(value: unknown, field: string, allowZero: boolean): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || (!allowZero && value === 0)) {
    throw new PocketError('bad-amount', `${field} must be a whole number of base units${allowZero ? '' : ' above zero'} (1 coin = 100,000,000 units).`, field);
  }
  return value;
}

/**
 * An options argument: a plain object with only the `known` keys (a typo such as
 * `{ sed: 7 }` is refused rather than ignored), or undefined when `optional`.
 * Returns a copy, read once, so a getter cannot answer differently later.
 */
export function requireOptions<K extends string>(value: unknown, field: string, known: readonly K[], optional: boolean): Partial<Record<K, unknown>> {
  const shape = `{ ${known.map((k) => `${k}?`).join(', ')} }`;
  if (value === undefined && optional) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new PocketError('bad-argument', `${field} must be an object ${shape}.`, field);
  const out: Partial<Record<K, unknown>> = {};
  for (const key of Object.keys(value)) {
    if (!(known as readonly string[]).includes(key)) throw new PocketError('bad-argument', `${field} has an unknown option "${key.slice(0, 40)}"; it takes ${shape}.`, field);
    out[key as K] = (value as Record<string, unknown>)[key];
  }
  return out;
}

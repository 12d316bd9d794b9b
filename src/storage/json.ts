/**
 * Plain JSON copies of values the app hands in (network config, settings,
 * params). Copying also strips Svelte $state proxies, which IndexedDB cannot
 * clone. Anything that would not survive JSON (functions, undefined, NaN,
 * Infinity, bigint, Maps, cycles) is refused with a TypeError naming the path.
 */
import type { JsonValue } from './schema';

export function toJsonValue(value: unknown, name = 'value'): JsonValue {
  return copy(value, name, new Set());
}

function copy(v: unknown, path: string, seen: Set<object>): JsonValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError(`${path} must be a finite number, got ${v}`);
    return v;
  }
  if (typeof v !== 'object') throw new TypeError(`${path} cannot be stored as JSON (it is ${typeof v})`);
  if (seen.has(v)) throw new TypeError(`${path} refers back to itself`);
  seen.add(v);
  try {
    if (Array.isArray(v)) return v.map((x, i) => copy(x, `${path}[${i}]`, seen));
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`${path} must be a plain object or array, got ${proto?.constructor?.name ?? 'an object'}`);
    const out: { [k: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue; // JSON.stringify drops undefined properties too
      out[k] = copy(x, `${path}.${k}`, seen);
    }
    return out;
  } finally {
    seen.delete(v);
  }
}

/**
 * Export files with random mutations (fast-check, fixed seed; FAST_CHECK_RUNS for
 * more): bytes of the text flipped, fields replaced, the text cut short, lists
 * reordered. Every mutant is refused with a code naming the problem or, when the
 * mutation changed nothing that matters (whitespace, an unused field), gives back
 * exactly the chain state of the original; validation never throws. The file's
 * `network` and `settings` sections are the app's own JSON, which storage carries
 * without reading (the app checks the network config when it restores it), so
 * they are left out of the comparison.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportToJson } from './export';
import { validateImport } from './import-validate';
import { buildFixture, fixtureState } from './testing/network-fixture';
import { stateFingerprint } from './testing/compare';
import { propertyRuns } from '../core/testing';
import type { PersistedState } from './store';

let good = '';
let original = '';

beforeAll(() => {
  const state = fixtureState(buildFixture());
  good = exportToJson(state, { includeWallets: true, exportedAt: '2024-01-02T03:04:05.000Z' });
  const r = validateImport(good);
  if (!r.ok) throw new Error('the fixture export must import');
  original = chainFingerprint(r.state);
});

function chainFingerprint(state: PersistedState): string {
  return stateFingerprint({ ...state, network: null, settings: null } as unknown as PersistedState);
}

/** Every path to a leaf or list of the parsed file. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path;
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
  (copy as Record<string | number, unknown>)[head!] = setAt((root as Record<string | number, unknown>)[head!], rest, f);
  return copy;
}

const wrongValue = fc.oneof(fc.constant(null), fc.constant(NaN), fc.integer(), fc.double(), fc.string({ maxLength: 8 }), fc.constant('z'.repeat(70)), fc.constant([]), fc.constant({}), fc.constant(-1), fc.boolean());

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), char: fc.integer({ min: 32, max: 126 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('field' as const), pick: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant('reorder' as const), pick: fc.nat() }),
);

function mutate(m: fc.Arbitrary<unknown> extends never ? never : typeof mutation extends fc.Arbitrary<infer T> ? T : never): unknown {
  if (m.kind === 'byte') {
    const at = m.at % good.length;
    return good.slice(0, at) + String.fromCharCode(m.char) + good.slice(at + 1);
  }
  if (m.kind === 'truncate') return good.slice(0, m.at % good.length);
  const parsed = JSON.parse(good) as unknown;
  const all = paths(parsed);
  if (m.kind === 'field') return setAt(parsed, all[m.pick % all.length]!, () => m.value);
  const lists = all.filter((p) => Array.isArray(p.reduce((v: unknown, k) => (v as Record<string | number, unknown>)[k], parsed)));
  return setAt(parsed, lists[m.pick % lists.length]!, (list) => [...(list as unknown[])].reverse());
}

describe('export files under random mutation (fuzz)', () => {
  it('are refused with a code, or import to exactly the original state; never a throw', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const input = mutate(m);
        const r = validateImport(input);
        if (r.ok) expect(chainFingerprint(r.state)).toBe(original);
        else expect(r.problem.code).toMatch(/^[a-z-]+$/);
      }),
      propertyRuns(40),
    );
  }, 600_000);
});

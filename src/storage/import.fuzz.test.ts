/**
 * Export files with random mutations (fast-check, fixed seed; FAST_CHECK_RUNS for
 * more): bytes of the text flipped, fields replaced, the text cut short, lists
 * reordered. Every mutant is refused with a code naming the problem or, when the
 * mutation changed nothing that matters (whitespace, an unused field), gives back
 * exactly the chain state of the original (a reordered list: the same state in that
 * list's new order; a free value such as a label or a parameter: the state it says,
 * see chainFingerprint); validation never throws. The file's
 * `network` and `settings` sections are the app's own JSON, which storage carries
 * without reading (the app refuses an import whose network section it could not
 * restore, before anything is written: app/import-network-check.ts), so they are
 * left out of the comparison.
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
let originalOrderFree = '';

beforeAll(() => {
  const state = fixtureState(buildFixture());
  good = exportToJson(state, { includeWallets: true, exportedAt: '2024-01-02T03:04:05.000Z' });
  const r = validateImport(good);
  if (!r.ok) throw new Error('the fixture export must import');
  original = chainFingerprint(r.state);
  originalOrderFree = orderFreeFingerprint(r.state);
});

/**
 * What a changed file must not change without being refused: everything the blocks
 * prove or the keys derive (each node's blocks, tip, coins and undo data, each
 * wallet's keys, address and seed). The rest is what a file states freely, each value
 * checked on its own: wallet labels, node ids and the chain's name (free text; an
 * empty, blank or over-long one is refused), the consensus parameters (a reward of
 * 10.00000001 where 10 was is another valid setting, if every block still obeys it),
 * and what a node has merely heard: its orphan blocks and its pool (an empty pool, or
 * other arrival times, is a state a node can be in; each transaction is still checked
 * against the chain). A file may also hold no wallets at all (`wallets: []`). A mutant
 * of those may import as the state it says.
 */
function chainFingerprint(state: PersistedState): string {
  const wallets = state.wallets.map((w) => ({ ...w, label: undefined }));
  const picture = JSON.parse(stateFingerprint({ ...state, wallets, network: null, settings: null } as unknown as PersistedState)) as {
    params?: unknown;
    nodes: { id?: string; mempool?: unknown; orphans?: unknown }[];
  };
  delete picture.params;
  const order = state.nodes.map((n) => n.id);
  picture.nodes.sort((a, b) => order.indexOf(a.id!) - order.indexOf(b.id!));
  for (const n of picture.nodes) {
    delete n.id;
    delete n.mempool;
    delete n.orphans;
  }
  return JSON.stringify(picture);
}

/**
 * The same, blind to the order of the file's lists. A reversed list of nodes, of wallets,
 * of a node's blocks or of its pool is a file that says another order: the wallets are
 * listed, the blocks seen and the pool's entries arrived in that order. Such a file
 * may import (a child listed before its parent, or a block before its parent, is
 * refused), and must then hold exactly the original's wallets, blocks, tip, coins and
 * pool. (Found with FAST_CHECK_RUNS=400: reversed pool and wallet lists imported the
 * same pool and wallets in the reversed order.)
 */
function orderFreeFingerprint(state: PersistedState): string {
  const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const picture = JSON.parse(chainFingerprint(state)) as { nodes: { blocks: [string, string][] }[]; wallets: { address: string }[] };
  for (const n of picture.nodes) {
    n.blocks.sort(byKey((b) => b[0]));
  }
  picture.nodes.sort(byKey((n) => JSON.stringify(n)));
  picture.wallets.sort(byKey((w) => w.address));
  return JSON.stringify(picture);
}

function withoutWallets(fingerprint: string): string {
  return JSON.stringify({ ...(JSON.parse(fingerprint) as object), wallets: [] });
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
        if (r.ok && m.kind === 'reorder') expect(orderFreeFingerprint(r.state)).toBe(originalOrderFree);
        else if (r.ok && r.state.wallets.length === 0) expect(withoutWallets(chainFingerprint(r.state))).toBe(withoutWallets(original));
        else if (r.ok) expect(chainFingerprint(r.state)).toBe(original);
        else expect(r.problem.code).toMatch(/^[a-z-]+$/);
      }),
      propertyRuns(40),
    );
  }, 600_000);
});

/**
 * window.pocket under random wrong arguments (fast-check, fixed seed;
 * FAST_CHECK_RUNS for more): every method that takes arguments is called with
 * a mix of good values and at least one wrong one (wrong types, null, NaN,
 * infinities, negative and fractional numbers, huge strings, objects, arrays,
 * functions, symbols, bigints, getters that throw, unknown option keys). Each
 * call must reject with a PocketError that has a code and a sentence of its own
 * (not a leaked "Cannot read properties of …"), and leave the whole state as it
 * was: every node's blocks, tip, UTXO set and pool, the wallets, the network
 * config, the params, the settings, and mining.
 *
 * Methods without parameters (getBlocks, heal, settle, help, ...) have no wrong
 * arguments and are left out. The lab's experiments are given options that are
 * no object at all (a wrong field could still name a valid, long experiment). submitBlock answers a string that is no block with
 * a refusal result (accepted: false and a code), as documented; only its wrong
 * types reject.
 *
 * The app runs in Node on the in-memory store, as the API tests do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidAddress } from '../core/index';
import { propertyRuns } from '../core/testing';
import type { ChainStore } from '../storage/index';
import { exportToJson } from '../storage/export';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { regtestDemo } from '../app/testing';
import { PocketApp } from '../app/pocket-app';
import { PocketError } from '../app/errors';
import { createWindowPocket, type WindowPocket } from './window-api';

/** Messages that betray an internal error passed on instead of a refusal that names the argument. */
const LEAKED = /Cannot read prop|Cannot convert|is not a function|is not iterable|undefined is not|null is not|Maximum call stack|Invalid array length|Do not know how to serialize/;

let app: PocketApp;
let pocket: WindowPocket;
let store: ChainStore;
let nodeIds: string[];
let addresses: string[];
let blockHash: string;
let txidInBlock: string;

/** The whole state as an export file shows it (blocks, tips, UTXO sets, pools, wallets, network, params, settings), by section. */
function savedState(a: PocketApp): Record<string, string> {
  const file = JSON.parse(exportToJson(a.stateFile.persistedState(), { includeWallets: true })) as Record<string, unknown>;
  delete file.exportedAt;
  return Object.fromEntries(Object.entries(file).map(([k, v]) => [k, JSON.stringify(v)]));
}

/** Everything a wrong call could change, by part. */
function fingerprint(): Record<string, string> {
  return {
    ...savedState(app),
    mining: String(app.mining.mining),
    simulated: String(app.simulation.enabled),
    selected: app.nodes.selected.id,
    guard: String(app.guard.reason),
  };
}

/** The parts that differ (short enough to read in a failure). */
const changedParts = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

beforeAll(async () => {
  store = createMemoryStore();
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  app = await PocketApp.open({ store, pool, buildState: async (seed, params) => regtestDemo(seed, params) });
  pocket = createWindowPocket(app);
  nodeIds = app.nodes.network.nodeIds();
  addresses = app.wallets.list.map((w) => w.address);
  const block = (await pocket.getBlocks()).find((b) => b.txs.length > 1)!;
  blockHash = block.hash;
  txidInBlock = block.txs[1]!.txid;
});

afterAll(async () => {
  await app.mining.stopMining();
});

// --- values ------------------------------------------------------------------------

/**
 * A getter that throws, a toString that throws: an argument that explodes when
 * read. Each names itself to fast-check, which must print it in a counterexample.
 */
const explosive = () => {
  const boom = () => {
    throw new Error('boom');
  };
  const named = <T extends object>(o: T, name: string): T => Object.assign(o, { [fc.toStringMethod]: () => name });
  return fc.constantFrom<unknown>(
    named(Object.defineProperty({}, 'seed', { get: boom, enumerable: true }), '{ get seed() throws }'),
    named({ toString: boom }, '{ toString() throws }'),
    new Proxy({}, { has: (_t, key) => key === fc.toStringMethod, get: (_t, key) => (key === fc.toStringMethod ? () => 'Proxy(every read throws)' : boom()) }),
  );
};

/** Any value at all, weighted towards the classic wrong ones. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, Number.NaN, Infinity, -Infinity, -1, -0, 0.5, 2 ** 53, -(2 ** 31), 2 ** 32, true, false, '', '   ', '0', 'null', [], {}, [[]], () => 1, Symbol('x'), 10n),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.string({ minLength: 0, maxLength: 3 }).map((s) => s.repeat(50_000)),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
  fc.anything(),
  explosive(),
);

/** Junk that is not `valid`, per the API's own rules (so the call must be refused); a value that explodes when read is never valid. */
const wrong = (valid: (v: unknown) => boolean) =>
  junk.filter((v) => {
    try {
      return !valid(v);
    } catch {
      return true;
    }
  });

const str = (v: unknown): v is string => typeof v === 'string';
const isNode = (v: unknown) => str(v) && nodeIds.includes(v.trim());
const isAddress = (v: unknown) => str(v) && isValidAddress(v.trim());
const isUnits = (min: number) => (v: unknown) => Number.isSafeInteger(v) && (v as number) >= min;
const isHex64 = (v: unknown) => str(v) && /^[0-9a-f]{64}$/i.test(v.trim());

/** A parameter: good values and wrong ones. */
interface Param {
  readonly good: fc.Arbitrary<unknown>;
  readonly bad: fc.Arbitrary<unknown>;
}

const node = (): Param => ({ good: fc.constantFrom(...nodeIds), bad: wrong(isNode) });
const wallet = (): Param => ({ good: fc.constantFrom(...addresses), bad: wrong(isAddress) });
/** Positive base units; a wrong one is no whole number, or far more than any wallet holds. */
const units = (min: number): Param => ({
  good: fc.integer({ min: Math.max(min, 1), max: 1000 }),
  bad: fc.oneof(wrong(isUnits(min)), fc.constantFrom(2 ** 52, Number.MAX_SAFE_INTEGER)),
});
const optional = (p: Param): Param => ({ good: fc.oneof(fc.constant(undefined), p.good), bad: p.bad.filter((v) => v !== undefined) });
/** An options object: wrong when not an object, or with an unknown key, or with a wrong field. */
const options = (fields: Record<string, Param>, required: boolean): Param => {
  const keys = Object.keys(fields);
  const goodObject = fc.record(Object.fromEntries(keys.map((k) => [k, fields[k]!.good])), { requiredKeys: [] });
  return {
    good: required ? goodObject : fc.oneof(fc.constant(undefined), goodObject),
    bad: fc.oneof(
      junk.filter((v) => v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v))),
      fc.record({ [keys[0]!]: fields[keys[0]!]!.bad }),
      ...keys.slice(1).map((k) => fc.record({ [k]: fields[k]!.bad })),
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !keys.includes(k) && k !== '__proto__').map((k) => ({ [k]: 1 })),
    ),
  };
};

// --- the methods ---------------------------------------------------------------------

type Method = keyof WindowPocket | `lab.${(typeof LAB_METHODS)[number]}`;

function methodOf(method: Method): (...a: unknown[]) => Promise<unknown> {
  if (method.startsWith('lab.')) return pocket.lab[method.slice(4) as (typeof LAB_METHODS)[number]] as (...a: unknown[]) => Promise<unknown>;
  return pocket[method as keyof WindowPocket] as (...a: unknown[]) => Promise<unknown>;
}

/** Each method that takes arguments, with its parameters; anything not listed takes none. */
function methods(): Record<string, Param[]> {
  return {
    newWallet: [optional({ good: fc.constant('Alice'), bad: fc.oneof(wrong((v) => str(v) && v.trim().length <= 40), fc.constant('x'.repeat(41))) })],
    getBalance: [wallet()],
    send: [wallet(), wallet(), units(1), optional(units(0))],
    mineBlock: [wallet(), optional({ good: fc.integer({ min: 0, max: 5 }), bad: wrong(isUnits(0)) })],
    resetSystem: [options({ seed: { good: fc.constant('fuzz'), bad: wrong((v) => (str(v) && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v))) } }, false)],
    registerNodes: [node(), { good: fc.constant([]), bad: wrong((v) => Array.isArray(v) && v.every(isNode)) }],
    resolveConflicts: [{ good: fc.constant(undefined), bad: wrong(isNode) }],
    selectNode: [{ good: fc.constant(undefined), bad: wrong(isNode) }],
    setDifficulty: [{ good: fc.constant(undefined), bad: fc.oneof(wrong((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 2 ** 32), fc.constantFrom(0, 0x2100ffff, 0x01003456, 0x04923456)) }],
    startMining: [options({ nodeId: optional(node()), address: wallet() }, true)],
    inspectHeader: [{ good: fc.constant(undefined), bad: wrong((v) => str(v) && /^[0-9a-f]{160}$/i.test(v.trim())) }],
    merkleRoot: [{ good: fc.constant(undefined), bad: wrong((v) => Array.isArray(v) && v.length > 0 && v.every(isHex64)) }],
    merkleProof: [
      { good: fc.constant(blockHash), bad: wrong((v) => str(v) && v.trim().toLowerCase() === blockHash) },
      { good: fc.constant(txidInBlock), bad: wrong((v) => str(v) && v.trim().toLowerCase() === txidInBlock) },
    ],
    verifyMerkleProof: [{ good: fc.constant(undefined), bad: wrong((v) => v !== null && typeof v === 'object' && isHex64((v as { txid?: unknown }).txid) && isHex64((v as { root?: unknown }).root) && Number.isSafeInteger((v as { index?: unknown }).index) && ((v as { index: number }).index >= 0) && Array.isArray((v as { branch?: unknown }).branch) && (v as { branch: unknown[] }).branch.every(isHex64)) }],
    submitBlock: [node(), { good: fc.constant(undefined), bad: junk }],
    exportState: [options({ includeWallets: { good: fc.boolean(), bad: wrong((v) => typeof v === 'boolean') } }, false)],
    importState: [{ good: fc.constant(undefined), bad: junk.filter((v) => v !== undefined) }],
    partition: [{ good: fc.constant(undefined), bad: wrong((v) => Array.isArray(v) && v.every((g) => Array.isArray(g) && g.every(isNode))) }],
    removeNode: [{ good: fc.constant(undefined), bad: wrong(isNode) }],
    setReward: [{ good: fc.constant(undefined), bad: fc.oneof(wrong(isUnits(0)), fc.constant(Number.MAX_SAFE_INTEGER)) }],
    setLatency: [{ good: fc.constant(undefined), bad: wrong((v) => typeof v === 'number' && v >= 0 && v <= 60_000) }],
    setSimulatedMining: [{ good: fc.constant(undefined), bad: wrong((v) => typeof v === 'boolean') }],
    fastForward: [{ good: fc.constant(undefined), bad: wrong((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000) }],
    getReorgs: [{ good: fc.constant(undefined), bad: wrong(isNode).filter((v) => v !== undefined) }],
    setMiningEngine: [{ good: fc.constant(undefined), bad: wrong((v) => v === 'webgpu' || v === 'wasm-simd' || v === 'js') }],
    setGpuMining: [{ good: fc.constant(undefined), bad: wrong((v) => typeof v === 'boolean') }],
  };
}

/** The lab's experiments take an options object: anything that is no object at all must be refused before a run starts. */
const LAB_METHODS = ['doubleSpendRace', 'selfishMining', 'staleRate', 'majorityAttack'] as const;
const notAnObject = junk.filter((v) => v === null || (typeof v !== 'object' && typeof v !== 'function'));

/** A call: the method and its arguments, each good or wrong, at least one wrong (a lone parameter is always wrong). */
function wrongCall(): fc.Arbitrary<{ method: Method; args: unknown[] }> {
  const table: Record<string, Param[]> = { ...methods(), ...Object.fromEntries(LAB_METHODS.map((m) => [`lab.${m}`, [{ good: fc.constant(undefined), bad: notAnObject }]])) };
  return fc.constantFrom(...(Object.keys(table) as Method[])).chain((method) => {
    const params = table[method]!;
    return fc.integer({ min: 0, max: params.length - 1 }).chain((badAt) =>
      fc.tuple(...params.map((p, i) => (i === badAt ? p.bad : fc.oneof(p.good, p.bad)))).map((args) => {
        // A good value of undefined means "leave it out": trailing ones are dropped, as a caller would.
        while (args.length > 0 && args[args.length - 1] === undefined && args.length - 1 !== badAt) args.pop();
        return { method, args };
      }),
    );
  });
}

describe('window.pocket with random wrong arguments (fuzz)', () => {
  it('lists every method that takes arguments (a new method must join the fuzz)', () => {
    const withArgs = Object.entries(pocket).filter(([, f]) => typeof f === 'function' && f.length > 0).map(([name]) => name).sort();
    expect(withArgs).toEqual(Object.keys(methods()).sort());
    const labWithArgs = Object.entries(pocket.lab).filter(([, f]) => typeof f === 'function' && f.length > 0).map(([name]) => name).sort();
    expect(labWithArgs).toEqual([...LAB_METHODS].sort());
  });

  it('always rejects with a PocketError that has a code and its own sentence, and changes nothing', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(wrongCall(), async ({ method, args }) => {
        let result: unknown;
        let error: unknown;
        try {
          result = await methodOf(method)(...args);
        } catch (e) {
          error = e;
        }
        if (method === 'submitBlock' && error === undefined) {
          expect(result, 'a string that is no block is refused in the result').toMatchObject({ accepted: false, code: expect.any(String) });
        } else {
          expect(error, `${method} must reject`).toBeInstanceOf(PocketError);
          const e = error as PocketError;
          expect(e.code, 'a reason code').toMatch(/^[a-z][a-z0-9-]+$/);
          expect(e.message.length, 'a sentence').toBeGreaterThan(5);
          expect(e.message, 'its own sentence').not.toMatch(LEAKED);
        }
        expect(changedParts(before, fingerprint()), `${method} changed the state`).toEqual([]);
      }),
      propertyRuns(300),
    );
    await app.lifecycle.flush();
    // Nothing reached storage either: a reload gives the state the fuzz started from.
    const again = await PocketApp.open({ store, pool: new MiningPool({ workers: 1, backendFactory: inProcessWorkers }), buildState: async (seed, params) => regtestDemo(seed, params) });
    await again.bodies.whenReady(); // block bodies are read in the background after a start
    const { network: _clockAndLinks, ...saved } = savedState(again);
    const { network: _n, mining: _m, simulated: _s, selected: _sel, guard: _g, ...expected } = before;
    expect(changedParts(saved, expected)).toEqual([]);
  }, 180_000);
});

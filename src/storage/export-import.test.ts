/**
 * Export -> import identity, wallets only on request, and a table of malformed,
 * tampered and foreign files: each refused with its own code (and core reason
 * for consensus failures), naming the first problem, with the stored state
 * left untouched.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blockFromHex,
  blockHash,
  blockToHex,
  checkProofOfWork,
  createCoinbase,
  decodeCoinbaseScript,
  headerHashBytes,
  recordingVerifiedSignatures,
  type Block,
} from '../core/index';
import { remine } from '../core/testing';
import { openIdbStore } from './idb-store';
import { exportToJson } from './export';
import { importIntoStore } from './import';
import { validateImport } from './import-validate';
import { restoreNodes } from './node-state';
import { PRIVATE_KEY_WARNING, type ExportFile } from './export-format';
import { buildFixture, fixtureState, type NetworkFixture } from './testing/network-fixture';
import { stateFingerprint } from './testing/compare';
import type { PersistedState } from './store';

const AT = '2024-01-02T03:04:05.000Z';
let f: NetworkFixture;
let state: PersistedState;
let goodText: string;

beforeAll(() => {
  f = buildFixture();
  state = fixtureState(f);
  goodText = exportToJson(state, { includeWallets: true, exportedAt: AT });
});

const parse = (): { -readonly [K in keyof ExportFile]: any } => JSON.parse(goodText); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('export -> import', () => {
  it('gives back the identical state and the identical file', () => {
    const r = validateImport(goodText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(stateFingerprint(r.state)).toBe(stateFingerprint(state));
    expect(exportToJson(r.state, { includeWallets: true, exportedAt: AT })).toBe(goodText);
    expect(r.summary).toEqual({ nodes: 2, blocks: 6, transactions: expect.any(Number) });
    expect(r.includesWallets).toBe(true);
  });

  it("hands back the verdicts on its pools' signatures: exactly those a restore of the same pools checks", () => {
    const r = validateImport(goodText);
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.state.nodes.some((n) => n.mempool.length > 0)).toBe(true);
    const restored = recordingVerifiedSignatures(() => restoreNodes(r.state));
    expect(restored.result.problems).toEqual([]);
    expect(new Set(r.poolSignatures)).toEqual(new Set(restored.signatures));
    // Each pool input once, whichever node holds it.
    const inputs = new Set(r.state.nodes.flatMap((n) => n.mempool.flatMap(({ tx }) => tx.inputs.map((i) => `${i.prevTxid}:${i.vout}:${i.signature}`))));
    expect(r.poolSignatures).toHaveLength(inputs.size);
  });

  it('round-trips through the store: export of what was loaded equals export of what was written', async () => {
    const store = await openIdbStore({ indexedDB: new IDBFactory() });
    const r = await importIntoStore(store, goodText);
    expect(r.ok).toBe(true);
    const loaded = (await store.load()).state!;
    expect(exportToJson(loaded, { includeWallets: true, exportedAt: AT })).toBe(goodText);
  });

  it('leaves wallets out unless asked, and warns when they are in', async () => {
    const without = JSON.parse(exportToJson(state, { exportedAt: AT }));
    expect(without.wallets).toBeUndefined();
    expect(without.containsPrivateKeys).toBe(false);
    expect(goodText).not.toBe(JSON.stringify(without));
    const withKeys = parse();
    expect(withKeys.containsPrivateKeys).toBe(true);
    expect(withKeys.warning).toBe(PRIVATE_KEY_WARNING);
    expect(withKeys.wallets[0].privateKey).toBe(f.wallets[0]!.privateKey);

    // Importing a file without wallets keeps the wallets already stored.
    const store = await openIdbStore({ indexedDB: new IDBFactory() });
    await store.replaceAll({ ...state, wallets: [f.wallets[3]!] });
    const r = await importIntoStore(store, JSON.stringify(without));
    expect(r.ok && r.includesWallets).toBe(false);
    expect((await store.load()).state!.wallets).toEqual([f.wallets[3]]);
  });
});

/** Replaces a block (and every reference to its hash) in a parsed export file. */
function swapBlock(file: ReturnType<typeof parse>, oldHash: string, block: Block): void {
  const hash = blockHash(block.header);
  file.blocks = file.blocks.map((b: { hash: string }) => (b.hash === oldHash ? { hash, hex: blockToHex(block) } : b));
  for (const n of file.nodes) {
    n.blocks = n.blocks.map((h: string) => (h === oldHash ? hash : h));
    n.orphans = n.orphans.map((h: string) => (h === oldHash ? hash : h));
    if (n.tip === oldHash) n.tip = hash;
  }
}

function blockOf(file: ReturnType<typeof parse>, hash: string): Block {
  return blockFromHex(file.blocks.find((b: { hash: string }) => b.hash === hash).hex);
}

type Case = [name: string, code: string, reason: string | undefined, make: () => string];

const cases: Case[] = [
  ['not JSON (a truncated download)', 'not-json', undefined, () => goodText.slice(0, 200)],
  ['another program\u2019s file', 'wrong-format', undefined, () => JSON.stringify({ ...parse(), format: 'bitcoin-core/wallet-dump' })],
  ['a newer format version', 'unsupported-version', undefined, () => JSON.stringify({ ...parse(), version: 2 })],
  ['a node without its tip', 'missing-field', undefined, () => { const x = parse(); delete x.nodes[0].tip; return JSON.stringify(x); }],
  ['a coin amount that is not a whole number', 'bad-field', undefined, () => { const x = parse(); x.nodes[0].utxos[0].amount = 1.5; return JSON.stringify(x); }],
  ['block hex with a non-hex character', 'bad-hex', undefined, () => { const x = parse(); x.blocks[1].hex = x.blocks[1].hex.slice(0, 10) + 'zz' + x.blocks[1].hex.slice(12); return JSON.stringify(x); }],
  ['block bytes with a trailing byte', 'bad-encoding', undefined, () => { const x = parse(); x.blocks[1].hex += '00'; return JSON.stringify(x); }],
  ['invalid params', 'bad-params', undefined, () => { const x = parse(); x.params.targetSpacing = 0; return JSON.stringify(x); }],
  ['two nodes with one id', 'duplicate-node', undefined, () => { const x = parse(); x.nodes[1].id = x.nodes[0].id; return JSON.stringify(x); }],
  ['a block whose header was edited (hash mismatch)', 'block-hash-mismatch', undefined, () => {
    const x = parse();
    const hex: string = x.blocks[2].hex;
    x.blocks[2].hex = hex.slice(0, 136) + (hex.slice(136, 138) === '00' ? '01' : '00') + hex.slice(138); // a byte of the time field
    return JSON.stringify(x);
  }],
  ['a child listed before its parent', 'broken-link', undefined, () => { const x = parse(); const b = x.nodes[0].blocks; [b[1], b[2]] = [b[2], b[1]]; return JSON.stringify(x); }],
  ['a node referring to a block not in the file', 'unknown-block', undefined, () => { const x = parse(); x.nodes[1].orphans.push('ab'.repeat(32)); return JSON.stringify(x); }],
  ['params of another chain (foreign genesis difficulty)', 'genesis-mismatch', undefined, () => { const x = parse(); x.params.genesisBits = 0x1f00ffff; return JSON.stringify(x); }],
  ['proof of work not met', 'block-rejected', 'high-hash', () => {
    const x = parse();
    const tip = f.a.chain.tip.hash;
    const b = blockOf(x, tip);
    let header = b.header;
    for (let n = 1; checkProofOfWork(headerHashBytes(header), header.bits, f.params.powLimitBits); n++) header = { ...b.header, nonce: n };
    swapBlock(x, tip, { header, txs: b.txs });
    return JSON.stringify(x);
  }],
  ['merkle root tampered (re-mined)', 'block-rejected', 'bad-txnmrklroot', () => {
    const x = parse();
    const tip = f.a.chain.tip.hash;
    const b = blockOf(x, tip);
    swapBlock(x, tip, remine({ header: { ...b.header, merkleRoot: 'cd'.repeat(32) }, txs: b.txs }, { keepMerkleRoot: true, keepWitness: true }));
    return JSON.stringify(x);
  }],
  ['a signature tampered (witness, merkle and proof of work redone)', 'block-rejected', 'bad-txns-bad-signature', () => {
    const x = parse();
    // b3: node-a's old block 3 (a leaf on both nodes now), paying w1 -> w3.
    const b3 = f.b.chain.tree.childrenOf(f.b.chain.entryAt(2)!.hash).find((h) => h !== f.b.chain.entryAt(3)!.hash)!;
    const b = blockOf(x, b3);
    const tx = b.txs[1]!;
    const sig = tx.inputs[0]!.signature;
    const forged = { ...tx, inputs: [{ ...tx.inputs[0]!, signature: sig.slice(0, 60) + (sig.slice(60, 62) === 'ff' ? '00' : 'ff') + sig.slice(62) }] };
    swapBlock(x, b3, remine({ header: b.header, txs: [b.txs[0]!, forged] }));
    return JSON.stringify(x);
  }],
  ['a coinbase paying itself one unit too many', 'block-rejected', 'bad-cb-amount', () => {
    const x = parse();
    const tip = f.a.chain.tip.hash;
    const b = blockOf(x, tip);
    const cb = b.txs[0]!;
    const greedy = createCoinbase(decodeCoinbaseScript(cb.inputs[0]!.script), [{ ...cb.outputs[0]!, amount: cb.outputs[0]!.amount + 1 }]);
    swapBlock(x, tip, remine({ header: b.header, txs: [greedy, ...b.txs.slice(1)] }));
    return JSON.stringify(x);
  }],
  ['a claimed tip that is not the most-work chain', 'tip-mismatch', undefined, () => { const x = parse(); x.nodes[1].tip = x.nodes[1].blocks[3]; return JSON.stringify(x); }],
  ['a UTXO claim that does not match the replay', 'utxo-mismatch', undefined, () => { const x = parse(); x.nodes[0].utxos[0].amount += 1; return JSON.stringify(x); }],
  ['a pool transaction listed twice', 'mempool-rejected', 'txn-already-in-mempool', () => { const x = parse(); x.nodes[0].mempool.push(x.nodes[0].mempool[0]); return JSON.stringify(x); }],
  ['a pool txid that is not the transaction\u2019s', 'txid-mismatch', undefined, () => { const x = parse(); x.nodes[0].mempool[0].txid = 'ee'.repeat(32); return JSON.stringify(x); }],
  ['a wallet whose key is another wallet\u2019s', 'bad-wallet', undefined, () => { const x = parse(); x.wallets[0].privateKey = x.wallets[1].privateKey; return JSON.stringify(x); }],
  ['a genesis not from the expected chain', 'foreign-chain', undefined, () => goodText],
];

describe('refused import files', () => {
  it('every case has its own code or reason', () => {
    const keys = cases.map(([, code, reason]) => `${code}/${reason ?? ''}`);
    expect(new Set(keys).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s -> %s %s', async (_name, code, reason, make) => {
    const store = await openIdbStore({ indexedDB: new IDBFactory() });
    await store.replaceAll(state);
    const before = stateFingerprint((await store.load()).state!);
    const options = code === 'foreign-chain' ? { expectedGenesis: '00'.repeat(32) } : {};
    const r = await importIntoStore(store, make(), options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe(code);
    expect(r.problem.reason).toBe(reason);
    expect(r.problem.message.length).toBeGreaterThan(20);
    if (process.env.SHOW_IMPORT_MESSAGES) console.log(`${code}: ${r.problem.message}`);
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });
});

// Found by the import fuzz with FAST_CHECK_RUNS=1000 to 30,000: each of these imported,
// silently changing what the file said (a misspelt "wallets" became a file of no
// wallets, a misspelt "seed" a wallet with none, a params name of "" or a blank node id).
const unsaid: [name: string, path: string, make: () => string][] = [
  ['a misspelt top-level key (" allets" for "wallets")', 'allets', () => {
    const { wallets, ...rest } = parse();
    return JSON.stringify({ ...rest, ' allets': wallets });
  }],
  ['a key a node does not have', 'nodes[0].colour', () => { const x = parse(); x.nodes[0].colour = 'red'; return JSON.stringify(x); }],
  ['a key a coin does not have', 'nodes[0].utxos[0].spent', () => { const x = parse(); x.nodes[0].utxos[0].spent = false; return JSON.stringify(x); }],
  ['a key a pool entry does not have', 'nodes[0].mempool[0].fee', () => { const x = parse(); x.nodes[0].mempool[0].fee = 1; return JSON.stringify(x); }],
  ['a key a block does not have', 'blocks[0].height', () => { const x = parse(); x.blocks[0].height = 0; return JSON.stringify(x); }],
  ['a misspelt wallet seed', 'wallets[0].sed', () => { const x = parse(); x.wallets[0].sed = x.wallets[0].seed; delete x.wallets[0].seed; return JSON.stringify(x); }],
  ['private keys announced but no wallets', 'wallets', () => { const x = parse(); delete x.wallets; return JSON.stringify(x); }],
  ['a node id of spaces', 'nodes[1].id', () => { const x = parse(); x.nodes[1].id = '   '; return JSON.stringify(x); }],
];

describe('import files that say something the format cannot', () => {
  it.each(unsaid)('%s is refused as bad-field at %s, and nothing changes', async (_name, path, make) => {
    const store = await openIdbStore({ indexedDB: new IDBFactory() });
    await store.replaceAll(state);
    const before = stateFingerprint((await store.load()).state!);
    const r = await importIntoStore(store, make());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('bad-field');
    expect(r.problem.path?.replace(/^ /, '')).toBe(path);
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });

  it.each([
    ['an empty chain name', (p: Record<string, unknown>) => ({ ...p, name: '' }), /name must be a text of 1 to 40 characters/],
    ['a parameter that does not exist', (p: Record<string, unknown>) => ({ ...p, blockReward: 5 }), /blockReward is not a consensus parameter/],
    ['an override with a field of its own', (p: Record<string, unknown>) => ({ ...p, overrides: [{ height: 5, reward: 1, colour: 'red' }] }), /colour is not a field of an override/],
    ['an override reward out of range', (p: Record<string, unknown>) => ({ ...p, overrides: [{ height: 5, reward: -1 }] }), /override reward at height 5/],
    ['override bits no target can have', (p: Record<string, unknown>) => ({ ...p, overrides: [{ height: 5, bits: 7 }] }), /override bits at height 5/],
  ])('params with %s are refused as bad-params, naming the field', (_name, change, message) => {
    const x = parse();
    x.params = change(x.params);
    const r = validateImport(JSON.stringify(x));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('bad-params');
    expect(r.problem.message).toMatch(message);
  });
});

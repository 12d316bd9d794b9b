/**
 * Round trips of every store, on both implementations of ChainStore (IndexedDB
 * through fake-indexeddb, and memory): the same calls must give the same state.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { Blockchain, blockHash, buildPayment, spendableCoins, txid, type Wallet } from '../core/index';
import { buildBlockOn, stateFingerprint as chainFingerprint } from '../core/testing';
import { createMemoryStore } from './memory-store';
import { openIdbStore } from './idb-store';
import { acceptStoredPool, nodeStateFromChain, restoreNodes } from './node-state';
import { indexedChain } from './start-nodes';
import { BlockShelf } from './block-shelf';
import { buildFixture, fixtureState, type NetworkFixture } from './testing/network-fixture';
import { nodeFingerprint, stateFingerprint } from './testing/compare';
import type { ChainStore, PersistedState } from './store';

const implementations: [string, () => Promise<ChainStore>][] = [
  ['indexeddb', () => openIdbStore({ indexedDB: new IDBFactory() })],
  ['memory', async () => createMemoryStore()],
];

let f: NetworkFixture;
let expected: PersistedState;
beforeAll(() => {
  f = buildFixture();
  expected = fixtureState(f);
});

/** Writes the fixture the way the app does: config, wallets, genesis-only nodes, then every delta. */
async function writeIncrementally(store: ChainStore): Promise<void> {
  await store.saveConfig({ params: f.params, network: expected.network, settings: expected.settings });
  await store.saveWallets(f.wallets);
  for (const n of f.initial) await store.saveNode(n);
  for (const { nodeId, delta } of f.deltas) await store.commitDelta(nodeId, delta);
}

describe.each(implementations)('%s store', (_name, open) => {
  it('loads nothing from an empty database', async () => {
    const store = await open();
    const r = await store.load();
    expect(r.state).toBeNull();
    expect(r.problems).toEqual([]);
  });

  it('commits every delta and loads the same chains, pools, wallets, config and settings', async () => {
    const store = await open();
    await writeIncrementally(store);
    const r = await store.load();
    expect(r.problems).toEqual([]);
    expect(stateFingerprint(r.state!)).toBe(stateFingerprint(expected));
    // The fixture exercised what matters: a reorg, an adopted orphan, a pool.
    expect(f.deltas.some((d) => d.delta.reorg)).toBe(true);
    expect(f.deltas.some((d) => d.delta.orphansAdopted.length > 0)).toBe(true);
    expect(r.state!.nodes.every((n) => n.mempool.length > 0)).toBe(true);
  });

  it('restores Blockchains equal to the live ones, with UTXO sets matching their blocks', async () => {
    const store = await open();
    await writeIncrementally(store);
    const { state } = await store.load();
    const { chains, problems } = restoreNodes(state!);
    expect(problems).toEqual([]);
    expect(chainFingerprint(chains.get('node-a')!)).toBe(chainFingerprint(f.a.chain));
    expect(chainFingerprint(chains.get('node-b')!)).toBe(chainFingerprint(f.b.chain));
    // Pool arrival times and order come back too (restore alone would stamp them with the load time).
    const times = (c: typeof f.a.chain) => c.mempool.entries().map((e) => [e.txid, e.time]);
    expect(times(chains.get('node-b')!)).toEqual(times(f.b.chain));
    expect(times(chains.get('node-a')!)).toEqual(times(f.a.chain));
  });

  it('writes a batch of deltas in one call with the same result', async () => {
    const store = await open();
    for (const n of f.initial) await store.saveNode(n);
    await store.saveConfig({ params: f.params });
    await store.commitDeltas(f.deltas);
    const { state } = await store.load();
    expect(state!.nodes.map(nodeFingerprint)).toEqual(expected.nodes.map(nodeFingerprint));
  });

  it('saves whole nodes and replaces them', async () => {
    const store = await open();
    await store.saveConfig({ params: f.params });
    for (const n of f.initial) await store.saveNode(n);
    for (const n of expected.nodes) await store.saveNode(n);
    const { state } = await store.load();
    expect(state!.nodes.map(nodeFingerprint)).toEqual(expected.nodes.map(nodeFingerprint));
  });

  it('keeps wallets in order with their labels and replaces the list', async () => {
    const store = await open();
    await store.saveConfig({ params: f.params });
    const renamed = [{ ...f.wallets[2]!, label: 'savings' }, f.wallets[0]!];
    await store.saveWallets(f.wallets);
    expect((await store.load()).state!.wallets).toEqual(f.wallets);
    await store.saveWallets(renamed);
    expect((await store.load()).state!.wallets).toEqual(renamed);
  });

  it('stores params, network config and settings as JSON copies', async () => {
    const store = await open();
    const network = { nodes: ['a', 'b'], rng: [1, 2, 3, 4], partitions: [], clock: 12.5 };
    await store.saveConfig({ params: f.params, network, settings: { speed: 4 } });
    network.nodes.push('mutated after saving');
    const { state } = await store.load();
    expect(state!.params).toEqual(f.params);
    expect(state!.network).toEqual({ nodes: ['a', 'b'], rng: [1, 2, 3, 4], partitions: [], clock: 12.5 });
    expect(state!.settings).toEqual({ speed: 4 });
    await expect(store.saveConfig({ network: { f: () => 1 } as never })).rejects.toThrow(/network\.f cannot be stored/);
    await expect(store.saveConfig({ params: { ...f.params, targetSpacing: 0 } })).rejects.toThrow(/targetSpacing/);
  });

  it('keeps the Learn progress record apart: saved as a copy, kept by a reset, refused when not an object', async () => {
    const store = await open();
    expect(await store.loadLearn()).toBeNull();
    const progress = { start: 'lessons', lesson: 'chain', done: { hashes: ['type'] } };
    await store.saveLearn(progress);
    progress.done.hashes.push('mutated after saving');
    expect(await store.loadLearn()).toEqual({ start: 'lessons', lesson: 'chain', done: { hashes: ['type'] } });
    await store.replaceAll(expected);
    expect(await store.loadLearn()).toEqual({ start: 'lessons', lesson: 'chain', done: { hashes: ['type'] } });
    expect(stateFingerprint((await store.load()).state!)).toEqual(stateFingerprint(expected));
    await expect(store.saveLearn([1] as never)).rejects.toThrow(/progress must be a JSON object/);
    await expect(store.saveLearn({ f: () => 1 } as never)).rejects.toThrow(/cannot be stored/);
  });

  it('deletes a node and only the blocks no other node uses', async () => {
    const store = await open();
    await writeIncrementally(store);
    await store.deleteNode('node-b');
    const { state, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(state!.nodes.map((n) => n.id)).toEqual(['node-a']);
    // node-a still has every block it shares with the deleted node-b.
    expect(nodeFingerprint(state!.nodes[0]!)).toEqual(nodeFingerprint(expected.nodes[0]!));
  });

  it('refuses a delta for a node that was never saved, and bad arguments, changing nothing', async () => {
    const store = await open();
    await writeIncrementally(store);
    const before = stateFingerprint((await store.load()).state!);
    await expect(store.commitDelta('node-x', f.deltas[0]!.delta)).rejects.toMatchObject({ code: 'unknown-node' });
    await expect(store.commitDelta('', f.deltas[0]!.delta)).rejects.toThrow(TypeError);
    await expect(store.commitDelta('node-a', { tip: 'x' } as never)).rejects.toThrow(/delta\.blocksAdded/);
    await expect(store.saveWallets([f.wallets[0]!, f.wallets[0]!])).rejects.toThrow(/repeats address/);
    expect(stateFingerprint((await store.load()).state!)).toBe(before);
  });

  it('forgets an orphan that its node adopted and then found invalid', async () => {
    // An orphan whose coinbase overpays: only connecting it shows that. Core drops it from the
    // tree and from blocksAdded, but does not list it in blocksRemoved (it was added in that delta).
    const genesis = f.a.chain.getBlock(f.a.chain.genesis.hash)!;
    const helper = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const node = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const b1 = buildBlockOn(helper, helper.tip.hash);
    helper.processBlock(b1);
    const b2 = buildBlockOn(helper, helper.tip.hash);
    helper.processBlock(b2);
    const bad3 = buildBlockOn(helper, blockHash(b2.header), { overpay: 1 });
    const store = await open();
    await store.saveConfig({ params: f.params });
    await store.saveNode(nodeStateFromChain('n', node));
    for (const b of [b1, bad3, b2]) await store.commitDelta('n', node.processBlock(b).delta);
    expect(node.tree.orphanBlocks()).toEqual([]);
    const { state, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(nodeFingerprint(state!.nodes[0]!)).toEqual(nodeFingerprint(nodeStateFromChain('n', node)));
  });

  it('stores the final state when one delta returns a transaction to the pool and confirms it again', async () => {
    // N is on G-1-A2 (A2 holds T). It hears C4 (orphan), B2 (side branch), then B3: it reorganises
    // to B2-B3 (T back in the pool) and adopts C4, which confirms T: one delta lists T both ways.
    const genesis = f.a.chain.getBlock(f.a.chain.genesis.hash)!;
    const [w0, w1] = f.wallets as [Wallet, Wallet];
    const helper = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const node = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const b1 = buildBlockOn(helper, helper.tip.hash);
    helper.processBlock(b1);
    const t = buildPayment({ from: w0, to: w1.address, amount: 1e8, fee: 0, coins: spendableCoins(helper, w0.address) }).tx;
    const a2 = buildBlockOn(helper, blockHash(b1.header), { txs: [t] });
    const b2 = buildBlockOn(helper, blockHash(b1.header), { miner: w1.address });
    helper.processBlock(b2);
    const b3 = buildBlockOn(helper, blockHash(b2.header));
    helper.processBlock(b3);
    const c4 = buildBlockOn(helper, blockHash(b3.header), { txs: [t] });
    const store = await open();
    await store.saveConfig({ params: f.params });
    await store.saveNode(nodeStateFromChain('n', node));
    const deltas = [b1, a2, c4, b2, b3].map((b) => node.processBlock(b).delta);
    const last = deltas[deltas.length - 1]!;
    expect(last.reorg).toBeDefined();
    expect(last.mempoolAdded.map((e) => e.txid)).toEqual([txid(t)]);
    expect(last.mempoolRemoved.map((r) => r.txid)).toEqual([txid(t)]);
    for (const d of deltas) await store.commitDelta('n', d);
    const { state, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(nodeFingerprint(state!.nodes[0]!)).toEqual(nodeFingerprint(nodeStateFromChain('n', node)));
    expect(restoreNodes(state!).problems).toEqual([]);
  });

  it('starts again with a pool child whose parent a reorg returned to the pool (stored child first)', async () => {
    // N confirms P in A2 and pools C, which spends P. B2-B3 win: P goes back to the pool, C stays.
    // The journal stores only the change (P comes in after C), so the stored pool is [C, P].
    const genesis = f.a.chain.getBlock(f.a.chain.genesis.hash)!;
    const [w0, w1, w2] = f.wallets as [Wallet, Wallet, Wallet];
    const helper = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const node = Blockchain.fromGenesis(f.params, genesis, { now: () => f.clock.now });
    const b1 = buildBlockOn(helper, helper.tip.hash);
    helper.processBlock(b1);
    const parent = buildPayment({ from: w0, to: w1.address, amount: 1e8, fee: 0, coins: spendableCoins(helper, w0.address) }).tx;
    const a2 = buildBlockOn(helper, blockHash(b1.header), { txs: [parent] });
    const b2 = buildBlockOn(helper, blockHash(b1.header), { miner: w2.address });
    helper.processBlock(b2);
    const b3 = buildBlockOn(helper, blockHash(b2.header));
    const store = await open();
    await store.saveConfig({ params: f.params });
    await store.saveNode(nodeStateFromChain('n', node));
    for (const b of [b1, a2]) await store.commitDelta('n', node.processBlock(b).delta);
    const fromParent = spendableCoins(node, w1.address).filter((c) => c.key.startsWith(txid(parent)));
    const child = buildPayment({ from: w1, to: w2.address, amount: 5e7, fee: 0, coins: fromParent }).tx;
    const accepted = node.acceptTransaction(child);
    expect(accepted.accepted).toBe(true);
    await store.commitDelta('n', accepted.delta);
    for (const b of [b2, b3]) await store.commitDelta('n', node.processBlock(b).delta);
    expect(node.tip.hash).toBe(blockHash(b3.header));
    expect(node.mempool.entries().map((e) => e.txid)).toEqual([txid(parent), txid(child)]);

    const { state, problems } = await store.load();
    expect(problems).toEqual([]);
    expect(state!.nodes[0]!.mempool.map((m) => txid(m.tx))).toEqual([txid(child), txid(parent)]);
    const restored = restoreNodes(state!);
    expect(restored.problems).toEqual([]);
    expect(restored.chains.get('n')!.mempool.entries().map((e) => e.txid)).toEqual([txid(parent), txid(child)]);
    // The start's path: the block index, then the stored pool accepted again.
    const indexed = await store.loadIndex();
    const chain = indexedChain(indexed.state!.params, indexed.state!.nodes[0]!, new BlockShelf());
    expect(acceptStoredPool(chain, 'n', indexed.state!.nodes[0]!.mempool)).toEqual([]);
    expect(chain.mempool.entries().map((e) => e.txid)).toEqual([txid(parent), txid(child)]);
  });

  it('replaces everything at once, optionally keeping the wallets', async () => {
    const store = await open();
    await writeIncrementally(store);
    const other = { ...expected, nodes: [expected.nodes[1]!], wallets: [f.wallets[3]!], settings: { imported: true } };
    await store.replaceAll(other, { keepWallets: true });
    let { state } = await store.load();
    expect(state!.nodes.map((n) => n.id)).toEqual(['node-b']);
    expect(state!.wallets).toEqual(f.wallets);
    expect(state!.settings).toEqual({ imported: true });
    await store.replaceAll(other);
    ({ state } = await store.load());
    expect(state!.wallets).toEqual([f.wallets[3]]);
  });
});

/**
 * The API over a whole app in Node: memory storage, in-process mining lanes,
 * a regtest-difficulty demo (the page uses the classroom difficulty and real workers).
 */
import { describe, expect, it } from 'vitest';
import { BITCOIN_PARAMS, COIN, REGTEST_PARAMS, type ConsensusParams } from '../core/index';
import { type ChainStore } from '../storage/index';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import bitcoin from '../core/fixtures/bitcoin-blocks.json';
import { regtestDemo } from '../app/testing';
import { craftInvalidBlock } from '../sim/index';
import { createPocketApi } from './pocket-api';
import { PocketApp } from '../app/pocket-app';
import { PocketError } from '../app/errors';
import type { PocketApi } from './types';

async function open(store: ChainStore = createMemoryStore(), canWrite?: () => boolean) {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  const app = await PocketApp.open({ store, pool, buildState: async (seed, params) => regtestDemo(seed, params), canWrite });
  return { app, api: createPocketApi(app), store, pool };
}

async function rejection(p: Promise<unknown>): Promise<PocketError> {
  try {
    await p;
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a rejection');
}

/** Runs the simulation until every message is delivered (virtual time only). */
function settle(app: PocketApp): void {
  app.nodes.network.runUntilIdle();
}

describe('first visit and reload', () => {
  it('builds and saves the seeded demo, and a reload brings back the same chains, pools and wallets', async () => {
    const { app, api, store } = await open();
    const nodes = await api.getNodes();
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    expect((await api.getWallets()).length).toBeGreaterThan(3);
    expect((await api.getBlocks()).length).toBeGreaterThan(5);
    await app.lifecycle.flush();
    const again = await open(store);
    expect(await again.api.getNodes()).toEqual(nodes);
    expect(await again.api.getPool()).toEqual(await api.getPool());
    expect(await again.api.getChainstate()).toEqual(await api.getChainstate());
    expect(again.app.lifecycle.problems).toEqual([]);
  });

  it('the same seed gives the same chain, byte for byte', async () => {
    const a = await open();
    const b = await open();
    expect(await a.api.getBlocks()).toEqual(await b.api.getBlocks());
    await a.api.resetSystem({ seed: 'another class' });
    expect((await a.api.getBlocks())[0]!.hash).not.toBe((await b.api.getBlocks())[0]!.hash);
  });

  it('a numeric seed is its decimal text: 7 and "7" give the same chain', async () => {
    const a = await open();
    const b = await open();
    await a.api.resetSystem({ seed: 7 });
    await b.api.resetSystem({ seed: '7' });
    expect(a.app.settings.current.seed).toBe('7');
    expect(await a.api.getBlocks()).toEqual(await b.api.getBlocks());
    await b.api.resetSystem({ seed: 8 });
    expect((await a.api.getBlocks())[0]!.hash).not.toBe((await b.api.getBlocks())[0]!.hash);
  });

  it.each<[string, unknown, string]>([
    ['empty text', '', 'empty text'],
    ['blank text', '   ', 'empty text'],
    ['NaN', Number.NaN, 'NaN'],
    ['an infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['an object', { seed: 'x' }, 'object'],
    ['null', null, 'null'],
    ['true', true, 'boolean'],
  ])('refuses %s as a seed, saying why, and changes nothing', async (_name, seed, why) => {
    const { app, api } = await open();
    const blocks = await api.getBlocks();
    const settings = app.settings.current;
    const err = await rejection(api.resetSystem({ seed: seed as string }));
    expect(err).toBeInstanceOf(PocketError);
    expect(err.code).toBe('bad-argument');
    expect(err.field).toBe('seed');
    expect(err.message).toContain(why);
    expect(await api.getBlocks()).toEqual(blocks);
    expect(app.settings.current).toBe(settings);
  });
});

describe('the original walkthrough through the API', () => {
  it('eight wallets, sends, blocks: balances 75, 22, 1, 0, 0, 0, 1, 1', async () => {
    const { api } = await open();
    const addresses: string[] = [];
    for (let i = 1; i <= 8; i++) addresses.push((await api.newWallet(`address${i}`)).address);
    const [a1, a2] = addresses as [string, string];
    // Clear the demo's pending payments into another wallet, then "init_system(address1)": a block paying address1.
    await api.mineBlock((await api.newWallet('flush')).address);
    await api.mineBlock(a1);
    expect(await api.getBalance(a1)).toBe(10 * COIN);
    const amounts = [3, 2, 1, 1, 1, 1, 1];
    for (let i = 0; i < 7; i++) {
      await api.send(a1, addresses[i + 1]!, amounts[i]! * COIN);
      await api.mineBlock(a1);
    }
    for (const a of addresses.slice(1)) await api.send(a, a1, COIN);
    expect((await api.getPool()).length).toBe(7);
    await api.mineBlock(a2, 2);
    await api.mineBlock(a2, 3);
    expect((await api.getPool()).length).toBe(2);
    const balances = await Promise.all(addresses.map((a) => api.getBalance(a)));
    expect(balances.map((b) => b / COIN)).toEqual([75, 22, 1, 0, 0, 0, 1, 1]);
  });
});

describe('sending: every bad entry is refused with its own reason and changes nothing', () => {
  it.each<[string, (api: PocketApi, from: string, to: string) => Promise<unknown>, string]>([
    ['an unknown sender', (api, _f, to) => api.send('1BoatSLRHtKNngkdXEeobR76b53LETtpyT', to, COIN), 'unknown-wallet'],
    ['a bad checksum', (api, f, to) => api.send(f, to.slice(0, -1) + (to.endsWith('a') ? 'b' : 'a'), COIN), 'bad-address-checksum'],
    ['a non-Base58 character', (api, f, to) => api.send(f, to.slice(0, -1) + '0', COIN), 'bad-address-char'],
    ['amount zero', (api, f, to) => api.send(f, to, 0), 'bad-amount'],
    ['a negative amount', (api, f, to) => api.send(f, to, -5), 'bad-amount'],
    ['a fractional unit', (api, f, to) => api.send(f, to, 1.5), 'bad-amount'],
    ['more than the balance', (api, f, to) => api.send(f, to, 10_000 * COIN), 'insufficient-funds'],
  ])('%s', async (_name, act, code) => {
    const { api } = await open();
    const wallets = await api.getWallets();
    const from = wallets.find((w) => w.balance.confirmed > COIN)!.address;
    const to = wallets.find((w) => w.address !== from)!.address;
    const pool = await api.getPool();
    const err = await rejection(act(api, from, to));
    expect(err).toBeInstanceOf(PocketError);
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(10);
    expect(await api.getPool()).toEqual(pool);
  });

  it('coins already being spent by the pool are not spent twice', async () => {
    const { api } = await open();
    const wallets = await api.getWallets();
    const rich = wallets.reduce((a, b) => (b.balance.total > a.balance.total ? b : a));
    const to = wallets.find((w) => w.address !== rich.address)!.address;
    const err = await rejection(api.send(rich.address, to, rich.balance.confirmed));
    // Some of its confirmed coins are locked by pool transactions (the demo leaves payments pending) or it pays fees.
    expect(['insufficient-funds']).toContain(err.code);
  });
});

describe('mining, difficulty, nodes', () => {
  it('a block mined by the pool is accepted, shows in the chain and pays the miner', async () => {
    const { api } = await open();
    const miner = (await api.newWallet('miner')).address;
    const before = (await api.getBlocks()).length;
    const r = await api.mineBlock(miner);
    const blocks = await api.getBlocks();
    expect(blocks.length).toBe(before + 1);
    expect(blocks.at(-1)!.hash).toBe(r.hash);
    expect(await api.getBalance(miner)).toBe(r.reward + r.fees);
    const stats = await api.getMiningStats();
    expect(stats.blocksFound).toBe(1);
    expect(stats.mining).toBe(false);
  });

  it("a node that sends its peers an invalid block shows in their getNodes() misbehaviour (peer, score, why) until the ban is lifted", async () => {
    const { api, app } = await open();
    expect((await api.getNodes()).every((n) => n.misbehavior.length === 0)).toBe(true);
    const liar = app.nodes.selected;
    const crafted = craftInvalidBlock(liar, 'coinbase-overpays', { minerAddress: (await api.newWallet()).address });
    const tip = liar.tip.hash;
    const peers = app.nodes.relayUnchecked(liar.id, crafted.value);
    expect(peers).toEqual(liar.peerList());
    settle(app);
    const nodes = await api.getNodes();
    for (const id of peers) {
      expect(nodes.find((n) => n.id === id)!.misbehavior).toEqual([
        { peer: liar.id, score: 100, bannedUntil: expect.any(Number), reasons: [expect.stringContaining(crafted.expectedCode)] },
      ]);
    }
    // The liar itself never checked nor kept it; nobody else scores anybody.
    expect(liar.tip.hash).toBe(tip);
    for (const n of nodes.filter((n) => !peers.includes(n.id))) expect(n.misbehavior).toEqual([]);
    app.nodes.liftBan(peers[0]!, liar.id);
    expect((await api.getNodes()).find((n) => n.id === peers[0])!.misbehavior).toEqual([]);
    expect(() => app.nodes.liftBan(peers[0]!, liar.id)).toThrow(/holds no score/);
  });

  it('setDifficulty changes the bits of the next block on every node', async () => {
    const { api, app } = await open();
    const { height } = await api.setDifficulty(0x2000ffff);
    const r = await api.mineBlock((await api.newWallet()).address);
    expect(r.height).toBe(height);
    expect((await api.getBlocks()).at(-1)!.header.bits).toBe(0x2000ffff);
    settle(app);
    for (const n of await api.getNodes()) expect(n.tip).toBe(r.hash);
    expect((await rejection(api.setDifficulty(0x2100ffff))).code).toBe('bad-argument'); // easier than the pow limit
  });

  it('a new node downloads the chain from its peer and survives a reload', async () => {
    const { api, app, store } = await open();
    const { id } = await api.addNode();
    settle(app);
    const nodes = await api.getNodes();
    expect(nodes.find((n) => n.id === id)!.tip).toBe(nodes[0]!.tip);
    await app.lifecycle.flush();
    const again = await open(store);
    expect((await again.api.getNodes()).find((n) => n.id === id)!.tip).toBe(nodes[0]!.tip);
  });

  it('partition, mine on both sides, heal: every node ends on the most-work branch', async () => {
    const { api, app } = await open();
    const ids = (await api.getNodes()).map((n) => n.id);
    app.nodes.partition([ids.slice(0, 2), ids.slice(2)]);
    const miner = (await api.newWallet()).address;
    await api.selectNode(ids[0]!);
    await api.mineBlock(miner);
    await api.selectNode(ids[2]!);
    await api.mineBlock(miner);
    await api.mineBlock(miner);
    settle(app);
    expect(new Set((await api.getNodes()).map((n) => n.tip)).size).toBe(2);
    app.nodes.heal();
    settle(app);
    const tips = new Set((await api.getNodes()).map((n) => n.tip));
    expect(tips.size).toBe(1);
    const resolved = await api.resolveConflicts(ids[0]!);
    expect(resolved.replaced).toBe(false);
  });

  it('the clock runs from the start unless the saved settings say paused', async () => {
    const { app } = await open();
    expect(app.clock.paused).toBe(false);
    const t = app.nodes.network.now();
    app.clock.tick(250);
    expect(app.nodes.network.now()).toBe(t + 250);
    app.clock.setPaused(true);
    app.clock.tick(250);
    expect(app.nodes.network.now()).toBe(t + 250);
  });

  it('setMiner gives a node a miner for network mining, refuses bad entries changing nothing, and removes it', async () => {
    const { api, app } = await open();
    const { id } = await api.addNode();
    const address = (await api.getWallets())[0]!.address;
    expect((await api.getNodes()).find((n) => n.id === id)!.hashShare).toBe(0);
    app.mining.setMiner(id, { address, hashShare: 0.5 });
    expect((await api.getNodes()).find((n) => n.id === id)!.hashShare).toBe(0.5);
    expect(app.nodes.network.node(id).miner?.address).toBe(address);
    const refused = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return e as PocketError;
      }
      throw new Error('expected a refusal');
    };
    expect(refused(() => app.mining.setMiner(id, { address: 'not-an-address', hashShare: 1 })).field).toBe('address');
    expect(refused(() => app.mining.setMiner(id, { address, hashShare: 0 })).field).toBe('hashShare');
    expect(refused(() => app.mining.setMiner(id, { address, hashShare: Number.NaN })).field).toBe('hashShare');
    expect(refused(() => app.mining.setMiner('nope', { address, hashShare: 1 })).code).toBe('unknown-node');
    expect(app.nodes.network.node(id).miner).toEqual({ address, hashShare: 0.5 });
    app.mining.setMiner(id, null);
    expect(app.nodes.network.node(id).miner).toBeUndefined();
  });

  it('registerNodes and unknown ids', async () => {
    const { api } = await open();
    const { id } = await api.addNode();
    const peers = (await api.registerNodes(id, [(await api.getNodes())[1]!.id])).peers;
    expect(peers.length).toBe(2);
    expect((await rejection(api.registerNodes('nope', []))).code).toBe('unknown-node');
    expect((await rejection(api.selectNode('nope'))).code).toBe('unknown-node');
  });
});

describe('tools', () => {
  it('inspectHeader reads the Bitcoin genesis header', async () => {
    const { api } = await open();
    const g = bitcoin.blocks[0]!;
    const h = await api.inspectHeader(g.headerHex!);
    expect(h).toMatchObject({ hash: g.hash, merkleRoot: g.merkleRoot, nonce: g.nonce, bits: g.bits, validPow: true, work: '4295032833' });
    expect((await rejection(api.inspectHeader('00ff'))).field).toBe('hex');
  });
  it('merkleRoot of block 100000, and a proof from the selected node that verifies', async () => {
    const { api } = await open();
    const b = bitcoin.blocks[1]!;
    expect(await api.merkleRoot(b.txids)).toBe(b.merkleRoot);
    const block = (await api.getBlocks()).find((x) => x.txs.length > 2)!;
    const proof = await api.merkleProof(block.hash, block.txs[1]!.txid);
    expect(proof.root).toBe(block.header.merkleRoot);
    expect(await api.verifyMerkleProof(proof)).toBe(true);
    expect(await api.verifyMerkleProof({ ...proof, index: proof.index ^ 1 })).toBe(false);
  });
  it('submitBlock refuses garbage and a tampered block with their reason codes, changing nothing', async () => {
    const { api, app } = await open();
    const nodeId = (await api.getNodes())[0]!.id;
    expect(await api.submitBlock(nodeId, 'zz')).toMatchObject({ accepted: false, code: 'bad-encoding' });
    const tipBefore = (await api.getNodes())[0]!.tip;
    const node = app.nodes.network.node(nodeId);
    const tpl = node.blockTemplate({ minerAddress: app.wallets.list[0]!.address });
    const bad = { ...tpl.block, header: { ...tpl.block.header, nonce: 1 } };
    const { blockToHex } = await import('../core/index');
    const r = await api.submitBlock(nodeId, blockToHex(bad));
    expect(r.accepted).toBe(false);
    expect(['high-hash', 'bad-txnmrklroot']).toContain(r.code ?? '');
    expect((await api.getNodes())[0]!.tip).toBe(tipBefore);
  });
});

/** A block's hex with another header nonce (bytes 76-79): another block. */
const otherNonce = (hex: string) => hex.slice(0, 152) + (hex.slice(152, 160) === 'ffffffff' ? '00000000' : 'ffffffff') + hex.slice(160);

describe('export, import, read-only', () => {
  it('export -> import gives the same state; a tampered file is refused and changes nothing', async () => {
    const { api } = await open();
    const text = await api.exportState({ includeWallets: true });
    const blocks = await api.getBlocks();
    await api.mineBlock((await api.newWallet()).address);
    const tampered = text.replace(/"nonce": ?\d+/, '"nonce": 7');
    const err = await rejection(api.importState(tampered.includes('"nonce"') ? tampered : text.slice(0, 100)));
    expect(err.code).toBe('import-invalid');
    expect((await api.getBlocks()).length).toBe(blocks.length + 1);
    const result = await api.importState(text);
    expect(result.nodes).toBeGreaterThan(0);
    expect(await api.getBlocks()).toEqual(blocks);
  });
  it.each<[string, (network: Record<string, unknown>) => unknown, RegExp]>([
    ['no network section (null)', () => null, /network/],
    ['a network section of another version', (n) => ({ ...n, version: 99 }), /version/],
    ['a network config without the nodes of the file', (n) => ({ ...n, nodes: (n.nodes as unknown[]).slice(1) }), /node-1/],
    ['a network config with a node the file lacks', (n) => ({ ...n, nodes: [...(n.nodes as unknown[]), { id: 'ghost', label: 'Ghost', peers: [], miner: null }] }), /ghost/],
    ['a network whose genesis is not the nodes\' genesis', (n) => ({ ...n, genesisHex: otherNonce(n.genesisHex as string) }), /genesis/],
  ])('an export file with %s is refused (import-invalid) and changes nothing', async (_name, mutate, says) => {
    const { api, app, store } = await open();
    const file = JSON.parse(await api.exportState({ includeWallets: true })) as Record<string, unknown>;
    await api.mineBlock((await api.newWallet('after export')).address);
    const blocks = await api.getBlocks();
    const nodes = await api.getNodes();
    const wallets = await api.getWallets();
    await app.lifecycle.flush();
    const stored = await store.load();
    const err = await rejection(api.importState(JSON.stringify({ ...file, network: mutate(file.network as Record<string, unknown>) })));
    expect(err).toBeInstanceOf(PocketError);
    expect(err.code).toBe('import-invalid');
    expect(err.message).toMatch(/network/);
    expect(err.message).toMatch(says);
    expect(await api.getBlocks()).toEqual(blocks);
    expect(await api.getNodes()).toEqual(nodes);
    expect(await api.getWallets()).toEqual(wallets);
    expect(app.guard.reason).toBeNull();
    expect(await store.load()).toEqual(stored);
  });

  it('a tab that may not write refuses every change with read-only', async () => {
    let writer = true;
    const { api } = await open(createMemoryStore(), () => writer);
    const w = (await api.getWallets())[0]!;
    writer = false;
    expect((await rejection(api.send(w.address, w.address, 1))).code).toBe('read-only');
    expect((await rejection(api.newWallet())).code).toBe('read-only');
    expect((await rejection(api.mineBlock(w.address))).code).toBe('read-only');
    expect((await api.getWallets()).length).toBeGreaterThan(0);
  });
});

describe('a new chain with other consensus parameters (reset with params)', () => {
  const custom: ConsensusParams = Object.freeze({ ...REGTEST_PARAMS, name: 'custom', initialReward: 25 * COIN, halvingInterval: 5, maxBlockSize: 50_000 });

  it('builds the seeded demo with the params, saves them, and a reset with the seed alone keeps them', async () => {
    const { api, app, store } = await open();
    await app.lifecycle.reset('new class', custom);
    expect(app.rules.params).toMatchObject({ initialReward: 25 * COIN, halvingInterval: 5, maxBlockSize: 50_000, overrides: [] });
    const blocks = await api.getBlocks();
    // Heights 0-4 pay 25 coins, 5-9 pay 12.5 (the halving interval is 5).
    const subsidy = (h: number) => blocks[h]!.txs[0]!.outputs.reduce((s, o) => s + o.amount, 0) - blocks[h]!.txs.slice(1).reduce((s, t) => s + (t.fee ?? 0), 0);
    expect(subsidy(1)).toBe(25 * COIN);
    expect(subsidy(6)).toBe(12.5 * COIN);
    await app.lifecycle.flush();
    const again = await open(store);
    expect(again.app.rules.params).toEqual(app.rules.params);
    expect(await again.api.getBlocks()).toEqual(blocks);
    // The original reset_system: the same seed (params kept) gives the same chain.
    await app.lifecycle.reset('new class');
    expect(app.rules.params).toEqual(custom);
    expect(await api.getBlocks()).toEqual(blocks);
  });

  it("drops the teacher's overrides when the seed alone is reset", async () => {
    const { api, app } = await open();
    await api.setDifficulty(0x2000ffff);
    expect(app.rules.params.overrides.length).toBe(1);
    await app.lifecycle.reset('pocket-chain');
    expect(app.rules.params).toEqual(REGTEST_PARAMS);
  });

  it.each<[string, Partial<ConsensusParams>, string]>([
    ['a negative reward', { initialReward: -1 }, 'initialReward'],
    ['a spacing of 0 s', { targetSpacing: 0 }, 'targetSpacing'],
    ['a fractional maturity', { coinbaseMaturity: 1.5 }, 'coinbaseMaturity'],
    ['a block size below 1000 bytes', { maxBlockSize: 999 }, 'maxBlockSize'],
    ["Bitcoin's genesis difficulty (years of hashing in a browser)", { powLimitBits: BITCOIN_PARAMS.powLimitBits, genesisBits: BITCOIN_PARAMS.genesisBits }, 'genesisBits'],
    ['a genesis easier than the proof-of-work limit', { powLimitBits: 0x1f00ffff, genesisBits: 0x207fffff }, 'genesisBits'],
  ])('refuses %s, naming the field, and changes nothing', async (_name, patch, field) => {
    const { api, app } = await open();
    const blocks = await api.getBlocks();
    const params = app.rules.params;
    const err = await rejection(app.lifecycle.reset('other', { ...custom, ...patch }));
    expect(err).toBeInstanceOf(PocketError);
    expect(err.code).toBe('bad-argument');
    expect(err.field).toBe(field);
    expect(err.message).toContain(field === 'genesisBits' ? 'genesis difficulty' : field);
    expect(app.rules.params).toBe(params);
    expect(await api.getBlocks()).toEqual(blocks);
  });

  it('hands the worker a plain copy of params that came from reactive UI state (a Proxy cannot be posted)', async () => {
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    // Like postMessage to the tasks worker: the params must survive structured cloning.
    const buildState = async (seed: string, params?: ConsensusParams) => regtestDemo(seed, params ? structuredClone(params) : undefined);
    const app = await PocketApp.open({ store: createMemoryStore(), pool, buildState });
    await app.lifecycle.reset('proxied', new Proxy({ ...custom }, {}));
    expect(app.rules.params).toEqual(custom);
  });

  it('a reset in a read-only tab is refused', async () => {
    let writer = true;
    const { app } = await open(createMemoryStore(), () => writer);
    writer = false;
    expect((await rejection(app.lifecycle.reset('x', custom))).code).toBe('read-only');
  });
});

describe('simulated mining and fast-forward (easy targets on the main thread, real ones in the workers)', () => {
  const CLASSROOM_BITS = 0x1f00ffff; // about 65,537 hashes per block

  it('is possible on the regtest demo, and at the classroom difficulty too: the workers search each proof while virtual time holds', async () => {
    const { app } = await open();
    expect(app.simulation.check()).toEqual({ ok: true });
    app.rules.setDifficulty(CLASSROOM_BITS);
    // Too hard for the main thread, but the app's worker pool proves it.
    expect(app.simulation.check()).toEqual({ ok: true });
    expect(app.simulation.checkLive()).toEqual({ ok: true });
    const net = app.nodes.network;
    const t = net.now();
    const block = (await app.simulation.step())!;
    expect(block).not.toBeNull();
    expect(block.time).toBeGreaterThan(t);
    expect(net.node(block.nodeId).tip.hash).toBe(block.hash);
    expect(net.node(block.nodeId).tip.header.bits).toBe(CLASSROOM_BITS);
    const r = await app.simulation.fastForward(2);
    expect(r).toMatchObject({ blocks: 2 });
    expect(r.stopped).toBeUndefined();
    expect(net.autoMining).toBe(false);
    expect(net.outsideProof.pending).toBeNull();
    // Without the workers (none attached: every proof inline), the same target is refused with the reason, changing nothing.
    net.outsideProof.setOutside(null);
    const check = app.simulation.check();
    expect(check.ok).toBe(false);
    expect(check.reason).toBe(
      'At this difficulty each block needs about 65,537 hashes: mine with the workers in the Mining panel, or create a Simulation chain in Settings to fast-forward.',
    );
    const now = net.now();
    const heights = net.nodes().map((n) => n.height);
    const err = await rejection(app.simulation.step());
    expect(err.code).toBe('bad-argument');
    expect(err.message).toBe(check.reason);
    expect((await rejection(app.simulation.fastForward(10))).message).toBe(check.reason);
    expect(net.autoMining).toBe(false);
    expect(net.now()).toBe(now);
    expect(net.nodes().map((n) => n.height)).toEqual(heights);
  }, 60_000);

  it('needs a node with a miner', async () => {
    const { app } = await open();
    for (const n of app.nodes.network.nodes()) app.mining.setMiner(n.id, null);
    const check = app.simulation.check();
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(/^No node has a miner/);
    expect(refusal(() => app.simulation.setEnabled(true)).message).toBe(check.reason);
    expect(app.nodes.network.autoMining).toBe(false);
  });

  it('setSimulatedMining switches the Poisson miners on and off, saved with the network; bad values are refused', async () => {
    const { app, store } = await open();
    expect(refusal(() => app.simulation.setEnabled('yes' as unknown as boolean)).field).toBe('on');
    app.simulation.setEnabled(true);
    expect(app.nodes.network.autoMining).toBe(true);
    expect(app.nodes.network.nextBlockAt).not.toBeNull();
    // Playing the clock now finds blocks: a minute of virtual time at a 10 s spacing.
    const height = app.nodes.selected.height;
    app.clock.setSpeed(100);
    for (let i = 0; i < 4; i++) app.clock.tick(250);
    expect(app.nodes.selected.height).toBeGreaterThan(height);
    await app.lifecycle.flush();
    expect((await open(store)).app.nodes.network.autoMining).toBe(true);
    app.simulation.setEnabled(false);
    await app.lifecycle.flush();
    expect((await open(store)).app.nodes.network.autoMining).toBe(false);
  });

  it('at a difficulty too hard for the main thread the miners keep running: the clock waits while the workers find each proof', async () => {
    const { app } = await open();
    app.simulation.setEnabled(true);
    app.rules.setDifficulty(CLASSROOM_BITS);
    expect(app.nodes.network.autoMining).toBe(true);
    const net = app.nodes.network;
    const found: number[] = [];
    net.on('block-found', (e) => found.push(e.height));
    app.clock.setSpeed(100);
    while (!app.mining.proofs.pending) app.clock.tick(250);
    // Held: ticks move no virtual time until the proof arrives.
    const heldAt = net.now();
    app.clock.tick(1000);
    expect(net.now()).toBe(heldAt);
    expect(found).toEqual([]);
    await app.mining.proofs.idle();
    expect(app.mining.proofs.pending).toBe(false);
    expect(found).toHaveLength(1);
    const finder = net.nodes().find((n) => n.height === found[0])!;
    expect(finder.tip.header.bits).toBe(CLASSROOM_BITS);
    app.clock.tick(1000);
    expect(net.now()).toBeGreaterThan(heldAt);
  }, 60_000);

  it('stepBlock runs events up to the next simulated block, found by a node with a miner, and leaves the miners as they were', async () => {
    const { app } = await open();
    const before = new Map(app.nodes.network.nodes().map((n) => [n.id, n.height]));
    const t = app.nodes.network.now();
    const block = (await app.simulation.step())!;
    expect(app.nodes.network.node(block.nodeId).miner).toBeDefined();
    expect(block.height).toBe(before.get(block.nodeId)! + 1);
    expect(app.nodes.network.node(block.nodeId).tip.hash).toBe(block.hash);
    expect(block.time).toBeGreaterThan(t);
    expect(app.nodes.network.now()).toBe(block.time);
    expect(app.nodes.network.autoMining).toBe(false);
  });

  it('fastForward refuses a bad number of blocks, naming it, and changes nothing', async () => {
    const { app } = await open();
    const t = app.nodes.network.now();
    for (const bad of [0, -1, 1.5, 1001, Number.NaN, '5' as unknown as number]) {
      const err = await rejection(app.simulation.fastForward(bad));
      expect(err.code).toBe('bad-argument');
      expect(err.field).toBe('blocks');
      expect(err.message).toBe('The number of blocks must be a whole number from 1 to 1000.');
    }
    expect(app.nodes.network.now()).toBe(t);
  });

  it('fastForward(30): every node rises by about 30 blocks, in slices with progress; the result matches the statistics', async () => {
    const { app, store } = await open();
    const before = app.nodes.network.stats();
    const heights = new Map(app.nodes.network.nodes().map((n) => [n.id, n.height]));
    const progress: number[] = [];
    const run = app.simulation.fastForward(30, { onProgress: (done) => progress.push(done) });
    expect(app.simulation.fastForwarding).toBe(true);
    expect((await rejection(app.simulation.fastForward(5))).code).toBe('mining-busy');
    const t = app.nodes.network.now();
    app.clock.tick(250); // the clock's timer waits while the run owns virtual time
    expect(app.nodes.network.now()).toBe(t);
    const result = await run;
    const after = app.nodes.network.stats();
    expect(result).toEqual({
      blocks: 30,
      seconds: Math.round((after.time - before.time) / 1000),
      stale: after.network.staleBlocks - before.network.staleBlocks,
      reorgs: after.network.reorgs - before.network.reorgs,
    });
    // 30 blocks at a 10 s mean spacing: far from 0 s and from an hour.
    expect(result.seconds).toBeGreaterThan(60);
    expect(result.seconds).toBeLessThan(1200);
    expect(progress.length).toBeGreaterThanOrEqual(6); // at most 5 blocks per slice
    expect(progress.at(-1)).toBe(30);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(app.simulation.fastForwarding).toBe(false);
    settle(app);
    for (const n of app.nodes.network.nodes()) {
      expect(n.height - heights.get(n.id)!).toBeGreaterThanOrEqual(30 - result.stale);
      expect(n.tip.hash).toBe(app.nodes.selected.tip.hash);
    }
    // Switched on for the run only, and saved that way.
    expect(app.nodes.network.autoMining).toBe(false);
    await app.lifecycle.flush();
    expect((await open(store)).app.nodes.network.autoMining).toBe(false);
  });

  it('with long link delays blocks go stale and nodes reorg; the same seed replays the same fast-forward', async () => {
    const a = await open();
    const b = await open();
    for (const { app } of [a, b]) app.nodes.setLatency(4000, 0, 0);
    const ra = await a.app.simulation.fastForward(25);
    const rb = await b.app.simulation.fastForward(25);
    expect(ra).toEqual(rb);
    expect(a.app.nodes.selected.tip.hash).toBe(b.app.nodes.selected.tip.hash);
    expect(ra.stale).toBeGreaterThan(0);
    expect(ra.reorgs).toBeGreaterThan(0);
  });

  it('stops when asked, after the current slice', async () => {
    const { app } = await open();
    const stop = new AbortController();
    const result = await app.simulation.fastForward(100, { signal: stop.signal, onProgress: () => stop.abort() });
    expect(result.stopped).toBe('You stopped it.');
    expect(result.blocks).toBeGreaterThan(0);
    expect(result.blocks).toBeLessThanOrEqual(5);
  });

  it('a tab that may not write refuses every simulated-mining change with read-only', async () => {
    let writer = true;
    const { app } = await open(createMemoryStore(), () => writer);
    writer = false;
    expect(refusal(() => app.simulation.setEnabled(true)).code).toBe('read-only');
    expect((await rejection(app.simulation.step())).code).toBe('read-only');
    expect((await rejection(app.simulation.fastForward(5))).code).toBe('read-only');
    expect(app.nodes.network.autoMining).toBe(false);
  });
});

function refusal(f: () => unknown): PocketError {
  try {
    f();
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a refusal');
}

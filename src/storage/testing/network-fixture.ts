/**
 * A small seeded two-node network for the storage tests (not used by the app):
 * payments, a pool, a reorg on one node, an orphan adopted on the other. Every
 * operation's ChainDelta is recorded in order, so a test can commit them and
 * compare the store with the live chains. Same seed, same chains.
 */
import {
  Blockchain,
  COIN,
  REGTEST_PARAMS,
  blockHash,
  buildPayment,
  createGenesisBlock,
  spendableCoins,
  type Block,
  type BlockResult,
  type ConsensusParams,
  type Transaction,
  type Wallet,
} from '../../core/index';
import { TEST_EPOCH, buildBlockOn, makeWallets } from '../../core/testing';
import { nodeStateFromChain } from '../node-state';
import type { NodeDelta, NodeState, PersistedState } from '../store';

export class FixtureNode {
  constructor(
    readonly id: string,
    readonly chain: Blockchain,
    private readonly log: NodeDelta[],
  ) {}

  process(block: Block): BlockResult {
    const r = this.chain.processBlock(block);
    this.log.push({ nodeId: this.id, delta: r.delta });
    if (r.status === 'rejected') throw new Error(`fixture block refused on ${this.id}: ${r.code} ${r.message}`);
    return r;
  }

  submit(tx: Transaction): void {
    const r = this.chain.acceptTransaction(tx);
    this.log.push({ nodeId: this.id, delta: r.delta });
    if (!r.accepted) throw new Error(`fixture tx refused on ${this.id}: ${r.code} ${r.message}`);
  }
}

export interface NetworkFixture {
  readonly params: ConsensusParams;
  readonly wallets: Wallet[];
  readonly clock: { now: number };
  readonly a: FixtureNode;
  readonly b: FixtureNode;
  /** Both nodes as they were before any delta (genesis only). */
  readonly initial: NodeState[];
  /** Every delta, in the order it happened. */
  readonly deltas: NodeDelta[];
}

/** A block with the pool's transactions of `node` on `parent` (default: its tip). */
export function mineOn(node: FixtureNode, clock: { now: number }, o: { parent?: string; miner?: string; withPool?: boolean } = {}): Block {
  const chain = node.chain;
  const parent = chain.tree.get(o.parent ?? chain.tip.hash)!;
  const entries = o.withPool === false ? [] : chain.mempool.selectForBlock(chain.params.maxBlockSize - 1000);
  clock.now = Math.max(clock.now, parent.header.time + chain.params.targetSpacing);
  return buildBlockOn(chain, parent.hash, {
    txs: entries.map((e) => e.tx),
    fees: entries.reduce((s, e) => s + e.fee, 0),
    miner: o.miner,
    time: parent.header.time + chain.params.targetSpacing,
  });
}

export function pay(node: FixtureNode, from: Wallet, to: Wallet, coins: number, fee = 0): Transaction {
  return buildPayment({ from, to: to.address, amount: coins * COIN, fee, coins: spendableCoins(node.chain, from.address) }).tx;
}

export function buildFixture(seed = 'storage-fixture', params: ConsensusParams = REGTEST_PARAMS): NetworkFixture {
  const wallets = makeWallets(4, seed);
  const [w0, w1, w2, w3] = wallets as [Wallet, Wallet, Wallet, Wallet];
  const clock = { now: TEST_EPOCH };
  const genesis = createGenesisBlock(params, w0.address, TEST_EPOCH);
  const deltas: NodeDelta[] = [];
  const a = new FixtureNode('node-a', Blockchain.fromGenesis(params, genesis, { now: () => clock.now }), deltas);
  const b = new FixtureNode('node-b', Blockchain.fromGenesis(params, genesis, { now: () => clock.now }), deltas);
  const initial = [nodeStateFromChain(a.id, a.chain), nodeStateFromChain(b.id, b.chain)];

  // A pays and mines; B follows.
  for (const [to, coins] of [[w1, 3], [w2, 2]] as const) {
    a.submit(pay(a, w0, to, coins, 1000));
    const block = mineOn(a, clock, { miner: w0.address });
    a.process(block);
    b.process(block);
  }
  // A third block on both, holding w1 -> w3.
  const t3 = pay(a, w1, w3, 1, 500);
  a.submit(t3);
  b.submit(t3);
  const b3 = mineOn(a, clock, { miner: w2.address });
  a.process(b3);
  b.process(b3);

  // B mines a longer branch from height 2 without t3: B reorgs, t3 returns to B's pool.
  const fork = b3.header.prevHash;
  const f3 = mineOn(b, clock, { parent: fork, miner: w3.address, withPool: false });
  b.process(f3);
  const f4 = mineOn(b, clock, { parent: blockHash(f3.header), miner: w3.address, withPool: false });
  b.process(f4);

  // A hears f4 before f3: f4 waits as an orphan, f3 adopts it and A reorgs too.
  a.process(f4);
  a.process(f3);

  // Pool transactions left unconfirmed on both nodes.
  a.submit(pay(a, w2, w0, 1, 2000));
  b.submit(pay(b, w0, w1, 2, 1500));
  return { params, wallets, clock, a, b, initial, deltas };
}

/** The fixture as a whole state (both nodes live, wallets, a network config, settings). */
export function fixtureState(f: NetworkFixture): PersistedState {
  return {
    params: f.params,
    nodes: [nodeStateFromChain(f.a.id, f.a.chain), nodeStateFromChain(f.b.id, f.b.chain)],
    wallets: f.wallets,
    network: { nodes: [f.a.id, f.b.id], links: [[f.a.id, f.b.id, { latencyMs: 80 }]], seed: 7, clock: f.clock.now },
    settings: { theme: 'light', speed: 2 },
  };
}

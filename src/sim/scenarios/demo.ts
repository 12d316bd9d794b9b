/**
 * The demo network the app opens with: four nodes (a ring with one chord),
 * four of them mining with different hash shares, six seeded wallets, about a
 * dozen blocks of history with payments between the wallets, and a few
 * payments still waiting in the pool. Everything follows from the seed: the
 * same seed gives the same wallets, blocks and pool, byte for byte.
 *
 * Difficulty: the history is mined at the params' real target, so the default
 * is REGTEST_PARAMS (target 0x207fffff: about two hashes per block, the whole
 * demo builds in well under a second in Node). CLASSROOM_PARAMS would cost
 * about 65,000 hashes per block (seconds for the history); pass it only if
 * that is wanted.
 */
import { COIN, REGTEST_PARAMS, buildPayment, createWallet, spendableCoins, type ConsensusParams, type Wallet } from '../../core/index';
import { Network } from '../network';
import { SeededRng } from '../rng';
import type { LinkSettings } from '../links';
import { demoWalletSeed } from './demo-wallet-seed';

export const DEMO_WALLET_LABELS = ['Alice', 'Bob', 'Carol', 'Dave', 'Erin', 'Frank'] as const;


/** Node id, label, the wallet its miner pays (index into the wallets) and its hash share. */
export const DEMO_NODES = [
  { id: 'node-1', label: 'Node A', wallet: 0, hashShare: 0.4 },
  { id: 'node-2', label: 'Node B', wallet: 1, hashShare: 0.3 },
  { id: 'node-3', label: 'Node C', wallet: 2, hashShare: 0.2 },
  { id: 'node-4', label: 'Node D', wallet: 3, hashShare: 0.1 },
] as const;

/** Ring 1-2-3-4-1 plus the chord 1-3. */
export const DEMO_LINKS: readonly (readonly [string, string])[] = [
  ['node-1', 'node-2'],
  ['node-2', 'node-3'],
  ['node-3', 'node-4'],
  ['node-4', 'node-1'],
  ['node-1', 'node-3'],
];

export const DEMO_EPOCH = 1_700_000_000;

export interface DemoOptions {
  readonly seed?: string;
  readonly params?: ConsensusParams;
  /** Blocks of history after genesis (default 12). */
  readonly blocks?: number;
  /** Payments left in the pool at the end (default 3). */
  readonly pendingPayments?: number;
  readonly links?: Partial<LinkSettings>;
}

export interface DemoNetwork {
  readonly network: Network;
  readonly wallets: readonly Wallet[];
  readonly seed: string;
}

export function createDemoNetwork(o: DemoOptions = {}): DemoNetwork {
  const seed = o.seed ?? 'pocket-chain';
  if (typeof seed !== 'string') throw new TypeError('seed must be a string');
  const params = o.params ?? REGTEST_PARAMS;
  const blocks = o.blocks ?? 12;
  const pendingPayments = o.pendingPayments ?? 3;
  if (!Number.isSafeInteger(blocks) || blocks < 0 || blocks > 1000) throw new RangeError('blocks must be an integer from 0 to 1000');
  if (!Number.isSafeInteger(pendingPayments) || pendingPayments < 0 || pendingPayments > 100) throw new RangeError('pendingPayments must be an integer from 0 to 100');

  const rng = SeededRng.fromSeed(seed, 'demo');
  const wallets = DEMO_WALLET_LABELS.map((label, index) => createWallet({ label, seed: demoWalletSeed(seed), index, addressVersion: params.addressVersion }));
  const network = new Network({
    params,
    seed,
    genesisAddress: wallets[0]!.address,
    epochSeconds: DEMO_EPOCH,
    links: o.links ?? { latencyMs: 150, jitterMs: 100, loss: 0 },
  });
  for (const n of DEMO_NODES) network.addNode({ id: n.id, label: n.label, miner: { address: wallets[n.wallet]!.address, hashShare: n.hashShare } });
  for (const [a, b] of DEMO_LINKS) network.registerPeers(a, b);
  network.runUntilIdle();

  const pay = () => {
    const view = network.node('node-1').chain;
    const rich = wallets.filter((w) => spendableCoins(view, w.address).reduce((s, c) => s + c.coin.amount, 0) >= 2 * COIN);
    if (rich.length === 0) return;
    const from = rng.pick(rich);
    const to = rng.pick(wallets.filter((w) => w !== from));
    const coins = spendableCoins(view, from.address);
    const fee = 1_000 * (1 + rng.int(10));
    const available = coins.reduce((s, c) => s + c.coin.amount, 0) - fee;
    const amount = Math.min((1 + rng.int(4)) * (COIN / 2), available);
    const { tx } = buildPayment({ from, to: to.address, amount, fee, coins, addressVersion: params.addressVersion });
    const r = network.submitTransaction(rng.pick(DEMO_NODES).id, tx);
    if (!r.accepted) throw new Error(`demo payment refused: ${r.code} ${r.message}`);
    network.runUntilIdle();
  };

  for (let i = 0; i < blocks; i++) {
    const payments = rng.int(3);
    for (let p = 0; p < payments; p++) pay();
    network.advance(params.targetSpacing * 1000);
    const finder = rng.pickWeighted(DEMO_NODES, (n) => n.hashShare);
    network.mine(finder.id);
    network.runUntilIdle();
  }
  for (let p = 0; p < pendingPayments; p++) pay();
  return { network, wallets, seed };
}

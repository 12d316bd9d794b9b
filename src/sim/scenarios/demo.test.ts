import { describe, expect, it } from 'vitest';
import { COIN, balanceOf, blockToHex, buildPayment, spendableCoins, type Wallet } from '../../core/index';
import { createDemoNetwork, DEMO_NODES } from './demo';
import { Network } from '../network';
import { REGTEST_PARAMS, createWallet } from '../../core/index';

describe('createDemoNetwork', () => {
  it('builds four synchronised nodes with history, payments and a pool, from the seed', () => {
    const { network, wallets } = createDemoNetwork({ seed: 'class-7' });
    const nodes = network.nodes();
    expect(nodes.map((n) => n.id)).toEqual(DEMO_NODES.map((n) => n.id));
    expect(wallets).toHaveLength(6);
    const tips = new Set(nodes.map((n) => n.tip.hash));
    expect(tips.size).toBe(1);
    expect(nodes[0]!.height).toBe(12);
    const txsInHistory = nodes[0]!.chain.activeEntries().reduce((s, e) => s + e.txCount - 1, 0);
    expect(txsInHistory).toBeGreaterThan(3);
    for (const n of nodes) {
      expect(n.pending()).toHaveLength(3);
      expect(n.chain.verifyUtxoSet().ok).toBe(true);
    }
    // Coins are spread across wallets, not only the miners.
    expect(wallets.filter((w) => balanceOf(nodes[0]!.chain, w.address).total > 0).length).toBeGreaterThanOrEqual(4);
    expect(network.autoMining).toBe(false);
  });

  it('is deterministic: same seed, same bytes; other seed, other chain', () => {
    const hex = (seed: string) => {
      const n = createDemoNetwork({ seed }).network.node('node-1');
      return n.chain.activeEntries().map((e) => blockToHex(n.chain.getBlock(e.hash)!));
    };
    expect(hex('a')).toEqual(hex('a'));
    expect(hex('a').at(-1)).not.toBe(hex('b').at(-1));
  });
});

describe('the original pocket-blockchain walkthrough, through a node', () => {
  it('eight wallets, sends and blocks give balances 75, 22, 1, 0, 0, 0, 1, 1 on every node', () => {
    const wallets: Wallet[] = Array.from({ length: 8 }, (_, i) => createWallet({ label: `address${i + 1}`, seed: 'walkthrough', index: i }));
    const [a1, a2] = wallets as [Wallet, Wallet];
    // init_system(address1): the genesis block pays 10 coins to address1.
    const net = new Network({ params: REGTEST_PARAMS, seed: 'walkthrough', genesisAddress: a1.address, links: { latencyMs: 50, jitterMs: 0 } });
    net.addNode({ id: 'node', peers: [] });
    net.addNode({ id: 'peer', peers: ['node'] });
    net.runUntilIdle();
    const node = net.node('node');
    const send = (from: Wallet, to: Wallet, coins: number) => {
      const { tx } = buildPayment({ from, to: to.address, amount: coins * COIN, fee: 0, coins: spendableCoins(node.chain, from.address) });
      expect(net.submitTransaction('node', tx)).toMatchObject({ accepted: true });
    };
    const mine = (miner: Wallet, maxTxs?: number) => {
      net.advance(10_000);
      expect(net.mine('node', { minerAddress: miner.address, maxTxs }).result.status).toBe('active');
      net.runUntilIdle();
    };
    const amounts = [3, 2, 1, 1, 1, 1, 1];
    wallets.slice(1).forEach((w, i) => {
      send(a1, w, amounts[i]!);
      mine(a1);
    });
    for (const w of wallets.slice(1)) send(w, a1, 1);
    net.runUntilIdle();
    expect(net.node('peer').pending()).toHaveLength(7);
    mine(a2, 2);
    mine(a2, 3);
    expect(net.node('node').pending()).toHaveLength(2);
    for (const id of ['node', 'peer']) {
      const chain = net.node(id).chain;
      expect(wallets.map((w) => balanceOf(chain, w.address).confirmed / COIN)).toEqual([75, 22, 1, 0, 0, 0, 1, 1]);
      expect(net.getChain(id)).toMatchObject({ length: 10, height: 9 });
    }
  });
});

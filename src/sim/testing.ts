/**
 * Helpers for the simulation's tests (not exported from index.ts): small
 * networks, funded wallets, state fingerprints and chain snapshots.
 */
import {
  COIN, REGTEST_PARAMS, blockToHex, buildPayment, createWallet, spendableCoins,
  type Blockchain, type ChainSnapshot, type Transaction, type Wallet,
} from '../core/index';
import { Network } from './network';
import type { NetworkOptions } from './network-types';
import type { SimNode } from './sim-node';

export function wallets(seed: string, n: number): Wallet[] {
  return Array.from({ length: n }, (_, index) => createWallet({ seed, index, label: `w${index}` }));
}

/** Nodes with the given ids, linked in a line (a-b-c...), genesis paying w[0]; miners pay w[i] when `mining`. */
export function lineNetwork(
  ids: readonly string[],
  o: { seed?: string; links?: NetworkOptions['links']; blockRelay?: NetworkOptions['blockRelay']; mining?: boolean; link?: boolean } = {},
): { net: Network; w: Wallet[] } {
  const seed = o.seed ?? 'test';
  const w = wallets(seed, Math.max(ids.length, 4));
  const net = new Network({ params: REGTEST_PARAMS, seed, genesisAddress: w[0]!.address, links: o.links ?? { latencyMs: 100, jitterMs: 0, loss: 0 }, blockRelay: o.blockRelay });
  ids.forEach((id, i) => net.addNode({ id, miner: o.mining === false ? null : { address: w[i]!.address, hashShare: 1 } }));
  if (o.link !== false) for (let i = 1; i < ids.length; i++) net.registerPeers(ids[i - 1]!, ids[i]!);
  net.runUntilIdle();
  return { net, w };
}

/** A payment from `from` (coins as seen by `node`), optionally from given coins only. */
export function payment(node: SimNode, from: Wallet, to: Wallet, coins: number, o: { fee?: number; only?: ReturnType<typeof spendableCoins> } = {}): Transaction {
  return buildPayment({ from, to: to.address, amount: coins * COIN, fee: o.fee ?? 0, coins: o.only ?? spendableCoins(node.chain, from.address) }).tx;
}

/** Everything a node's consensus state is: tip, UTXO set, pool. */
export function fingerprint(node: SimNode): { tip: string; height: number; utxos: string; mempool: string[]; blocks: number } {
  return {
    tip: node.tip.hash,
    height: node.height,
    utxos: JSON.stringify(node.chain.utxos.toSortedArray()),
    mempool: node.chain.mempool.entries().map((e) => e.txid),
    blocks: node.chain.tree.size,
  };
}

/** The active chain as block hex, genesis first: a byte-for-byte comparison. */
export function activeChainHex(node: SimNode): string[] {
  return node.chain.activeEntries().map((e) => blockToHex(node.chain.getBlock(e.hash)!));
}

/** What storage would hold for a node (see core's ChainSnapshot). */
export function snapshotOf(chain: Blockchain): ChainSnapshot {
  const entries = [...chain.tree.all()].sort((a, b) => a.height - b.height);
  return {
    blocks: entries.map((e) => chain.getBlock(e.hash)!),
    orphans: chain.tree.orphanBlocks(),
    tip: chain.tip.hash,
    utxos: chain.utxos.toSortedArray(),
    undo: new Map(chain.activeEntries().map((e) => [e.hash, chain.getUndo(e.hash)!])),
    mempool: chain.mempool.entries().map((e) => ({ tx: e.tx, time: e.time })),
  };
}

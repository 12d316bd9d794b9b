/**
 * For the app services' tests: a 13-block chain with payments (so 13 bodies
 * to read and replay), saved in a fresh memory store as nodes of the given ids.
 */
import { COIN } from '../core/index';
import { TestChain } from '../core/testing';
import { nodeStateFromChain, type ChainStore } from '../storage/index';
import { createMemoryStore } from '../storage/memory-store';

export function chainWithPayments(): TestChain {
  const t = new TestChain();
  for (let i = 0; i < 4; i++) t.mine({ miner: t.wallets[i]!.address });
  for (let round = 0; round < 8; round++) {
    t.send(round % 4, (round + 1) % 4, COIN / 4, 500);
    t.minePool(t.wallets[round % 4]!.address);
  }
  return t;
}

export async function storeChain(t: TestChain, nodeIds: readonly string[]): Promise<ChainStore> {
  const store = createMemoryStore();
  await store.saveConfig({ params: t.params });
  for (const id of nodeIds) await store.saveNode(nodeStateFromChain(id, t.chain));
  return store;
}

/**
 * The whole network's block tree: every block any node knows, one record per
 * hash, with every node's tip marked. Unlike one node's tree it shows both
 * sides of a partition at once. The "active" row is the most-work chain any
 * node has (first node wins a tie, like first seen); every other branch,
 * including one that nodes on the far side of a partition still follow, is
 * drawn as a branch below it with those nodes' tip badges. Orphans (a node's
 * blocks whose parent it lacks) stay in that node's own tree.
 */
import type { Blockchain } from '../../core/index';
import { defaultMinerOf, type MinerOf } from './adapters';
import type { ChainViewBlock } from './chain-layout';

export interface NetworkTreeNode {
  /** The name its tip badge shows. */
  readonly name: string;
  readonly chain: Blockchain;
}

export function networkViewBlocks(nodes: readonly NetworkTreeNode[], minerOf: MinerOf = defaultMinerOf): ChainViewBlock[] {
  if (!Array.isArray(nodes)) throw new TypeError('nodes must be a list of { name, chain }');
  const tipOf = new Map<string, string[]>();
  for (const n of nodes) {
    const list = tipOf.get(n.chain.tip.hash) ?? [];
    list.push(n.name);
    tipOf.set(n.chain.tip.hash, list);
  }
  let best: Blockchain | null = null;
  for (const n of nodes) if (!best || n.chain.tip.chainWork > best.tip.chainWork) best = n.chain;
  const out = new Map<string, ChainViewBlock>();
  for (const n of nodes) {
    for (const e of n.chain.tree.all()) {
      if (out.has(e.hash)) continue;
      const active = best!.isActive(e.hash);
      out.set(e.hash, {
        hash: e.hash,
        parent: e.parent?.hash ?? null,
        height: e.height,
        txCount: e.txCount,
        miner: minerOf(e.minedBy),
        status: active ? 'active' : 'stale',
        tipOf: tipOf.get(e.hash) ?? [],
        time: e.header.time,
      });
    }
  }
  return [...out.values()];
}

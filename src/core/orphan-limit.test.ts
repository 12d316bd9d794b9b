/** Orphan blocks (parent unknown) are bounded per node: a flood of them evicts the oldest. */
import { describe, expect, it } from 'vitest';
import { Blockchain } from './chain';
import { TestChain } from './testing';
import { MAX_ORPHANS } from './block-tree';
import { blockHash } from './header';
import type { Block } from './block';

describe('orphan block limit', () => {
  it('keeps at most maxOrphanBlocks, evicting the oldest and reporting each eviction in the delta', () => {
    const source = new TestChain();
    const blocks: Block[] = [];
    for (let i = 0; i < 13; i++) blocks.push(source.mine());
    // A node that has only genesis: every block after the first has an unknown parent.
    const genesis = source.chain.getBlock(source.chain.genesis.hash)!;
    const node = Blockchain.fromGenesis(source.params, genesis, { now: () => source.clock, maxOrphanBlocks: 5 });
    const evicted: string[] = [];
    for (const b of blocks.slice(1)) {
      const r = node.processBlock(b);
      expect(r.status).toBe('orphan');
      evicted.push(...r.delta.blocksRemoved);
      expect(node.tree.orphanBlocks().length).toBeLessThanOrEqual(5);
    }
    const hashes = blocks.slice(1).map((b) => blockHash(b.header));
    expect(evicted).toEqual(hashes.slice(0, 7));
    expect(node.tree.orphanBlocks().map((b) => blockHash(b.header))).toEqual(hashes.slice(7));
    // The kept orphans are adopted once their chain connects again.
    node.processBlock(blocks[0]!);
    expect(node.height).toBe(1);
  });

  it('defaults to MAX_ORPHANS and refuses a limit that is not a whole number', () => {
    const t = new TestChain();
    expect(MAX_ORPHANS).toBe(200);
    const genesis = t.chain.getBlock(t.chain.genesis.hash)!;
    expect(() => Blockchain.fromGenesis(t.params, genesis, { maxOrphanBlocks: 1.5 })).toThrow(/maxOrphans must be an integer/);
  });
});

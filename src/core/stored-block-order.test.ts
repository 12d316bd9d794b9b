import { describe, expect, it } from 'vitest';
import { TestChain } from './testing';
import { blockHash } from './header';
import { blocksParentFirst } from './stored-block-order';

/** Genesis, 1, 2a, 3a, and a side branch 2b off 1. */
function blocks() {
  const t = new TestChain();
  const b1 = t.mine();
  const b2a = t.mine();
  const b3a = t.mine();
  const b2b = t.mine({ parent: blockHash(b1.header), miner: t.wallets[1]!.address });
  const genesis = t.chain.getBlock(t.chain.genesis.hash)!;
  return { genesis, b1, b2a, b3a, b2b };
}
const hashes = (list: readonly { header: Parameters<typeof blockHash>[0] }[]) => list.map((b) => blockHash(b.header));

describe('stored blocks, parents first', () => {
  it('puts the genesis first and every block after its parent, whatever the stored order', () => {
    const { genesis, b1, b2a, b3a, b2b } = blocks();
    const order = hashes(blocksParentFirst([b3a, b2b, b2a, genesis, b1]));
    expect(order[0]).toBe(blockHash(genesis.header));
    for (const b of [b1, b2a, b3a, b2b]) expect(order.indexOf(blockHash(b.header))).toBeGreaterThan(order.indexOf(b.header.prevHash));
    expect(order).toHaveLength(5);
  });

  it('refuses blocks with two roots, naming the second, and blocks with none', () => {
    const { genesis, b1, b2a, b3a } = blocks();
    expect(() => blocksParentFirst([genesis, b1, b3a])).toThrow(`stored block ${blockHash(b3a.header)} has no stored parent`);
    expect(() => blocksParentFirst([])).toThrow('stored blocks contain no genesis block');
    expect(blocksParentFirst([b2a, b1, genesis]).map((b) => b.header.prevHash)[0]).toBe(genesis.header.prevHash);
  });
});

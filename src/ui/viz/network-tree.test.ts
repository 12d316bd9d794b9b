import { describe, expect, it } from 'vitest';
import { Blockchain, REGTEST_PARAMS, createBlockTemplate, createGenesisBlock, createWallet, mineTemplate, type Block } from '../../core/index';
import { layoutChain } from './chain-layout';
import { networkViewBlocks } from './network-tree';

/** Three nodes sharing a genesis and one block, then split: A mines one block, C mines two. */
function partitioned() {
  let clock = 1_700_000_000;
  const now = () => clock;
  const wallet = createWallet({ label: 'miner', seed: 'network-tree', index: 0 });
  const genesis = createGenesisBlock(REGTEST_PARAMS, wallet.address, clock);
  const [a, b, c] = [0, 1, 2].map(() => Blockchain.fromGenesis(REGTEST_PARAMS, genesis, { now }));
  const mine = (chain: Blockchain, message: string): Block => {
    clock += 10;
    const block = mineTemplate(createBlockTemplate(chain, { minerAddress: wallet.address, message }))!.block;
    chain.processBlock(block);
    return block;
  };
  const shared = mine(a!, 'shared');
  b!.processBlock(shared);
  c!.processBlock(shared);
  mine(a!, 'A side');
  b!.processBlock(a!.getBlock(a!.tip.hash)!);
  mine(c!, 'C side 1');
  mine(c!, 'C side 2');
  return { a: a!, b: b!, c: c! };
}

describe('networkViewBlocks', () => {
  it('shows both sides of a partition: the most-work branch active, the other below it, every tip marked', () => {
    const { a, b, c } = partitioned();
    const blocks = networkViewBlocks([
      { name: 'Node A', chain: a },
      { name: 'Node B', chain: b },
      { name: 'Node C', chain: c },
    ]);
    const byHash = new Map(blocks.map((x) => [x.hash, x]));
    expect(blocks).toHaveLength(1 + 1 + 1 + 2);
    expect(byHash.get(c.tip.hash)).toMatchObject({ status: 'active', tipOf: ['Node C'], height: 3 });
    expect(byHash.get(a.tip.hash)).toMatchObject({ status: 'stale', tipOf: ['Node A', 'Node B'], height: 2 });
    expect(blocks.filter((x) => x.status === 'active').map((x) => x.height)).toEqual([0, 1, 2, 3]);
    // ChainView can draw it: one active row, the other side on a lane below, both tips present.
    const layout = layoutChain(blocks);
    expect(layout.tip?.hash).toBe(c.tip.hash);
    const aBox = layout.boxes.find((x) => x.hash === a.tip.hash)!;
    expect(aBox.row).toBeGreaterThan(0);
  });

  it('after the heal every node is on one tip and nothing is left on a side branch but the lost block', () => {
    const { a, b, c } = partitioned();
    for (const chain of [a, b]) for (let h = 2; h <= 3; h++) chain.processBlock(c.getBlock(c.entryAt(h)!.hash)!);
    const blocks = networkViewBlocks([
      { name: 'Node A', chain: a },
      { name: 'Node B', chain: b },
      { name: 'Node C', chain: c },
    ]);
    expect(blocks.find((x) => x.hash === c.tip.hash)!.tipOf).toEqual(['Node A', 'Node B', 'Node C']);
    expect(blocks.filter((x) => x.status === 'stale')).toHaveLength(1);
  });

  it('refuses something that is not a list', () => {
    expect(() => networkViewBlocks(null as never)).toThrow(/nodes must be a list/);
  });
});

/**
 * The chain the explorer's check tests read core's reports from: a block with
 * a payment (fee 1,000 units) on the active chain, and a side block off
 * height 1 whose inputs a node does not check.
 */
import { COIN, type Block } from '../../../core/index';
import { TestChain, buildBlockOn } from '../../../core/testing';

export function paidAndSideBlocks(): { readonly t: TestChain; readonly paid: Block; readonly side: Block } {
  const t = new TestChain();
  t.mine();
  t.send(0, 1, 2 * COIN, 1000);
  const paid = t.minePool();
  t.mine();
  const side = buildBlockOn(t.chain, t.chain.entryAt(1)!.hash, { message: 'side' });
  t.chain.processBlock(side);
  return { t, paid, side };
}

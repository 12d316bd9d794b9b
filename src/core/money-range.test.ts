/**
 * Sums of money stay in Bitcoin's range (MoneyRange): a block whose fees add up
 * beyond MAX_MONEY is invalid (Core's bad-txns-accumulated-fee-outofrange), and
 * the miner's own template never builds one. Reachable here with a teacher's huge
 * reward and no halving.
 */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';
import { MAX_MONEY } from './amount';
import { REGTEST_PARAMS } from './params';
import { createBlockTemplate } from './block-template';
import { mineTemplate } from './miner';

const HUGE = { ...REGTEST_PARAMS, initialReward: MAX_MONEY, halvingInterval: 0, coinbaseMaturity: 0 };

/** Two coins of MAX_MONEY each for wallet 0, and two payments of one unit each spending one of them (fee MAX_MONEY - 1). */
function setup() {
  const t = new TestChain(HUGE, 3);
  t.mine();
  t.mine();
  const a = t.payment(0, 1, 1, MAX_MONEY - 1);
  t.chain.acceptTransaction(a);
  const b = t.payment(0, 2, 1, MAX_MONEY - 1);
  t.chain.acceptTransaction(b);
  expect(t.chain.mempool.size).toBe(2);
  return { t, a, b };
}

describe('money range of accumulated fees', () => {
  it('a block whose fees add up beyond MAX_MONEY is refused with bad-txns-accumulated-fee-outofrange', () => {
    const { t, a, b } = setup();
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [a, b], fees: 0 });
    const before = stateFingerprint(t.chain);
    expect(t.chain.processBlock(block)).toMatchObject({
      status: 'rejected',
      code: 'bad-txns-accumulated-fee-outofrange',
      message: expect.stringContaining(`(fees reach ${2 * (MAX_MONEY - 1)} by transaction 2)`),
    });
    expect(stateFingerprint(t.chain)).toBe(before);
  });

  it("the miner's template takes only the transactions whose fees stay in range, and its coinbase claims at most MAX_MONEY", () => {
    const { t } = setup();
    const template = createBlockTemplate(t.chain, { minerAddress: t.wallets[2]!.address, time: t.clock + 600 });
    expect(template.block.txs).toHaveLength(2); // the coinbase and one of the two payments
    expect(template.block.txs[0]!.outputs[0]!.amount).toBe(MAX_MONEY);
    t.clock += 600;
    const mined = mineTemplate(template)!;
    expect(t.chain.processBlock(mined.block).status).toBe('active');
  });
});

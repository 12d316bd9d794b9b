/** The explorer's checklist: all green for a valid block, the right checks red for tampered copies. */
import { describe, expect, it } from 'vitest';
import { TestChain } from './testing';
import { blockReport, coinsFromUndo, type BlockCheck } from './block-report';
import { COIN } from './amount';
import { hashOfBlock, type Block } from './block';

function setup() {
  const t = new TestChain();
  t.mine();
  t.send(0, 1, 2 * COIN, 1000);
  const block = t.minePool();
  const entry = t.chain.tree.get(hashOfBlock(block))!;
  const ctx = { params: t.params, parent: entry.parent, coinsBefore: coinsFromUndo(t.chain.getUndo(entry.hash)!.spent), now: t.clock };
  return { t, block, ctx };
}

const failed = (checks: BlockCheck[]) => checks.filter((c) => !c.passed).map((c) => `${c.id}:${c.code}`);

describe('blockReport', () => {
  it('lists every check passing for a valid active block', () => {
    const { block, ctx } = setup();
    const checks = blockReport(block, ctx);
    expect(failed(checks)).toEqual([]);
    expect(checks.map((c) => c.id)).toEqual(expect.arrayContaining(['pow', 'merkle-root', 'bits', 'time-mtp', 'tx-1-signatures', 'coinbase-amount']));
    expect(checks.find((c) => c.id === 'coinbase-amount')!.detail).toMatch(/fees 0.00001/);
  });
  it.each<[string, (b: Block) => Block, string[]]>([
    ['an output amount raised', (b) => ({ ...b, txs: [b.txs[0]!, { ...b.txs[1]!, outputs: [{ ...b.txs[1]!.outputs[0]!, amount: 50 * COIN }, ...b.txs[1]!.outputs.slice(1)] }] }),
      ['merkle-root:bad-txnmrklroot', 'witness:bad-witness-merkle-match', 'tx-1-amounts:bad-txns-in-belowout', 'tx-1-signatures:bad-txns-bad-signature']],
    ['the nonce changed', (b) => ({ ...b, header: { ...b.header, nonce: b.header.nonce + 1 } }), []],
    ['the time moved back', (b) => ({ ...b, header: { ...b.header, time: 1 } }), ['time-mtp:time-too-old']],
  ])('a copy with %s fails exactly the checks it breaks', (_name, tamper, expected) => {
    const { block, ctx } = setup();
    const checks = blockReport(tamper(block), ctx);
    const fails = failed(checks).filter((f) => !f.startsWith('pow:'));
    expect(fails).toEqual(expected);
  });
  it('a changed header almost always breaks the proof of work too', () => {
    const { block, ctx } = setup();
    let broken = 0;
    for (let n = 1; n <= 20; n++) {
      const checks = blockReport({ ...block, header: { ...block.header, nonce: block.header.nonce + n, bits: 0x1f00ffff } }, ctx);
      if (!checks.find((c) => c.id === 'pow')!.passed) broken++;
    }
    expect(broken).toBeGreaterThan(15);
  });
  it('says when the coins are not at hand (side branch) instead of guessing', () => {
    const { block, ctx } = setup();
    const checks = blockReport(block, { ...ctx, coinsBefore: undefined });
    expect(checks.at(-1)!.id).toBe('inputs');
    expect(checks.at(-1)!.passed).toBe(false);
  });
});

/**
 * connectBlock and disconnectBlock called directly: the detail of each
 * refusal, signatures checked unless the caller says it trusts them (a replay
 * of its own blocks), and undo data that does not fit the block refused.
 */
import { describe, expect, it } from 'vitest';
import { COIN } from './amount';
import { connectBlock, disconnectBlock } from './connect';
import { isValidationError } from './errors';
import { buildBlockOn, TestChain } from './testing';
import { outpointKey, totalOutput } from './transaction';
import { blockSubsidy } from './params';
import { UtxoView } from './utxo-set';
import type { Block } from './block';

function setup(): TestChain {
  const t = new TestChain();
  for (let i = 0; i < 3; i++) t.mine();
  return t;
}

/** What connecting `block` on the tip says: its code and detail, or 'ok'. */
function connectVerdict(t: TestChain, block: Block, verifySignatures?: boolean): { code: string; detail?: string } | 'ok' {
  const view = new UtxoView(t.chain.utxos);
  try {
    if (verifySignatures === undefined) connectBlock(view, block, t.chain.height + 1, t.params);
    else connectBlock(view, block, t.chain.height + 1, t.params, verifySignatures);
    return 'ok';
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return { code: e.code, detail: e.detail };
  }
}

describe('connectBlock names what is wrong', () => {
  it('names the transaction that spends a coin of the block again', () => {
    const t = setup();
    const first = t.payment(0, 1, COIN);
    const again = t.payment(0, 2, COIN);
    const key = outpointKey(again.inputs[0]!.prevTxid, again.inputs[0]!.vout);
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [first, again] });
    expect(connectVerdict(t, block)).toEqual({ code: 'bad-txns-inputs-spent-in-block', detail: `transaction 2 spends ${key.slice(0, 16)}… again` });
  });
  it('names the child placed before its parent', () => {
    const t = setup();
    const parent = t.send(0, 1, 5 * COIN);
    const child = t.payment(1, 2, COIN);
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [child, parent] });
    expect(connectVerdict(t, block)).toEqual({ code: 'bad-txns-ordering', detail: 'transaction 1 spends an output of transaction 2' });
  });
  it('says what the coinbase claims and what it was allowed', () => {
    const t = setup();
    const tx = t.payment(0, 1, COIN, 700);
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [tx], fees: 700, overpay: 1 });
    const subsidy = blockSubsidy(t.chain.height + 1, t.params);
    expect(totalOutput(block.txs[0]!)).toBe(subsidy + 701);
    expect(connectVerdict(t, block)).toEqual({ code: 'bad-cb-amount', detail: `pays ${subsidy + 701}, allowed ${subsidy} + fees 700` });
  });
});

describe('signatures', () => {
  /** A block whose payment carries the signature of another payment. */
  function badSignatureBlock(t: TestChain): Block {
    const tx = t.payment(0, 1, COIN);
    const other = t.payment(0, 2, COIN);
    return buildBlockOn(t.chain, t.chain.tip.hash, { txs: [{ ...tx, inputs: [{ ...tx.inputs[0]!, signature: other.inputs[0]!.signature }] }] });
  }
  it('are checked unless the caller says otherwise', () => {
    const t = setup();
    expect(connectVerdict(t, badSignatureBlock(t))).toMatchObject({ code: 'bad-txns-bad-signature' });
    expect(connectVerdict(t, badSignatureBlock(t), true)).toMatchObject({ code: 'bad-txns-bad-signature' });
  });
  it('are not checked by a caller replaying blocks it already validated', () => {
    const t = setup();
    expect(connectVerdict(t, badSignatureBlock(t), false)).toBe('ok');
  });
});

describe('disconnectBlock', () => {
  /** The tip block (a payment in it) and its undo data. */
  function tipWithUndo() {
    const t = setup();
    t.send(0, 1, COIN);
    const block = t.minePool();
    const undo = t.chain.getUndo(t.chain.tip.hash)!;
    expect(undo.spent.length).toBeGreaterThan(0);
    return { t, block, undo };
  }
  it('restores exactly the coins the block spent', () => {
    const { t, block, undo } = tipWithUndo();
    const view = new UtxoView(t.chain.utxos);
    disconnectBlock(view, block, undo);
    for (const [key, coin] of undo.spent) expect(view.getCoin(key)).toEqual(coin);
    for (const tx of block.txs.slice(1)) for (const input of tx.inputs) expect(view.getCoin(outpointKey(input.prevTxid, input.vout))).toBeDefined();
  });
  it('refuses undo data with a coin too few', () => {
    const { t, block, undo } = tipWithUndo();
    expect(() => disconnectBlock(new UtxoView(t.chain.utxos), block, { spent: undo.spent.slice(1) })).toThrow(new Error('undo data does not match the block'));
  });
  it('refuses undo data with a coin too many', () => {
    const { t, block, undo } = tipWithUndo();
    expect(() => disconnectBlock(new UtxoView(t.chain.utxos), block, { spent: [undo.spent[0]!, ...undo.spent] })).toThrow(new Error('undo data does not match the block'));
  });
});

/**
 * The remembered verdicts (verdict-cache.ts): a frozen block or transaction
 * that passed is passed again at once, but only under the same params or
 * against the same coins; an object that can still change is checked every
 * time, and a refusal is never remembered.
 */
import { describe, expect, it } from 'vitest';
import { COIN } from './amount';
import type { Block } from './block';
import { checkBlock } from './block-check';
import { isValidationError } from './errors';
import { buildBlockOn, TestChain } from './testing';
import { outpointKey, type Transaction } from './transaction';
import { checkSignatures } from './tx-inputs';
import type { Coin } from './utxo-set';
import { blockCheckedUnder, isFrozenBlock, signaturesVerified } from './verdict-cache';

/** Freezes a block or transaction all the way down, as the simulated network does before relaying it. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** A deep copy that can still change. */
const thawed = <T>(value: T): T => structuredClone(value);

function code(check: () => void): string {
  try {
    check();
    return 'ok';
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return e.code;
  }
}

function blockWithPayment(): { t: TestChain; block: Block; tx: Transaction; spent: Coin[] } {
  const t = new TestChain();
  for (let i = 0; i < 3; i++) t.mine();
  const tx = t.payment(0, 1, COIN);
  const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [tx] });
  const spent = tx.inputs.map((i) => t.chain.utxos.getCoin(outpointKey(i.prevTxid, i.vout))!);
  return { t, block, tx, spent };
}

describe('checked blocks (Core: CBlock::fChecked)', () => {
  it('remembers a frozen block that passed, under the params it passed under only', () => {
    const { t, block } = blockWithPayment();
    deepFreeze(block);
    expect(isFrozenBlock(block)).toBe(true);
    expect(blockCheckedUnder(block, t.params)).toBe(false);
    expect(code(() => checkBlock(block, t.params))).toBe('ok');
    expect(blockCheckedUnder(block, t.params)).toBe(true);
    // A teacher's smaller block size limit is new params: the same block is checked again, and refused.
    const small = { ...t.params, maxBlockSize: 200 };
    expect(blockCheckedUnder(block, small)).toBe(false);
    expect(code(() => checkBlock(block, small))).toBe('bad-blk-length');
    expect(code(() => checkBlock(block, small))).toBe('bad-blk-length');
    expect(code(() => checkBlock(block, t.params))).toBe('ok');
  });

  it('checks a block that can still change every time: a merkle root changed after it passed is refused', () => {
    const { t, block } = blockWithPayment();
    const open = thawed(block);
    expect(code(() => checkBlock(open, t.params))).toBe('ok');
    expect(blockCheckedUnder(open, t.params)).toBe(false);
    (open.header as { merkleRoot: string }).merkleRoot = 'ab'.repeat(32);
    expect(code(() => checkBlock(open, t.params))).not.toBe('ok');
  });

  it('does not remember a block frozen only on the surface', () => {
    const { t, block } = blockWithPayment();
    const surface = Object.freeze(thawed(block));
    expect(isFrozenBlock(surface)).toBe(false);
    expect(code(() => checkBlock(surface, t.params))).toBe('ok');
    expect(blockCheckedUnder(surface, t.params)).toBe(false);
  });

  it('never remembers a refusal: a frozen bad block is refused with its reason every time', () => {
    const { t, block } = blockWithPayment();
    const bad = deepFreeze({ ...thawed(block), txs: [] });
    for (let i = 0; i < 2; i++) expect(code(() => checkBlock(bad, t.params))).toBe('bad-blk-empty');
    expect(blockCheckedUnder(bad, t.params)).toBe(false);
  });
});

describe('verified signatures (Core: the script execution cache)', () => {
  it('remembers a frozen transaction whose signatures checked out, against the same coins only', () => {
    const { t, tx, spent } = blockWithPayment();
    deepFreeze(tx);
    checkSignatures(tx, spent, t.params);
    expect(signaturesVerified(tx, spent, t.params.addressVersion)).toBe(true);
    // The signature commits to the amount spent and the key must own the coin: other coins are checked again, and refused.
    const moreValue = spent.map((c) => ({ ...c, amount: c.amount + 1 }));
    expect(code(() => checkSignatures(tx, moreValue, t.params))).toBe('bad-txns-bad-signature');
    const otherOwner = spent.map((c) => ({ ...c, address: t.wallets[2]!.address }));
    expect(code(() => checkSignatures(tx, otherOwner, t.params))).toBe('bad-txns-wrong-key');
    expect(signaturesVerified(tx, moreValue, t.params.addressVersion)).toBe(false);
    expect(signaturesVerified(tx, spent, t.params.addressVersion + 1)).toBe(false);
  });

  it('checks a transaction that can still change every time: a signature changed after it passed is refused', () => {
    const { t, tx, spent } = blockWithPayment();
    const open = thawed(tx);
    checkSignatures(open, spent, t.params);
    expect(signaturesVerified(open, spent, t.params.addressVersion)).toBe(false);
    const sig = open.inputs[0]!.signature;
    (open.inputs[0] as { signature: string }).signature = (sig[0] === '0' ? '1' : '0') + sig.slice(1);
    expect(code(() => checkSignatures(open, spent, t.params))).toBe('bad-txns-bad-signature');
  });

  it('never remembers a refusal', () => {
    const { t, tx, spent } = blockWithPayment();
    const sig = tx.inputs[0]!.signature;
    const forged = deepFreeze({ ...tx, inputs: [{ ...tx.inputs[0]!, signature: (sig[0] === '0' ? '1' : '0') + sig.slice(1) }, ...tx.inputs.slice(1)] });
    for (let i = 0; i < 2; i++) expect(code(() => checkSignatures(forged, spent, t.params))).toBe('bad-txns-bad-signature');
    expect(signaturesVerified(forged, spent, t.params.addressVersion)).toBe(false);
  });
});

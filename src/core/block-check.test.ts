/**
 * The block rules called directly (checkBlock, contextualCheckBlock): each
 * refusal's code and the detail naming what is wrong, and each limit at its
 * edge. block.test.ts runs the same rules through processBlock.
 */
import { describe, expect, it } from 'vitest';
import { COIN } from './amount';
import { blockSize, type Block } from './block';
import { checkBlock, contextualCheckBlock } from './block-check';
import { medianTimePast } from './difficulty';
import { isValidationError } from './errors';
import { buildBlockOn, remine, TestChain } from './testing';
import { txid, type Transaction } from './transaction';

function verdict(check: () => void): { code: string; detail?: string } | 'ok' {
  try {
    check();
    return 'ok';
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return { code: e.code, detail: e.detail };
  }
}

/** A chain with spendable coins, and a valid block on its tip holding `txs`. */
function setup(txs: (t: TestChain) => Transaction[] = () => []): { t: TestChain; block: Block } {
  const t = new TestChain();
  for (let i = 0; i < 3; i++) t.mine();
  return { t, block: buildBlockOn(t.chain, t.chain.tip.hash, { txs: txs(t) }) };
}

describe('checkBlock names what is wrong', () => {
  it('a valid block passes', () => {
    const { t, block } = setup((t) => [t.payment(0, 1, COIN)]);
    expect(verdict(() => checkBlock(block, t.params))).toBe('ok');
  });
  it.each([0, -1])('refuses header version %s', (version) => {
    const { t, block } = setup();
    const changed = remine({ ...block, header: { ...block.header, version } });
    expect(verdict(() => checkBlock(changed, t.params))).toEqual({ code: 'bad-version', detail: `version ${version}` });
  });
  it('refuses a fractional version before trying to hash the header', () => {
    const { t, block } = setup();
    expect(verdict(() => checkBlock({ ...block, header: { ...block.header, version: 1.5 } }, t.params))).toEqual({ code: 'bad-version', detail: 'version 1.5' });
  });
  it('accepts a later header version', () => {
    const { t, block } = setup();
    expect(verdict(() => checkBlock(remine({ ...block, header: { ...block.header, version: 2 } }), t.params))).toBe('ok');
  });
  it('shows the start of both roots when the merkle root does not match', () => {
    const { t, block } = setup();
    const wrong = 'ab'.repeat(32);
    const changed = remine({ ...block, header: { ...block.header, merkleRoot: wrong } }, { keepMerkleRoot: true });
    expect(verdict(() => checkBlock(changed, t.params))).toEqual({
      code: 'bad-txnmrklroot',
      detail: `header says ${wrong.slice(0, 16)}…, transactions give ${block.header.merkleRoot.slice(0, 16)}…`,
    });
  });
  it('tells a repeated last pair (CVE-2012-2459) from a transaction repeated elsewhere', () => {
    // [cb, a, b, b]: the merkle tree pairs b with itself. [cb, a, a, b]: no pair is equal, the txid repeats.
    const atEnd = setup((t) => {
      const a = t.payment(0, 1, COIN);
      const b = t.payment(0, 2, COIN);
      return [a, b, b];
    });
    expect(verdict(() => checkBlock(atEnd.block, atEnd.t.params))).toEqual({ code: 'bad-txns-duplicate', detail: 'the merkle tree pairs a hash with an identical copy' });
    let repeated = '';
    const inside = setup((t) => {
      const a = t.payment(0, 1, COIN);
      repeated = txid(a);
      return [a, a, t.payment(0, 2, COIN)];
    });
    expect(verdict(() => checkBlock(inside.block, inside.t.params))).toEqual({ code: 'bad-txns-duplicate', detail: repeated });
  });
  it('a block of exactly the size limit passes; one byte over is refused with both sizes', () => {
    const { t, block } = setup((t) => [t.payment(0, 1, COIN)]);
    const size = blockSize(block);
    expect(verdict(() => checkBlock(block, { ...t.params, maxBlockSize: size }))).toBe('ok');
    expect(verdict(() => checkBlock(block, { ...t.params, maxBlockSize: size - 1 }))).toEqual({ code: 'bad-blk-length', detail: `${size} bytes > ${size - 1}` });
  });
  it('names the second coinbase', () => {
    const { t, block } = setup();
    const changed = remine({ ...block, txs: [block.txs[0]!, block.txs[0]!] });
    expect(verdict(() => checkBlock(changed, t.params))).toEqual({ code: 'bad-cb-multiple', detail: 'transaction 1' });
  });
});

describe('contextualCheckBlock names what is wrong', () => {
  it('says which bits it got and which it needed', () => {
    const t = new TestChain();
    t.mine();
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { bits: 0x2000ffff });
    expect(verdict(() => contextualCheckBlock(block, t.chain.tip, t.params, t.clock))).toEqual({ code: 'bad-diffbits', detail: 'bits 0x2000ffff, required 0x207fffff' });
  });
  it('refuses a time at the median time past, naming both', () => {
    const { t } = setup();
    const mtp = medianTimePast(t.chain.tip, t.params.medianTimeSpan);
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { time: mtp });
    expect(verdict(() => contextualCheckBlock(block, t.chain.tip, t.params, t.clock))).toEqual({ code: 'time-too-old', detail: `time ${mtp} <= median time past ${mtp}` });
  });
  it('allows a time exactly maxFutureBlockTime ahead of the clock, and says how far ahead one second more is', () => {
    const { t, block } = setup();
    const limit = t.params.maxFutureBlockTime;
    const time = block.header.time;
    expect(verdict(() => contextualCheckBlock(block, t.chain.tip, t.params, time - limit))).toBe('ok');
    expect(verdict(() => contextualCheckBlock(block, t.chain.tip, t.params, time - limit - 1))).toEqual({ code: 'time-too-new', detail: `time ${time} is ${limit + 1} s ahead of the clock` });
  });
  it('names the height the coinbase states and the one the block is at', () => {
    const { t, block } = setup();
    const height = t.chain.height + 1;
    expect(verdict(() => contextualCheckBlock(block, t.chain.tip.parent!, t.params, t.clock))).toEqual({ code: 'bad-cb-height', detail: `coinbase says ${height}, block is at height ${height - 1}` });
  });
});

/**
 * Block rules, table-driven: each invalid block breaks one rule, is refused with
 * its reason code, and leaves tip, UTXO set, pool and block tree as they were.
 */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, remine, solve, stateFingerprint } from './testing';
import { assembleBlock } from './block-template';
import { COIN } from './amount';
import { REGTEST_PARAMS } from './params';
import { createCoinbase, decodeCoinbaseScript } from './coinbase';
import { blockMerkleRoot, type Block } from './block';
import { blockHash, headerHashBytes } from './header';
import { checkProofOfWork } from './pow';
import { medianTimePast } from './difficulty';
import type { RejectCode } from './errors';

function setup() {
  const t = new TestChain({ ...REGTEST_PARAMS, maxBlockSize: 10_000 }, 4);
  for (let i = 0; i < 3; i++) t.mine();
  return t;
}

const next = (t: TestChain, o: Parameters<typeof buildBlockOn>[2] = {}) => buildBlockOn(t.chain, t.chain.tip.hash, o);

/** Makes the header fail proof of work by searching for a nonce whose hash is above the target. */
function breakPow(block: Block): Block {
  for (let nonce = 0; ; nonce++) {
    const header = { ...block.header, nonce };
    if (!checkProofOfWork(headerHashBytes(header), header.bits, REGTEST_PARAMS.powLimitBits)) return { header, txs: block.txs };
  }
}

type Row = [name: string, code: RejectCode, make: (t: TestChain) => Block];

const rows: Row[] = [
  ['a hash above the target', 'high-hash', (t) => breakPow(next(t))],
  ['bits that are not the required ones', 'bad-diffbits', (t) => next(t, { bits: 0x1f7fffff })],
  ['a merkle root that does not match', 'bad-txnmrklroot', (t) => { const b = next(t, { txs: [t.payment(0, 1, COIN)] }); return remine({ ...b, txs: [b.txs[0]!] }, { keepMerkleRoot: true }); }],
  ['a repeated last transaction (CVE-2012-2459)', 'bad-txns-duplicate', (t) => {
    const a = t.send(0, 1, COIN);
    const c = t.payment(0, 2, COIN);
    // Three leaves [cb, a, c] hash like four [cb, a, c, c]: the mutated block keeps the root.
    const three = next(t, { txs: [a, c] });
    const mutated = { ...three, txs: [...three.txs, c] };
    expect(blockMerkleRoot(mutated.txs).root).toBe(three.header.merkleRoot);
    return mutated;
  }],
  ['no coinbase first', 'bad-cb-missing', (t) => { const b = next(t, { txs: [t.payment(0, 1, COIN)] }); return remine({ ...b, txs: [b.txs[1]!, b.txs[0]!] }, { keepWitness: true }); }],
  ['two coinbases', 'bad-cb-multiple', (t) => { const b = next(t); const cb2 = createCoinbase({ ...decodeCoinbaseScript(b.txs[0]!.inputs[0]!.script), message: 'second' }, b.txs[0]!.outputs); return remine({ ...b, txs: [b.txs[0]!, cb2] }); }],
  ['a coinbase paying more than reward + fees', 'bad-cb-amount', (t) => next(t, { overpay: 1 })],
  ['a coinbase stating the wrong height', 'bad-cb-height', (t) => { const b = next(t); const cb = createCoinbase({ ...decodeCoinbaseScript(b.txs[0]!.inputs[0]!.script), height: 99 }, b.txs[0]!.outputs); return remine({ ...b, txs: [cb] }); }],
  ['a spend of a missing coin', 'bad-txns-inputs-missingorspent', (t) => { const tx = t.payment(0, 1, COIN); return next(t, { txs: [{ ...tx, inputs: [{ ...tx.inputs[0]!, prevTxid: 'cd'.repeat(32) }] }] }); }],
  ['a double spend inside the block', 'bad-txns-inputs-spent-in-block', (t) => next(t, { txs: [t.payment(0, 1, COIN), t.payment(0, 2, COIN)] })],
  ['a child before its parent', 'bad-txns-ordering', (t) => {
    const parent = t.send(0, 1, 5 * COIN);
    const child = t.payment(1, 2, COIN);
    return next(t, { txs: [child, parent] });
  }],
  ['outputs above inputs', 'bad-txns-in-belowout', (t) => {
    const tx = t.payment(0, 1, COIN);
    return next(t, { txs: [{ ...tx, outputs: [{ ...tx.outputs[0]!, amount: 999 * COIN }] }] });
  }],
  ['a coinbase not committing to the signatures', 'bad-witness-merkle-match', (t) => { const b = next(t, { txs: [t.payment(0, 1, COIN)] }); const cb = createCoinbase({ ...decodeCoinbaseScript(b.txs[0]!.inputs[0]!.script), witnessRoot: 'ee'.repeat(32) }, b.txs[0]!.outputs); return remine({ ...b, txs: [cb, b.txs[1]!] }, { keepWitness: true }); }],
  ['a time not after the median time past', 'time-too-old', (t) => next(t, { time: medianTimePast(t.chain.tip, 11) })],
  ['a time too far in the future', 'time-too-new', (t) => next(t, { time: t.clock + REGTEST_PARAMS.maxFutureBlockTime + 1 })],
  ['more bytes than the size limit', 'bad-blk-length', (t) => {
    const txs = [];
    for (let i = 0; i < 60; i++) txs.push(t.send(0, 1 + (i % 3), 1000 + i));
    return next(t, { txs });
  }],
  ['no transactions at all', 'bad-blk-empty', (t) => remine({ ...next(t), txs: [] }, { keepMerkleRoot: true, keepWitness: true })],
];

describe('block rules', () => {
  it('a valid block connects', () => {
    const t = setup();
    const r = t.chain.processBlock(next(t, { txs: [t.payment(0, 1, COIN)] }));
    expect(r.status).toBe('active');
    expect(t.chain.height).toBe(4);
  });
  it.each(rows)('refuses %s with %s and changes nothing', (_name, code, make) => {
    const t = setup();
    const block = make(t);
    const before = stateFingerprint(t.chain);
    const r = t.chain.processBlock(block);
    expect(r.accepted).toBe(false);
    expect(r.status).toBe('rejected');
    expect(r.code).toBe(code);
    expect(r.message).toBeTruthy();
    expect(stateFingerprint(t.chain)).toBe(before);
  });
  it('keeps a block with an unknown parent as an orphan until the parent arrives', () => {
    const t = setup();
    const other = new TestChain({ ...REGTEST_PARAMS, maxBlockSize: 10_000 }, 4);
    // Same genesis and history: replay setup's blocks into a twin, then extend it by two.
    for (const e of t.chain.activeEntries().slice(1)) other.chain.processBlock(t.chain.getBlock(e.hash)!);
    other.clock = t.clock;
    const b1 = other.mine();
    const b2 = other.mine();
    const r2 = t.chain.processBlock(b2);
    expect(r2.status).toBe('orphan');
    expect(r2.code).toBe('prev-blk-not-found');
    expect(t.chain.height).toBe(3);
    const r1 = t.chain.processBlock(b1);
    expect(r1.status).toBe('active');
    expect(t.chain.height).toBe(5);
    expect(t.chain.tip.hash).toBe(other.chain.tip.hash);
    expect(r1.delta.orphansAdopted).toHaveLength(1);
  });
  it('a block already known is a duplicate', () => {
    const t = setup();
    const r = t.chain.processBlock(t.chain.getBlock(t.chain.tip.hash)!);
    expect(r.status).toBe('duplicate');
  });
  it('a child of a rejected block is refused as bad-prevblk', () => {
    const t = setup();
    const bad = next(t, { overpay: 1 });
    expect(t.chain.processBlock(bad).code).toBe('bad-cb-amount');
    const child = solve(
      assembleBlock({
        prevHash: blockHash(bad.header),
        height: t.chain.height + 2,
        bits: bad.header.bits,
        time: bad.header.time + 10,
        txs: [],
        minerAddress: t.wallets[1]!.address,
        subsidy: 10 * COIN,
        fees: 0,
      }),
    );
    const before = stateFingerprint(t.chain);
    const r = t.chain.processBlock(child);
    expect(r.code).toBe('bad-prevblk');
    expect(stateFingerprint(t.chain)).toBe(before);
  });
});

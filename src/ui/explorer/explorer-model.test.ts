import { describe, expect, it } from 'vitest';
import { COIN, hashOfBlock } from '../../core/index';
import { TestChain, buildBlockOn, remine } from '../../core/testing';
import { findExplorerBlock } from './explorer-model';
import { checkState, explainBlock, summarizeReport } from './block/block-checks';

function chainWithPayment() {
  const t = new TestChain();
  t.mine();
  t.send(0, 1, 2 * COIN, 1000);
  const block = t.minePool();
  t.mine();
  return { t, block, hash: hashOfBlock(block) };
}

describe('findExplorerBlock', () => {
  it('finds an active block with its place, confirmations and input values', () => {
    const { t, hash } = chainWithPayment();
    const b = findExplorerBlock(t.chain, hash)!;
    expect(b.place).toBe('active');
    expect(b.isGenesis).toBe(false);
    expect(b.json.height).toBe(2);
    expect(b.json.confirmations).toBe(2);
    expect(b.json.fees).toBe(1000);
    expect(b.json.txs[1]!.inputs[0]!.amount).toBeGreaterThan(0);
  });
  it('says null for an unknown or malformed hash', () => {
    const { t } = chainWithPayment();
    expect(findExplorerBlock(t.chain, 'f'.repeat(64))).toBeNull();
    expect(findExplorerBlock(t.chain, 'not a hash')).toBeNull();
  });
  it('knows side branches and orphans', () => {
    const { t } = chainWithPayment();
    const side = buildBlockOn(t.chain, t.chain.entryAt(1)!.hash, { message: 'side' });
    t.chain.processBlock(side);
    expect(findExplorerBlock(t.chain, hashOfBlock(side))!.place).toBe('side-branch');
    // A block whose parent the node never saw waits as an orphan.
    const orphan = buildBlockOn(t.chain, hashOfBlock(side), { message: 'x' });
    const lone = remine({ ...orphan, header: { ...orphan.header, prevHash: 'ab'.repeat(32) } });
    t.chain.processBlock(lone);
    expect(t.chain.tree.hasOrphan(hashOfBlock(lone))).toBe(true);
    expect(findExplorerBlock(t.chain, hashOfBlock(lone))!.place).toBe('orphan');
  });
});

describe('explainBlock', () => {
  it('every check of an active block passes', () => {
    const { t, hash } = chainWithPayment();
    const checks = explainBlock(t.chain, hash);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(summarizeReport(checks)).toMatchObject({ passed: checks.length, failed: 0, notChecked: 0, firstFailure: null });
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining(['pow', 'merkle-root', 'tx-1-signatures', 'coinbase-amount']),
    );
  });
  it('the genesis block is valid by the parameters, not "parent unknown"', () => {
    const { t } = chainWithPayment();
    const checks = explainBlock(t.chain, t.chain.genesis.hash);
    expect(checks.find((c) => c.id === 'genesis')?.passed).toBe(true);
    expect(checks.some((c) => c.code === 'prev-blk-not-found')).toBe(false);
    expect(summarizeReport(checks).failed).toBe(0);
  });
  it('a side-branch block: inputs could not be checked here (not a failure)', () => {
    const { t } = chainWithPayment();
    const side = buildBlockOn(t.chain, t.chain.entryAt(1)!.hash, { message: 'side' });
    t.chain.processBlock(side);
    const checks = explainBlock(t.chain, hashOfBlock(side));
    const inputs = checks.find((c) => c.id === 'inputs')!;
    expect(checkState(inputs)).toBe('not-checked');
    const s = summarizeReport(checks);
    expect(s.failed).toBe(0);
    expect(s.notChecked).toBe(1);
    expect(s.passed).toBe(checks.length - 1);
  });
  it('summarizes failures with the first reason code', () => {
    const s = summarizeReport([
      { id: 'a', label: 'A', passed: true, detail: '' },
      { id: 'b', label: 'B', passed: false, detail: '', code: 'bad-txnmrklroot' },
      { id: 'c', label: 'C', passed: false, detail: '', code: 'high-hash' },
    ]);
    expect(s).toMatchObject({ total: 3, passed: 1, failed: 2, notChecked: 0 });
    expect(s.firstFailure?.code).toBe('bad-txnmrklroot');
  });
});

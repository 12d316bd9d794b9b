/**
 * What processBlock answers, stores and remembers for each kind of block: a new
 * block, one already known, one whose parent is unknown (an orphan), and refused
 * ones. A refusal is remembered by hash (refused again from memory, as Core's
 * BLOCK_FAILED_VALID) only when nothing can make that hash valid later: not for
 * transactions that do not match the header (a corrupted copy of a good block)
 * nor for a time ahead of the clock (the clock catches up).
 */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';
import { COIN } from './amount';
import { Blockchain, MAX_REJECTED_BLOCKS } from './chain';
import { REJECT_CODES } from './errors';
import { blockHash, headerHashBytes } from './header';
import { checkProofOfWork } from './pow';
import type { Block } from './block';

/** Bits harder than the regtest chain requires: a valid proof of work, but bad-diffbits. */
const WRONG_BITS = 0x1f7fffff;

/** The same block with its nonce moved on until the header hash is above the target. */
function highHash(block: Block, fromNonce = 0): Block {
  for (let nonce = fromNonce; ; nonce++) {
    const header = { ...block.header, nonce };
    if (!checkProofOfWork(headerHashBytes(header), header.bits, 0x207fffff)) return { header, txs: block.txs };
  }
}

/**
 * A block `bad` claiming one unit too many, built on genesis in a second chain where it
 * sits unvalidated beside an equal-work block, and `child` built on it. A node that has
 * only genesis connects `bad` as soon as it arrives (more work than genesis) and refuses it.
 */
function invalidBlockAndChild() {
  const t = new TestChain();
  const twin = new TestChain();
  twin.mine({ message: 'a1' });
  const bad = buildBlockOn(twin.chain, twin.chain.genesis.hash, { overpay: 1, message: 'bad' });
  expect(twin.chain.processBlock(bad).status).toBe('side-branch');
  const child = buildBlockOn(twin.chain, blockHash(bad.header), { message: 'child' });
  return { t, bad, child };
}

describe('processBlock: what it answers and stores', () => {
  it('a valid block on the tip is active and stored as a normal block', () => {
    const t = new TestChain();
    const block = buildBlockOn(t.chain, t.chain.tip.hash);
    const hash = blockHash(block.header);
    const r = t.chain.processBlock(block);
    expect(r).toMatchObject({ hash, status: 'active', accepted: true });
    expect(r.code).toBeUndefined();
    expect(r.delta.blocksAdded).toEqual([{ hash, block, orphan: false }]);
    expect(r.delta.tip).toBe(hash);
  });

  it('a valid block beside the tip with no more work is stored on a side branch: accepted, the tip unchanged', () => {
    const t = new TestChain();
    const genesis = t.chain.tip.hash;
    const a1 = t.mine({ message: 'a1' });
    const b1 = buildBlockOn(t.chain, genesis, { message: 'b1' });
    const hash = blockHash(b1.header);
    const r = t.chain.processBlock(b1);
    expect(r).toMatchObject({ hash, status: 'side-branch', accepted: true });
    expect(r.code).toBeUndefined();
    expect(r.delta.blocksAdded).toEqual([{ hash, block: b1, orphan: false }]);
    expect(r.delta.tip).toBe(blockHash(a1.header));
    expect(t.chain.tree.has(hash)).toBe(true);
  });

  it('a block already in the tree, or waiting as an orphan, is a duplicate and nothing is stored again', () => {
    const t = new TestChain();
    const source = new TestChain();
    const inTree = t.mine({ message: 'here' });
    source.mine({ message: 'elsewhere' });
    const orphan = source.mine(); // its parent is not in t's tree
    expect(t.chain.processBlock(orphan).status).toBe('orphan');
    for (const block of [inTree, orphan]) {
      const before = stateFingerprint(t.chain);
      const r = t.chain.processBlock(block);
      expect(r).toMatchObject({ hash: blockHash(block.header), status: 'duplicate', accepted: false, code: 'duplicate', message: REJECT_CODES.duplicate });
      expect(r.delta.blocksAdded).toEqual([]);
      expect(stateFingerprint(t.chain)).toBe(before);
    }
  });

  it('a block whose parent is unknown is kept as an orphan, stored flagged as one, and says which parent it waits for', () => {
    const t = new TestChain();
    const source = new TestChain();
    const parent = source.mine();
    const block = source.mine();
    const hash = blockHash(block.header);
    const tip = t.chain.tip.hash;
    const r = t.chain.processBlock(block);
    const parentHash = blockHash(parent.header);
    expect(r).toMatchObject({
      hash,
      status: 'orphan',
      accepted: false,
      code: 'prev-blk-not-found',
      message: `${REJECT_CODES['prev-blk-not-found']} (waiting for ${parentHash.slice(0, 16)}…)`,
    });
    expect(r.delta.blocksAdded).toEqual([{ hash, block, orphan: true }]);
    expect(r.delta.tip).toBe(tip);
    expect(t.chain.tree.hasOrphan(hash)).toBe(true);
    expect(t.chain.tip.hash).toBe(tip);
  });
});

describe('processBlock: which refusals are remembered by hash', () => {
  it('a hash above the target is remembered: nothing can change a header hash', () => {
    const t = new TestChain();
    const bad = highHash(buildBlockOn(t.chain, t.chain.tip.hash));
    expect(t.chain.processBlock(bad)).toMatchObject({ status: 'rejected', accepted: false, code: 'high-hash' });
    expect(t.chain.rejectionOf(blockHash(bad.header))?.code).toBe('high-hash');
  });

  it('transactions that do not match their header are not remembered: the genuine block with that header is accepted afterwards', () => {
    const t = new TestChain();
    t.mine();
    t.mine();
    const genuine = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [t.payment(0, 1, COIN)] });
    const corrupted: Block = { header: genuine.header, txs: [genuine.txs[0]!] };
    expect(t.chain.processBlock(corrupted)).toMatchObject({ status: 'rejected', code: 'bad-txnmrklroot' });
    expect(t.chain.rejectionOf(blockHash(genuine.header))).toBeUndefined();
    expect(t.chain.processBlock(genuine).status).toBe('active');
  });

  it('a block dated too far ahead of the clock is not remembered and is accepted once the clock catches up', () => {
    const t = new TestChain();
    const ahead = t.clock + t.params.maxFutureBlockTime + 600;
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { time: ahead });
    const before = stateFingerprint(t.chain);
    expect(t.chain.processBlock(block)).toMatchObject({ status: 'rejected', code: 'time-too-new' });
    expect(t.chain.rejectionOf(blockHash(block.header))).toBeUndefined();
    expect(stateFingerprint(t.chain)).toBe(before);
    t.clock = ahead;
    expect(t.chain.processBlock(block).status).toBe('active');
  });

  it('a block breaking a rule against its parent (bad-diffbits) is remembered and refused from memory, storing nothing', () => {
    const t = new TestChain();
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { bits: WRONG_BITS });
    const hash = blockHash(block.header);
    expect(t.chain.processBlock(block).code).toBe('bad-diffbits');
    expect(t.chain.rejectionOf(hash)?.code).toBe('bad-diffbits');
    const again = t.chain.processBlock(block);
    expect(again).toMatchObject({ status: 'rejected', accepted: false, code: 'bad-diffbits' });
    expect(again.delta.blocksAdded).toEqual([]);
  });

  it('a block found invalid when its branch was connected is refused from memory when it comes again, not stored again beside the tip', () => {
    const t = new TestChain();
    const genesis = t.chain.tip.hash;
    t.mine({ message: 'a1' });
    const bad = buildBlockOn(t.chain, genesis, { overpay: 1, message: 'bad' });
    expect(t.chain.processBlock(bad).status).toBe('side-branch'); // equal work: not connected yet
    const child = buildBlockOn(t.chain, blockHash(bad.header), { message: 'child' });
    expect(t.chain.processBlock(child).code).toBe('bad-prevblk'); // connecting the branch found `bad` invalid
    const before = stateFingerprint(t.chain);
    // Alone it has no more work than the tip, so only the memory of its failure can refuse it now.
    const again = t.chain.processBlock(bad);
    expect(again).toMatchObject({ status: 'rejected', accepted: false, code: 'bad-cb-amount' });
    expect(again.delta.blocksAdded).toEqual([]);
    expect(t.chain.tree.has(blockHash(bad.header))).toBe(false);
    expect(stateFingerprint(t.chain)).toBe(before);
  });

  it('a child of an invalid block is refused as bad-prevblk naming the parent and its fault, and is remembered itself', () => {
    const { t, bad, child } = invalidBlockAndChild();
    t.chain.processBlock(bad);
    const badHash = blockHash(bad.header);
    const r = t.chain.processBlock(child);
    expect(r).toMatchObject({
      status: 'rejected',
      code: 'bad-prevblk',
      message: `${REJECT_CODES['bad-prevblk']} (parent ${badHash.slice(0, 16)}…: bad-cb-amount)`,
    });
    expect(t.chain.rejectionOf(blockHash(child.header))?.code).toBe('bad-prevblk');
    expect(t.chain.tree.orphanBlocks()).toEqual([]);
  });

  it('a clock that fails is not a fault of the block: its error comes out, the block is not remembered and is accepted later', () => {
    const t = new TestChain();
    const block = buildBlockOn(t.chain, t.chain.tip.hash);
    let clockWorks = true;
    const node = Blockchain.fromGenesis(t.params, t.chain.getBlock(t.chain.genesis.hash)!, {
      now: () => {
        if (!clockWorks) throw new Error('the clock is unavailable');
        return t.clock;
      },
    });
    const before = stateFingerprint(node);
    clockWorks = false;
    expect(() => node.processBlock(block)).toThrow('the clock is unavailable');
    expect(node.rejectionOf(blockHash(block.header))).toBeUndefined();
    expect(stateFingerprint(node)).toBe(before);
    clockWorks = true;
    expect(node.processBlock(block).status).toBe('active');
  });

  it(`remembers at most MAX_REJECTED_BLOCKS (${MAX_REJECTED_BLOCKS}) invalid hashes, forgetting the oldest first`, () => {
    const t = new TestChain();
    const template = buildBlockOn(t.chain, t.chain.tip.hash);
    const hashes: string[] = [];
    let nonce = 0;
    for (let i = 0; i <= MAX_REJECTED_BLOCKS; i++) {
      const bad = highHash(template, nonce);
      nonce = bad.header.nonce + 1;
      hashes.push(blockHash(bad.header));
      expect(t.chain.processBlock(bad).code).toBe('high-hash');
      if (i === MAX_REJECTED_BLOCKS - 1) expect(t.chain.rejectionOf(hashes[0]!)?.code).toBe('high-hash');
    }
    expect(t.chain.rejectionOf(hashes[0]!)).toBeUndefined();
    expect(t.chain.rejectionOf(hashes[1]!)?.code).toBe('high-hash');
    expect(t.chain.rejectionOf(hashes.at(-1)!)?.code).toBe('high-hash');
  });
});

describe('processBlock: orphans whose parent arrives', () => {
  it('an orphan refused against its parent when it arrives (bad-diffbits) leaves storage and is remembered', () => {
    const t = new TestChain();
    const source = new TestChain();
    const parent = source.mine();
    const child = buildBlockOn(source.chain, blockHash(parent.header), { bits: WRONG_BITS });
    const childHash = blockHash(child.header);
    expect(t.chain.processBlock(child).status).toBe('orphan');
    const r = t.chain.processBlock(parent);
    expect(r.status).toBe('active');
    expect(r.delta.orphansAdopted).toEqual([childHash]);
    expect(r.delta.blocksRemoved).toEqual([childHash]);
    expect(r.delta.blocksAdded.map((b) => b.hash)).toEqual([blockHash(parent.header)]);
    expect(t.chain.rejectionOf(childHash)?.code).toBe('bad-diffbits');
    expect(t.chain.tree.orphanBlocks()).toEqual([]);
    expect(t.chain.tip.hash).toBe(blockHash(parent.header));
  });

  it('orphans waiting for a block found invalid are refused as bad-prevblk and leave storage', () => {
    const { t, bad, child } = invalidBlockAndChild();
    const childHash = blockHash(child.header);
    expect(t.chain.processBlock(child).status).toBe('orphan');
    const genesis = t.chain.tip.hash;
    const r = t.chain.processBlock(bad);
    expect(r).toMatchObject({ status: 'rejected', code: 'bad-cb-amount' });
    expect(r.delta.orphansAdopted).toEqual([childHash]);
    expect(r.delta.blocksRemoved).toEqual([childHash]);
    expect(r.delta.blocksAdded).toEqual([]);
    expect(t.chain.tree.orphanBlocks()).toEqual([]);
    expect(t.chain.rejectionOf(childHash)?.code).toBe('bad-prevblk');
    expect(t.chain.tip.hash).toBe(genesis);
  });

  it('an orphan whose own child already waits is kept with it; both connect when the missing block arrives', () => {
    const t = new TestChain();
    const source = new TestChain();
    const [b1, b2, b3] = [source.mine(), source.mine(), source.mine()];
    expect(t.chain.processBlock(b3).status).toBe('orphan');
    const r2 = t.chain.processBlock(b2);
    expect(r2.status).toBe('orphan');
    expect(r2.delta.orphansAdopted).toEqual([]);
    expect(r2.delta.blocksAdded.map((b) => b.hash)).toEqual([blockHash(b2.header)]);
    expect(t.chain.tree.orphanBlocks()).toHaveLength(2);
    const r1 = t.chain.processBlock(b1);
    expect(r1.status).toBe('active');
    expect(r1.delta.orphansAdopted).toEqual([blockHash(b2.header), blockHash(b3.header)]);
    expect(t.chain.tip.hash).toBe(blockHash(b3.header));
    expect(t.chain.tree.orphanBlocks()).toEqual([]);
  });
});

/**
 * Block objects that no encoding can carry (as a hostile peer in the simulation
 * can hand them in, since only submitBlock(hex) decodes first): processBlock
 * refuses each with bad-encoding, does not remember the hash as invalid (the
 * same hash may belong to a good block), and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';
import { COIN } from './amount';
import type { Block } from './block';
import { blockHash } from './header';
import { REJECT_CODES } from './errors';

type Mutation = [name: string, mutate: (b: Block) => unknown];

const tx1 = (b: Block) => b.txs[1]!;
const withTx1 = (b: Block, tx: object): Block => ({ ...b, txs: [b.txs[0]!, tx as Block['txs'][number]] });

const mutations: Mutation[] = [
  ['a prevTxid that is not 64 hex characters', (b) => withTx1(b, { ...tx1(b), inputs: [{ ...tx1(b).inputs[0]!, prevTxid: 'zz' }] })],
  ['a fractional amount', (b) => withTx1(b, { ...tx1(b), outputs: [{ ...tx1(b).outputs[0]!, amount: 1.5 }] })],
  ['a negative amount', (b) => withTx1(b, { ...tx1(b), outputs: [{ ...tx1(b).outputs[0]!, amount: -5 }] })],
  ['a vout of 2^32', (b) => withTx1(b, { ...tx1(b), inputs: [{ ...tx1(b).inputs[0]!, vout: 2 ** 32 }] })],
  ['an output address that is not Base58Check', (b) => withTx1(b, { ...tx1(b), outputs: [{ ...tx1(b).outputs[0]!, address: 'not-an-address' }] })],
  ['a signature that is not hex', (b) => withTx1(b, { ...tx1(b), inputs: [{ ...tx1(b).inputs[0]!, signature: 'not hex' }] })],
  ['inputs that are not an array', (b) => withTx1(b, { ...tx1(b), inputs: null })],
  ['a transaction that is a number', (b) => withTx1(b, 42 as unknown as object)],
  ['txs that are not an array', (b) => ({ ...b, txs: 7 })],
  ['a header version of 1.5', (b) => ({ ...b, header: { ...b.header, version: 1.5 } })],
  ['a header time that is a string', (b) => ({ ...b, header: { ...b.header, time: '1700000000' } })],
  ['no header', (b) => ({ txs: b.txs })],
  ['null instead of a block', () => null],
];

function setup() {
  const t = new TestChain();
  t.mine();
  t.mine();
  const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [t.payment(0, 1, COIN)] });
  return { t, block };
}

describe('malformed block objects (undecodable data from a peer)', () => {
  it.each(mutations)('%s: refused with bad-encoding, not remembered, state unchanged', (_name, mutate) => {
    const { t, block } = setup();
    const before = stateFingerprint(t.chain);
    const bad = mutate(block) as Block;
    const result = t.chain.processBlock(bad);
    expect(result).toMatchObject({ status: 'rejected', accepted: false, code: 'bad-encoding' });
    expect(stateFingerprint(t.chain)).toBe(before);
    // The good block with the same header hash is still accepted afterwards.
    expect(t.chain.rejectionOf(blockHash(block.header))).toBeUndefined();
    expect(t.chain.processBlock(block).status).toBe('active');
  });

  it('an undecodable block whose parent is unknown is refused, not kept as an orphan', () => {
    const { t, block } = setup();
    const child = buildBlockOn(t.chain, t.chain.tip.hash); // a valid block, for its shape
    const orphan = { ...child, header: { ...child.header, prevHash: 'ab'.repeat(32) } };
    const bad = withTx1({ ...orphan, txs: [orphan.txs[0]!, block.txs[1]!] }, { ...block.txs[1]!, outputs: [{ ...block.txs[1]!.outputs[0]!, amount: 0.25 }] });
    const before = stateFingerprint(t.chain);
    expect(t.chain.processBlock(bad)).toMatchObject({ status: 'rejected', code: 'bad-encoding' });
    expect(stateFingerprint(t.chain)).toBe(before);
    expect(t.chain.tree.orphanBlocks()).toHaveLength(0);
  });

  it('the refusal of an output address no encoding can carry names the address and says the sentence once', () => {
    const { t, block } = setup();
    const bad = withTx1(block, { ...tx1(block), outputs: [{ ...tx1(block).outputs[0]!, address: 'not-an-address' }] });
    const { message } = t.chain.processBlock(bad);
    expect(message).toContain('output address "not-an-address"');
    expect(message!.startsWith(REJECT_CODES['bad-encoding'])).toBe(true);
    expect(message!.split(REJECT_CODES['bad-encoding'])).toHaveLength(2);
  });

  it('a block object with no header to hash is reported with the hash "?"; one with a header, with its hash', () => {
    const { t, block } = setup();
    expect(t.chain.processBlock(null as unknown as Block).hash).toBe('?');
    expect(t.chain.processBlock({ txs: block.txs } as unknown as Block).hash).toBe('?');
    expect(t.chain.processBlock({ ...block, txs: 7 } as unknown as Block).hash).toBe(blockHash(block.header));
  });
});

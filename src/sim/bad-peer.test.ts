/**
 * Bad peers: an invalid block or transaction sent by a peer is rejected with
 * its reason code, logged, never relayed, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { hashOfBlock, txid, type RejectCode } from '../core/index';
import { craftInvalidBlock, craftInvalidTransaction, type InvalidBlockKind, type InvalidTxKind } from './bad-peer';
import { injectBlock, injectTransaction } from './injection';
import { fingerprint, lineNetwork, payment } from './testing';
import type { MessageEvent } from './events';

/** bad - h1 - h2, w0 holding three confirmed coins everywhere. */
function setup() {
  const { net, w } = lineNetwork(['bad', 'h1', 'h2'], { seed: 'bad-peer', mining: false });
  net.mine('h1', { minerAddress: w[0]!.address });
  net.mine('h1', { minerAddress: w[0]!.address });
  net.runUntilIdle();
  const messages: MessageEvent[] = [];
  net.on('message', (m) => messages.push(m));
  return { net, w, messages };
}

const blockCases: [InvalidBlockKind, RejectCode][] = [
  ['bad-pow', 'high-hash'],
  ['coinbase-overpays', 'bad-cb-amount'],
  ['double-spend', 'bad-txns-inputs-spent-in-block'],
  ['spends-missing-coin', 'bad-txns-inputs-missingorspent'],
  ['bad-signature', 'bad-txns-bad-signature'],
  ['bad-merkle-root', 'bad-txnmrklroot'],
];

describe('an invalid block from a peer', () => {
  it.each(blockCases)('%s is rejected with %s, logged, not relayed, and changes nothing', (kind, code) => {
    const { net, w, messages } = setup();
    const crafted = craftInvalidBlock(net.node('bad'), kind, { wallet: w[0] });
    expect(crafted.expectedCode).toBe(code);
    const hash = hashOfBlock(crafted.value);
    const h1 = net.node('h1');
    const h2 = net.node('h2');
    const before = [fingerprint(h1), fingerprint(h2)];
    injectBlock(net, 'bad', crafted.value, ['h1']);
    net.runUntilIdle();
    expect([fingerprint(h1), fingerprint(h2)]).toEqual(before);
    expect(h1.log).toContainEqual(expect.objectContaining({ kind: 'block-rejected', code, hash, peer: 'bad', level: 'warn' }));
    expect(h1.counters.blocksRejected).toBe(1);
    expect(messages.filter((m) => m.from !== 'bad' && m.hashes.includes(hash))).toEqual([]);
    expect(h2.chain.rejectionOf(hash)).toBeUndefined(); // never even saw it
    expect(h1.chain.verifyUtxoSet().ok).toBe(true);
  });
});

const txCases: [InvalidTxKind, RejectCode][] = [
  ['bad-signature', 'bad-txns-bad-signature'],
  ['overspend', 'bad-txns-in-belowout'],
  ['missing-input', 'bad-txns-inputs-missingorspent'],
  ['double-spend', 'bad-txns-inputs-duplicate'],
];

describe('an invalid transaction from a peer', () => {
  it.each(txCases)('%s is rejected with %s, not relayed, pools unchanged', (kind, code) => {
    const { net, w, messages } = setup();
    const crafted = craftInvalidTransaction(net.node('bad'), kind, w[0]!, w[1]!.address);
    expect(crafted.expectedCode).toBe(code);
    const before = [fingerprint(net.node('h1')), fingerprint(net.node('h2'))];
    injectTransaction(net, 'bad', crafted.value, ['h1']);
    net.runUntilIdle();
    expect([fingerprint(net.node('h1')), fingerprint(net.node('h2'))]).toEqual(before);
    expect(net.node('h1').log).toContainEqual(expect.objectContaining({ kind: 'tx-rejected', code, peer: 'bad' }));
    // Relayed nowhere (a getdata back to the sender for a missing parent is not a relay).
    expect(messages.filter((m) => m.from === 'h1' && m.type !== 'getdata')).toEqual([]);
  });

  it('a double spend of a pooled payment is refused as txn-mempool-conflict', () => {
    const { net, w } = setup();
    const honest = payment(net.node('h1'), w[0]!, w[1]!, 1);
    expect(net.submitTransaction('h1', honest).accepted).toBe(true);
    net.runUntilIdle();
    const crafted = craftInvalidTransaction(net.node('h1'), 'double-spend', w[0]!, w[2]!.address);
    expect(crafted.expectedCode).toBe('txn-mempool-conflict');
    injectTransaction(net, 'bad', crafted.value, ['h1']);
    net.runUntilIdle();
    expect(net.node('h1').pending().map((e) => e.txid)).toEqual([txid(honest)]);
    expect(net.node('h2').pending().map((e) => e.txid)).toEqual([txid(honest)]);
    expect(net.node('h1').log.filter((l) => l.kind === 'tx-rejected').at(-1)).toMatchObject({ code: 'txn-mempool-conflict' });
  });

  it('a corrupted copy does not block the valid transaction with the same txid', () => {
    const { net, w } = setup();
    const good = payment(net.node('bad'), w[0]!, w[1]!, 1);
    const sig = good.inputs[0]!.signature;
    const flipped = sig.slice(0, -2) + (parseInt(sig.slice(-2), 16) ^ 1).toString(16).padStart(2, '0');
    const bad = { ...good, inputs: [{ ...good.inputs[0]!, signature: flipped }] };
    expect(txid(bad)).toBe(txid(good));
    injectTransaction(net, 'bad', bad, ['h1']);
    net.runUntilIdle();
    expect(net.node('h1').log).toContainEqual(expect.objectContaining({ kind: 'tx-rejected', code: 'bad-txns-bad-signature' }));
    expect(net.submitTransaction('bad', good).accepted).toBe(true);
    net.runUntilIdle();
    expect(net.node('h2').chain.mempool.has(txid(good))).toBe(true);
  });
});

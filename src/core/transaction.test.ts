/**
 * Transaction rules, table-driven: each invalid row breaks one rule and must be
 * refused with its reason code, by the pool and inside a block, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { TestChain, buildBlockOn, stateFingerprint } from './testing';
import { COIN, MAX_MONEY } from './amount';
import { NULL_TXID, isCoinbase, txid, type Transaction } from './transaction';
import { signTransaction } from './wallet';
import { createCoinbase } from './coinbase';
import { REGTEST_PARAMS } from './params';
import { addressFromPubKeyHash } from './address';
import type { RejectCode } from './errors';

/** Fresh chain: w0 has 3 mature coinbases (height 0..2); the tip is at height 2. */
function setup() {
  const t = new TestChain({ ...REGTEST_PARAMS, coinbaseMaturity: 2 }, 4);
  t.mine();
  t.mine();
  return t;
}

/** Re-signs after editing so the signature is valid for the edited transaction. */
function resign(t: TestChain, tx: Transaction): Transaction {
  const spent = tx.inputs.map((i) => t.chain.utxos.getCoin(`${i.prevTxid}:${i.vout}`) ?? { amount: 1, address: t.wallets[0]!.address, height: 0, coinbase: false });
  return signTransaction(tx, t.wallets, spent);
}

type Row = [name: string, code: RejectCode, make: (t: TestChain) => Transaction];

const rows: Row[] = [
  ['no inputs', 'bad-txns-vin-empty', (t) => ({ ...t.payment(0, 1, COIN), inputs: [] })],
  ['no outputs', 'bad-txns-vout-empty', (t) => resign(t, { ...t.payment(0, 1, COIN), outputs: [] })],
  ['a zero output', 'bad-txns-vout-zero', (t) => { const tx = t.payment(0, 1, COIN); return resign(t, { ...tx, outputs: [{ ...tx.outputs[0]!, amount: 0 }, ...tx.outputs.slice(1)] }); }],
  ['a negative output', 'bad-txns-vout-negative', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, outputs: [{ ...tx.outputs[0]!, amount: -5 }] }; }],
  ['a fractional output', 'bad-txns-vout-negative', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, outputs: [{ ...tx.outputs[0]!, amount: 1.5 }] }; }],
  ['an output above 21 million coins', 'bad-txns-vout-toolarge', (t) => { const tx = t.payment(0, 1, COIN); return resign(t, { ...tx, outputs: [{ ...tx.outputs[0]!, amount: MAX_MONEY + 1 }] }); }],
  ['outputs summing above 21 million coins', 'bad-txns-txouttotal-toolarge', (t) => { const tx = t.payment(0, 1, COIN); const o = { ...tx.outputs[0]!, amount: MAX_MONEY }; return resign(t, { ...tx, outputs: [o, o] }); }],
  ['the same coin twice', 'bad-txns-inputs-duplicate', (t) => { const tx = t.payment(0, 1, COIN); return resign(t, { ...tx, inputs: [tx.inputs[0]!, tx.inputs[0]!] }); }],
  ['the null outpoint in a normal transaction', 'bad-txns-prevout-null', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, inputs: [{ ...tx.inputs[0]!, prevTxid: NULL_TXID }, ...tx.inputs] }; }],
  ['an output to a bad address', 'bad-address-checksum', (t) => { const tx = t.payment(0, 1, COIN); const a = tx.outputs[0]!.address; return { ...tx, outputs: [{ ...tx.outputs[0]!, address: a.slice(0, -1) + (a.endsWith('2') ? '3' : '2') }] }; }],
  ['an output to another network', 'bad-address-version', (t) => { const tx = t.payment(0, 1, COIN); return resign(t, { ...tx, outputs: [{ amount: COIN, address: addressFromPubKeyHash(new Uint8Array(20), 0x6f) }] }); }],
  ['a missing coin', 'bad-txns-inputs-missingorspent', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, inputs: [{ ...tx.inputs[0]!, prevTxid: 'ab'.repeat(32) }] }; }],
  ['an immature coinbase', 'bad-txns-premature-spend-of-coinbase', (t) => {
    const tip = t.chain.getBlock(t.chain.tip.hash)!;
    const cb = tip.txs[0]!;
    return resign(t, { version: 1, inputs: [{ prevTxid: txid(cb), vout: 0, script: '', sequence: 0xffffffff, signature: '', publicKey: '' }], outputs: [{ amount: COIN, address: t.wallets[1]!.address }], lockTime: 0 });
  }],
  ['outputs above inputs', 'bad-txns-in-belowout', (t) => { const tx = t.payment(0, 1, COIN); return resign(t, { ...tx, outputs: [{ ...tx.outputs[0]!, amount: 100 * COIN }] }); }],
  ['a signature by a key that does not own the coin', 'bad-txns-wrong-key', (t) => {
    const tx = t.payment(0, 1, COIN);
    const thief = t.wallets[2]!;
    const spent = tx.inputs.map((i) => ({ ...t.chain.utxos.getCoin(`${i.prevTxid}:${i.vout}`)!, address: thief.address }));
    return signTransaction(tx, [thief], spent);
  }],
  ['a signature of another transaction', 'bad-txns-bad-signature', (t) => { const tx = t.payment(0, 1, COIN); const other = t.payment(0, 2, COIN); return { ...tx, inputs: [{ ...tx.inputs[0]!, signature: other.inputs[0]!.signature }] }; }],
  ['an amount changed after signing', 'bad-txns-bad-signature', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, outputs: [{ ...tx.outputs[0]!, amount: COIN - 1 }, ...tx.outputs.slice(1)] }; }],
  ['a malformed public key', 'bad-txns-pubkey', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, inputs: [{ ...tx.inputs[0]!, publicKey: '02' + '00'.repeat(32) }] }; }],
  ['data only a coinbase may carry', 'bad-txns-nonstandard-input', (t) => { const tx = t.payment(0, 1, COIN); return { ...tx, inputs: [{ ...tx.inputs[0]!, script: '00' }] }; }],
  ['an unknown version', 'bad-txns-version', (t) => resign(t, { ...t.payment(0, 1, COIN), version: 2 })],
];

describe('transaction rules in the mempool', () => {
  it('a valid payment is accepted with its fee', () => {
    const t = setup();
    const r = t.chain.acceptTransaction(t.payment(0, 1, COIN, 1234));
    expect(r.accepted).toBe(true);
    expect(r.entry!.fee).toBe(1234);
  });
  it.each(rows)('refuses %s with %s and changes nothing', (_name, code, make) => {
    const t = setup();
    const tx = make(t);
    const before = stateFingerprint(t.chain);
    const r = t.chain.acceptTransaction(tx);
    expect(r.accepted).toBe(false);
    expect(r.code).toBe(code);
    expect(r.message).toBeTruthy();
    expect(stateFingerprint(t.chain)).toBe(before);
  });
  it('refuses a coinbase from outside', () => {
    const t = setup();
    const cb = createCoinbase({ height: 9, extraNonce: 0, witnessRoot: '0'.repeat(64), message: '' }, [{ amount: COIN, address: t.wallets[0]!.address }]);
    expect(isCoinbase(cb)).toBe(true);
    expect(t.chain.acceptTransaction(cb).code).toBe('txn-coinbase');
  });
});

describe('the same rules inside a block', () => {
  // Rows whose transaction cannot even be encoded (negative, fractional amounts) are
  // covered above; the rest must also make a block invalid.
  const blockRows = rows.filter(([name]) => !['a negative output', 'a fractional output', 'an output to a bad address'].includes(name));
  it.each(blockRows)('a block holding %s is refused with %s and changes nothing', (_name, code, make) => {
    const t = setup();
    const tx = make(t);
    const block = buildBlockOn(t.chain, t.chain.tip.hash, { txs: [tx] });
    const before = stateFingerprint(t.chain);
    const r = t.chain.processBlock(block);
    expect(r.status).toBe('rejected');
    expect(r.code).toBe(code);
    expect(stateFingerprint(t.chain)).toBe(before);
  });
});

describe('coinbases', () => {
  it('no two coinbases share a txid: the height is inside', () => {
    const t = setup();
    const ids = t.chain.activeEntries().map((e) => txid(t.chain.getBlock(e.hash)!.txs[0]!));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

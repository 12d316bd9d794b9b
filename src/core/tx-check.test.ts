/**
 * The context-free transaction rules (checkTransaction) called directly: each
 * refusal's code and the detail that names the broken part, the coinbase's own
 * rules, and the size limit at its edge. transaction.test.ts runs the same
 * rules through the pool and blocks.
 */
import { describe, expect, it } from 'vitest';
import { COIN } from './amount';
import { createCoinbase } from './coinbase';
import { isValidationError } from './errors';
import { TestChain } from './testing';
import { COINBASE_VOUT, txSize, type Transaction } from './transaction';
import { checkTransaction } from './tx-check';
import type { ConsensusParams } from './params';

/** The code and detail checkTransaction refuses with, or 'ok'. */
function verdict(tx: Transaction, params: ConsensusParams): { code: string; detail?: string } | 'ok' {
  try {
    checkTransaction(tx, params);
    return 'ok';
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return { code: e.code, detail: e.detail };
  }
}

/** A payment of two outputs (amount and change) spending one coin. */
function payment(): { t: TestChain; tx: Transaction } {
  const t = new TestChain();
  t.mine();
  const tx = t.payment(0, 1, COIN, 1000);
  expect(tx.outputs).toHaveLength(2);
  return { t, tx };
}

const withOutput = (tx: Transaction, i: number, change: object): Transaction => ({ ...tx, outputs: tx.outputs.map((o, j) => (j === i ? { ...o, ...change } : o)) });
const withInput = (tx: Transaction, i: number, change: object): Transaction => ({ ...tx, inputs: tx.inputs.map((x, j) => (j === i ? { ...x, ...change } : x)) });

describe('checkTransaction names what is wrong', () => {
  it('accepts a well-formed payment', () => {
    const { t, tx } = payment();
    expect(verdict(tx, t.params)).toBe('ok');
  });
  it.each([
    ['a second version', (tx: Transaction) => ({ ...tx, version: 2 }), 'bad-txns-version', 'version 2'],
    ['a negative second output', (tx: Transaction) => withOutput(tx, 1, { amount: -5 }), 'bad-txns-vout-negative', 'output 1 pays -5'],
    ['an amount given as text', (tx: Transaction) => withOutput(tx, 0, { amount: '5' }), 'bad-txns-vout-negative', 'output 0 pays 5'],
    ['a zero second output', (tx: Transaction) => withOutput(tx, 1, { amount: 0 }), 'bad-txns-vout-zero', 'output 1'],
    ['a second output above the money supply', (tx: Transaction) => withOutput(tx, 1, { amount: 21_000_000 * COIN + 1 }), 'bad-txns-vout-toolarge', 'output 1'],
    ['a null outpoint by its vout alone', (tx: Transaction) => withInput(tx, 0, { vout: COINBASE_VOUT }), 'bad-txns-prevout-null', 'input 0'],
    ['coinbase data in a payment', (tx: Transaction) => withInput(tx, 0, { script: '00' }), 'bad-txns-nonstandard-input', 'input 0'],
    ['a public key that is not hex', (tx: Transaction) => withInput(tx, 0, { publicKey: 'zz' }), 'bad-txns-pubkey', 'input 0'],
  ])('refuses %s', (_name, edit, code, detail) => {
    const { t, tx } = payment();
    expect(verdict(edit(tx), t.params)).toEqual({ code, detail });
  });
  it('names the output whose address is broken', () => {
    const { t, tx } = payment();
    const a = tx.outputs[1]!.address;
    const r = verdict(withOutput(tx, 1, { address: a.slice(0, -1) + (a.endsWith('2') ? '3' : '2') }), t.params);
    expect(r).toEqual({ code: 'bad-address-checksum', detail: expect.stringMatching(/^output 1: /) });
  });
});

describe('coinbase rules', () => {
  const coinbase = (t: TestChain, script?: string) => {
    const cb = createCoinbase({ height: 7, extraNonce: 0, witnessRoot: '0'.repeat(64), message: 'hi' }, [{ amount: COIN, address: t.wallets[0]!.address }]);
    return script === undefined ? cb : withInput(cb, 0, { script });
  };
  it('accepts a well-formed coinbase', () => {
    const t = new TestChain();
    expect(verdict(coinbase(t), t.params)).toBe('ok');
  });
  it('refuses a coinbase script that does not decode', () => {
    const t = new TestChain();
    expect(verdict(coinbase(t, '00'), t.params)).toMatchObject({ code: 'bad-cb-length' });
  });
  it.each([
    ['a signature', { signature: '30' }],
    ['a public key', { publicKey: '02' }],
  ])('refuses a coinbase input carrying %s', (_name, change) => {
    const t = new TestChain();
    expect(verdict(withInput(coinbase(t), 0, change), t.params)).toEqual({ code: 'bad-txns-cb-has-signature', detail: undefined });
  });
});

describe('the size limit', () => {
  it('a transaction of exactly the block size limit passes, one byte over it is refused with its size', () => {
    const { t, tx } = payment();
    const size = txSize(tx);
    expect(verdict(tx, { ...t.params, maxBlockSize: size })).toBe('ok');
    expect(verdict(tx, { ...t.params, maxBlockSize: size - 1 })).toEqual({ code: 'bad-txns-oversize', detail: `${size} bytes` });
  });
});

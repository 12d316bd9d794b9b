/**
 * The pool's acceptance rules one by one (Core's AcceptToMemoryPool): each
 * refusal with its code and the detail that names what is wrong, and what a
 * connected block takes out of the pool and what it leaves.
 */
import { describe, expect, it } from 'vitest';
import { TestChain } from './testing';
import { COIN } from './amount';
import { REGTEST_PARAMS } from './params';
import { outpointKey, txSize, txid } from './transaction';
import { buildPayment } from './wallet';
import { Mempool } from './mempool';

function funded() {
  const t = new TestChain(REGTEST_PARAMS, 4);
  t.mine();
  t.mine();
  return t; // w0 owns 3 coinbases of 10 coins
}

describe('Mempool.accept: each refusal names what is wrong and changes nothing', () => {
  it('the same transaction twice: txn-already-in-mempool with its txid', () => {
    const t = funded();
    const tx = t.send(0, 1, COIN);
    const before = t.chain.mempool.entries();
    const r = t.chain.acceptTransaction(tx);
    expect(r).toMatchObject({ accepted: false, code: 'txn-already-in-mempool' });
    expect(r.message).toContain(txid(tx));
    expect(t.chain.mempool.entries()).toEqual(before);
  });

  it('a coinbase: txn-coinbase', () => {
    const t = funded();
    const pool = new Mempool(REGTEST_PARAMS);
    const block = t.mine();
    expect(() => pool.accept(block.txs[0]!, t.chain.utxos, t.chain.height, 0)).toThrow(expect.objectContaining({ code: 'txn-coinbase' }));
    expect(pool.size).toBe(0);
  });

  it('a confirmed transaction offered again, even with only its last output left unspent: txn-already-known', () => {
    const t = funded();
    const paid = t.send(0, 1, COIN, 1000); // outputs: 0 to w1, 1 the change to w0
    t.minePool();
    expect(paid.outputs).toHaveLength(2);
    t.send(1, 2, COIN / 2); // spends output 0 …
    t.minePool();
    expect(t.chain.utxos.has(outpointKey(txid(paid), 0))).toBe(false);
    expect(t.chain.utxos.has(outpointKey(txid(paid), 1))).toBe(true); // … and leaves output 1
    const r = t.chain.acceptTransaction(paid);
    expect(r).toMatchObject({ accepted: false, code: 'txn-already-known' });
    expect(r.message).toContain(txid(paid));
    expect(t.chain.mempool.size).toBe(0);
  });

  it('a second spend of a pool coin: txn-mempool-conflict naming the input, the coin and the pool transaction', () => {
    const t = funded();
    const first = t.payment(0, 1, COIN);
    const second = t.payment(0, 2, 2 * COIN); // built before `first` entered the pool: the same coin
    expect(t.chain.acceptTransaction(first).accepted).toBe(true);
    const coin = second.inputs[0]!;
    const r = t.chain.acceptTransaction(second);
    expect(r.code).toBe('txn-mempool-conflict');
    expect(r.message).toContain(`input 0 (${coin.prevTxid.slice(0, 16)}…:${coin.vout}) is spent by pool transaction ${txid(first).slice(0, 16)}…`);
    expect(t.chain.mempool.entries().map((e) => e.txid)).toEqual([txid(first)]);
  });

  it('a fee rate below the pool floor: mempool-min-fee-not-met with both rates; a rate equal to the floor is enough', () => {
    const t = funded();
    const coins = t.chain.utxos.coinsOf(t.wallets[0]!.address).map(([key, coin]) => ({ key, coin }));
    const pay = (fee: number, i: number) => buildPayment({ from: t.wallets[0]!, to: t.wallets[1]!.address, amount: COIN, fee, coins: [coins[i]!] }).tx;
    const free = pay(0, 0);
    const size = txSize(free);
    // A fresh pool's floor is 0: a transaction paying no fee meets it.
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: 2 * size + 10 });
    expect(pool.minFeeRate(0)).toBe(0);
    pool.accept(free, t.chain.utxos, t.chain.height, 0);
    pool.accept(pay(50_000, 1), t.chain.utxos, t.chain.height, 0);
    // Full: a newcomer paying more evicts the free one, which lifts the floor to 1 unit/byte.
    pool.accept(pay(1, 2), t.chain.utxos, t.chain.height, 0);
    expect(pool.minFeeRate(0)).toBe(1);
    const held = pool.entries();
    expect(() => pool.accept(pay(0, 0), t.chain.utxos, t.chain.height, 0)).toThrow(
      expect.objectContaining({ code: 'mempool-min-fee-not-met', message: expect.stringContaining('fee rate 0.00 < 1.00 units/byte') }),
    );
    expect(pool.entries()).toEqual(held);
    // Exactly the floor's rate is accepted (it evicts the cheaper of the two to fit).
    expect(() => pool.accept(pay(size, 0), t.chain.utxos, t.chain.height, 0)).not.toThrow();
  });
});

describe('Mempool.removeForBlock: what a block takes out', () => {
  it('a confirmed parent leaves; its pool child stays, now spending a chain coin', () => {
    const t = funded();
    const parent = t.send(0, 1, 5 * COIN, 1000);
    const child = t.send(1, 2, COIN, 1000); // w1 only has the parent's output
    const block = t.mine({ txs: [parent], fees: 1000 });
    expect(block.txs.map(txid)).toContain(txid(parent));
    expect(t.chain.mempool.entries().map((e) => e.txid)).toEqual([txid(child)]);
    // The child still locks its coin: a rival spend of it is a pool conflict.
    const key = outpointKey(txid(parent), 0);
    const rival = buildPayment({ from: t.wallets[1]!, to: t.wallets[3]!.address, amount: COIN, fee: 0, coins: [{ key, coin: t.chain.utxos.getCoin(key)! }] }).tx;
    expect(t.chain.acceptTransaction(rival).code).toBe('txn-mempool-conflict');
  });

  it('reports what it confirmed and frees the coins it held', () => {
    const t = funded();
    const pool = new Mempool(REGTEST_PARAMS);
    const kept = t.payment(0, 1, COIN);
    pool.accept(kept, t.chain.utxos, t.chain.height, 0);
    const removed = pool.removeForBlock({ header: t.chain.tip.header, txs: [kept] });
    expect(removed).toEqual([{ txid: txid(kept), reason: 'confirmed' }]);
    expect(pool.size).toBe(0);
    expect(pool.totalBytes).toBe(0);
    // Its coin is no longer held by the pool.
    expect(pool.coinsWithPool(t.chain.utxos).getCoin(outpointKey(kept.inputs[0]!.prevTxid, kept.inputs[0]!.vout))).toBeDefined();
  });
});

/** The pool: per-coin locking, unconfirmed chains, fee-rate templates, removal on blocks. */
import { describe, expect, it } from 'vitest';
import { TestChain } from './testing';
import { COIN } from './amount';
import { REGTEST_PARAMS } from './params';
import { txSize, txid } from './transaction';
import { balanceOf, spendableCoins } from './balance';
import { buildPayment } from './wallet';
import { Mempool } from './mempool';

function funded() {
  const t = new TestChain(REGTEST_PARAMS, 4);
  t.mine();
  t.mine();
  return t; // w0 owns 3 coinbases of 10 coins
}

describe('mempool', () => {
  it('refuses a second spend of a coin the pool already spends (txn-mempool-conflict)', () => {
    const t = funded();
    const first = t.payment(0, 1, COIN);
    const second = t.payment(0, 2, COIN); // built before `first` entered the pool: same coin
    expect(t.chain.acceptTransaction(first).accepted).toBe(true);
    const r = t.chain.acceptTransaction(second);
    expect(r.code).toBe('txn-mempool-conflict');
    expect(t.chain.mempool.size).toBe(1);
  });

  it('locks coins one by one: the same wallet can send again from another coin', () => {
    const t = funded();
    t.send(0, 1, COIN);
    t.send(0, 2, COIN);
    t.send(0, 3, COIN);
    expect(t.chain.mempool.size).toBe(3);
  });

  it('accepts a child spending an unconfirmed parent, and a block template puts the parent first', () => {
    const t = funded();
    const parent = t.send(0, 1, 5 * COIN, 100);
    const child = t.send(1, 2, COIN, 50_000); // w1 only has the unconfirmed output
    const picked = t.chain.mempool.selectForBlock(1_000_000).map((e) => e.txid);
    expect(picked).toEqual([txid(parent), txid(child)]);
    t.minePool();
    expect(t.chain.mempool.size).toBe(0);
    expect(balanceOf(t.chain, t.wallets[2]!.address).confirmed).toBe(COIN);
  });

  it('orders a template by fee rate and respects maxTxs and the size limit', () => {
    const t = funded();
    const low = t.send(0, 1, COIN, 100);
    const high = t.send(0, 2, COIN, 10_000);
    const mid = t.send(0, 3, COIN, 1000);
    const ids = (n?: number, bytes = 1_000_000) => t.chain.mempool.selectForBlock(bytes, n).map((e) => e.txid);
    expect(ids()).toEqual([txid(high), txid(mid), txid(low)]);
    expect(ids(2)).toEqual([txid(high), txid(mid)]);
    const one = t.chain.mempool.get(txid(high))!.size;
    expect(ids(undefined, one)).toEqual([txid(high)]);
  });

  it('a block removes what it confirms and what conflicts with it', () => {
    const t = funded();
    const inPool = t.send(0, 1, COIN);
    const rival = buildPayment({
      from: t.wallets[0]!,
      to: t.wallets[3]!.address,
      amount: 2 * COIN,
      fee: 0,
      coins: t.chain.utxos.coinsOf(t.wallets[0]!.address).filter(([k]) => k === `${inPool.inputs[0]!.prevTxid}:${inPool.inputs[0]!.vout}`).map(([key, coin]) => ({ key, coin })),
    }).tx;
    const confirmed = t.send(0, 2, COIN);
    const block = t.mine({ txs: [rival, confirmed] });
    expect(block.txs).toHaveLength(3);
    expect(t.chain.mempool.size).toBe(0);
  });

  it('balances split into confirmed and pending; spendable coins skip those the pool spends', () => {
    const t = funded();
    const w0 = t.wallets[0]!.address;
    expect(balanceOf(t.chain, w0)).toMatchObject({ confirmed: 30 * COIN, pending: 0 });
    t.send(0, 1, 4 * COIN, 1000);
    const b = balanceOf(t.chain, w0);
    expect(b.confirmed).toBe(30 * COIN);
    expect(b.pending).toBe(-4 * COIN - 1000);
    expect(balanceOf(t.chain, t.wallets[1]!.address).pending).toBe(4 * COIN);
    const coins = spendableCoins(t.chain, w0);
    expect(coins.reduce((s, c) => s + c.coin.amount, 0)).toBe(b.total);
  });

  it('refuses when full unless the fee rate beats the lowest, evicting it', () => {
    const t = funded();
    const coins = t.chain.utxos.coinsOf(t.wallets[0]!.address).map(([key, coin]) => ({ key, coin }));
    const pay = (to: number, fee: number, i: number) => buildPayment({ from: t.wallets[0]!, to: t.wallets[to]!.address, amount: COIN, fee, coins: [coins[i]!] }).tx;
    const a = pay(1, 0, 0);
    const b = pay(2, 50_000, 1);
    const c = pay(3, 1, 2);
    // Room for exactly two of these same-sized transactions.
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: 2 * txSize(a) + 10 });
    pool.accept(a, t.chain.utxos, t.chain.height, 0);
    pool.accept(b, t.chain.utxos, t.chain.height, 0);
    expect(pool.size).toBe(2);
    expect(() => pool.accept(c, t.chain.utxos, t.chain.height, 0)).not.toThrow();
    expect(pool.has(txid(a))).toBe(false); // evicted: lowest fee rate
    const d = pay(1, 0, 0);
    expect(() => pool.accept(d, t.chain.utxos, t.chain.height, 0)).toThrow(/pool is full/);
  });
});

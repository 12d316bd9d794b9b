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
    // The eviction raised the floor to a's rate + 1 unit/byte: a has to pay more to come back.
    expect(pool.minFeeRate(0)).toBe(1);
    const d = pay(1, 0, 0);
    expect(() => pool.accept(d, t.chain.utxos, t.chain.height, 0)).toThrow(expect.objectContaining({ code: 'mempool-min-fee-not-met' }));
  });
});

describe('a full pool (Core\'s mempool_limit.py, scaled down)', () => {
  /** w0's 30 mature coins of 10 coins each, ready to pay with. */
  function many() {
    const t = new TestChain(REGTEST_PARAMS, 4);
    for (let i = 0; i < 30; i++) t.mine();
    const coins = t.chain.utxos.coinsOf(t.wallets[0]!.address).map(([key, coin]) => ({ key, coin }));
    const pay = (i: number, fee: number, to = 1) => buildPayment({ from: t.wallets[0]!, to: t.wallets[to]!.address, amount: COIN, fee, coins: [coins[i]!] }).tx;
    return { t, pay };
  }

  it('a flood never grows the pool past its limit, and what stays pays the most', () => {
    const { t, pay } = many();
    const size = txSize(pay(0, 1000));
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: 5 * size + size / 2 });
    const fees: number[] = [];
    for (let i = 0; i < 25; i++) {
      const fee = ((i * 7919) % 25) * 1000 + size * 2 * i; // fee rates rise faster than the floor
      fees.push(fee);
      try {
        pool.accept(pay(i, fee), t.chain.utxos, t.chain.height, 0);
      } catch (e) {
        expect((e as { code: string }).code).toMatch(/^mempool-(full|min-fee-not-met)$/);
      }
      expect(pool.totalBytes).toBeLessThanOrEqual(pool.maxBytes);
    }
    expect(pool.size).toBe(5);
    const kept = pool.entries().map((e) => e.fee).sort((a, b) => b - a);
    expect(kept).toEqual([...fees].sort((a, b) => b - a).slice(0, 5));
  });

  it('evicts whole packages by descendant score: a child paying for its parent protects it', () => {
    const { t, pay } = many();
    const parent = pay(0, 0, 1); // fee 0 ...
    const child = buildPayment({ from: t.wallets[1]!, to: t.wallets[2]!.address, amount: COIN / 2, fee: 40_000, coins: [{ key: `${txid(parent)}:0`, coin: { amount: COIN, address: t.wallets[1]!.address, height: 0x7fffffff, coinbase: false } }] }).tx;
    const middling = pay(1, 2_000);
    const size = txSize(middling);
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: txSize(parent) + txSize(child) + size + 10 });
    for (const tx of [parent, child, middling]) pool.accept(tx, t.chain.utxos, t.chain.height, 0);
    const newcomer = pay(2, 5_000);
    pool.accept(newcomer, t.chain.utxos, t.chain.height, 0);
    // The parent alone pays least, but its package (with the child) beats `middling`.
    expect(pool.has(txid(parent))).toBe(true);
    expect(pool.has(txid(child))).toBe(true);
    expect(pool.has(txid(middling))).toBe(false);
    expect(pool.minFeeRate(0)).toBeCloseTo(2_000 / size + 1);
  });

  it('a refusal for a full pool changes nothing', () => {
    const { t, pay } = many();
    const a = pay(0, 5_000);
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: txSize(a) + 10 });
    pool.accept(a, t.chain.utxos, t.chain.height, 0);
    expect(() => pool.accept(pay(1, 5_000), t.chain.utxos, t.chain.height, 0)).toThrow(expect.objectContaining({ code: 'mempool-full' }));
    expect(pool.entries().map((e) => e.txid)).toEqual([txid(a)]);
    expect(pool.minFeeRate(0)).toBe(0);
  });

  it('the floor decays once a block arrived, halving per twelve hours (faster while nearly empty)', () => {
    const { t, pay } = many();
    const a = pay(0, 0);
    const pool = new Mempool(REGTEST_PARAMS, { maxBytes: txSize(a) + 10 });
    pool.accept(a, t.chain.utxos, t.chain.height, 1_000);
    pool.accept(pay(1, 30 * txSize(a)), t.chain.utxos, t.chain.height, 1_000);
    expect(pool.minFeeRate(1_000)).toBe(1);
    expect(pool.minFeeRate(1_000 + 86_400)).toBe(1); // no block yet: it stays
    pool.removeForBlock(t.chain.getBlock(t.chain.tip.hash)!);
    // The pool is nearly full: the half-life is the whole twelve hours.
    expect(pool.minFeeRate(1_000 + 12 * 3600)).toBeCloseTo(0.5);
    // Below half the incremental relay fee (0.5 units/byte) it is zero.
    expect(pool.minFeeRate(1_000 + 13 * 3600)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { COIN, REGTEST_PARAMS, txid } from '../../core/index';
import { TestChain } from '../../core/testing';
import { walletFunds } from './wallet-funds';

describe('walletFunds', () => {
  it('splits confirmed, locked-by-pool, pending and spendable coins, coin by coin', () => {
    const t = new TestChain(REGTEST_PARAMS, 3);
    const [a, b] = t.wallets;
    t.mine({ miner: a!.address });
    t.mine({ miner: a!.address });
    const before = walletFunds(t.chain, a!.address);
    // Genesis + 2 blocks pay A: three 10-coin coinbases, all mature (classroom maturity 1).
    expect(before.confirmed).toBe(30 * COIN);
    expect(before.spendable).toBe(30 * COIN);
    expect(before.lockedByPool).toBe(0);
    expect(before.coins.map((c) => c.height)).toEqual([2, 1, 0]);
    expect(before.coins.every((c) => c.coinbase && !c.immature && c.spentBy === null)).toBe(true);

    const tx = t.send(0, 1, 4 * COIN, 1000);
    const id = txid(tx);
    const after = walletFunds(t.chain, a!.address);
    // One 10-coin coin is locked by the payment; its change (6 coins - fee) waits in the pool and can be spent.
    expect(after.confirmed).toBe(30 * COIN);
    expect(after.lockedByPool).toBe(10 * COIN);
    expect(after.lockingTxids).toEqual([id]);
    expect(after.pending).toBe(-4 * COIN - 1000);
    expect(after.spendable).toBe(20 * COIN + 6 * COIN - 1000);
    expect(after.coins.filter((c) => c.spentBy === id)).toHaveLength(1);
    // The pool output comes first (newest first).
    const change = after.coins[0]!;
    expect(change).toMatchObject({ txid: id, vout: 1, amount: 6 * COIN - 1000, spentBy: null, coinbase: false });

    const receiver = walletFunds(t.chain, b!.address);
    expect(receiver).toMatchObject({ confirmed: 0, pending: 4 * COIN, total: 4 * COIN, spendable: 4 * COIN, lockedByPool: 0 });
    expect(receiver.coins).toEqual([{ key: `${id}:0`, txid: id, vout: 0, amount: 4 * COIN, height: null, coinbase: false, immature: false, spentBy: null }]);

    // Once mined, nothing is locked or pending any more.
    t.minePool(t.wallets[2]!.address);
    const mined = walletFunds(t.chain, b!.address);
    expect(mined).toMatchObject({ confirmed: 4 * COIN, pending: 0, spendable: 4 * COIN });
    expect(mined.coins[0]!.height).toBe(3);
  });

  it('lists a pool output already spent by a child as locked by that child', () => {
    const t = new TestChain(REGTEST_PARAMS, 3);
    t.mine({ miner: t.wallets[0]!.address });
    const parent = t.send(0, 1, 5 * COIN);
    const child = t.send(1, 2, 2 * COIN);
    const b = walletFunds(t.chain, t.wallets[1]!.address);
    const spent = b.coins.find((c) => c.txid === txid(parent))!;
    expect(spent.spentBy).toBe(txid(child));
    expect(b.lockingTxids).toEqual([txid(child)]);
    // The child's change is B's only spendable coin; nothing confirmed is locked.
    expect(b.spendable).toBe(3 * COIN);
    expect(b.lockedByPool).toBe(0);
  });

  it('marks young coinbase rewards immature and leaves them out of what can be spent', () => {
    const t = new TestChain({ ...REGTEST_PARAMS, coinbaseMaturity: 3 }, 2);
    const a = t.wallets[0]!.address;
    t.mine({ miner: a });
    t.mine({ miner: a });
    const f = walletFunds(t.chain, a);
    // Height 2, next block 3: genesis (height 0) is mature, heights 1 and 2 are not.
    expect(f.coins.map((c) => [c.height, c.immature])).toEqual([
      [2, true],
      [1, true],
      [0, false],
    ]);
    expect(f.immature).toBe(20 * COIN);
    expect(f.spendable).toBe(10 * COIN);
  });

  it('refuses a missing address by name', () => {
    const t = new TestChain(REGTEST_PARAMS, 1);
    expect(() => walletFunds(t.chain, '')).toThrow(/address/);
  });
});

import { describe, expect, it } from 'vitest';
import { COIN, REGTEST_PARAMS, txid } from '../../core/index';
import { TestChain } from '../../core/testing';
import { poolEntryToJson } from '../../api/json';
import { feeRateText, poolRows, poolTotals } from './pool-view';

/** Two nodes with the same chain (same seed, same blocks), so their pools can conflict. */
function twoNodes() {
  const a = new TestChain(REGTEST_PARAMS, 3);
  const b = new TestChain(REGTEST_PARAMS, 3);
  expect(b.chain.tip.hash).toBe(a.chain.tip.hash);
  for (let i = 0; i < 2; i++) {
    const block = a.mine({ miner: a.wallets[0]!.address });
    b.clock = a.clock;
    expect(b.chain.processBlock(block).accepted).toBe(true);
  }
  return { a, b };
}

const json = (t: TestChain) => t.chain.mempool.entries().map((e) => poolEntryToJson(e, t.chain));

describe('poolRows', () => {
  it('links an unconfirmed parent and its child, inputs and outputs with amounts and addresses', () => {
    const { a } = twoNodes();
    const parent = txid(a.send(0, 1, 5 * COIN, 2000));
    const child = txid(a.send(1, 2, 2 * COIN, 5000));
    const rows = poolRows(json(a));
    const p = rows.find((r) => r.txid === parent)!;
    const c = rows.find((r) => r.txid === child)!;
    expect(c.parents).toEqual([parent]);
    expect(c.inputs).toEqual([{ key: `${parent}:0`, amount: 5 * COIN, address: a.wallets[1]!.address, unconfirmed: true }]);
    expect(p.children).toEqual([child]);
    expect(p.parents).toEqual([]);
    expect(p.inputs[0]).toMatchObject({ amount: 10 * COIN, address: a.wallets[0]!.address, unconfirmed: false });
    expect(p.outputs).toEqual([
      { vout: 0, amount: 5 * COIN, address: a.wallets[1]!.address, spentBy: child },
      { vout: 1, amount: 5 * COIN - 2000, address: a.wallets[0]!.address, spentBy: null },
    ]);
    // Highest fee rate first: the child pays more per byte.
    expect(rows.map((r) => r.txid)).toEqual([child, parent]);
    expect(p.fee).toBe(2000);
    expect(p.feeRate).toBeCloseTo(2000 / p.size);
  });

  it('finds a conflict: another node holds a different transaction spending the same coin', () => {
    const { a, b } = twoNodes();
    const mine = txid(a.send(0, 1, 3 * COIN));
    const theirs = txid(b.send(0, 2, 3 * COIN));
    expect(theirs).not.toBe(mine);
    const [row] = poolRows(json(a), [
      { id: 'node-2', label: 'Node B', pool: b.chain.mempool },
      { id: 'node-3', label: 'Node C', pool: b.chain.mempool },
    ]);
    // One conflict (one rival transaction, one contested coin), held by both other nodes.
    expect(row!.conflicts).toEqual([
      {
        txid: theirs,
        coin: row!.inputs[0]!.key,
        nodes: [
          { id: 'node-2', label: 'Node B' },
          { id: 'node-3', label: 'Node C' },
        ],
      },
    ]);
    expect(row!.alsoAt).toEqual([]);
    expect(row!.notAt).toEqual(['Node B', 'Node C']);
  });

  it('says which other nodes already hold the transaction, and reports no conflict for the same one', () => {
    const { a, b } = twoNodes();
    const tx = a.send(0, 1, 3 * COIN);
    expect(b.chain.acceptTransaction(tx).accepted).toBe(true);
    const [row] = poolRows(json(a), [
      { id: 'node-2', label: 'Node B', pool: b.chain.mempool },
      { id: 'node-3', label: 'Node C', pool: { has: () => false, spenderOf: () => undefined } },
    ]);
    expect(row!.conflicts).toEqual([]);
    expect(row!.alsoAt).toEqual(['Node B']);
    expect(row!.notAt).toEqual(['Node C']);
  });

  it('refuses something that is not a list', () => {
    expect(() => poolRows(null as never)).toThrow(TypeError);
  });
});

describe('poolTotals and feeRateText', () => {
  it('adds count, bytes and fees', () => {
    const { a } = twoNodes();
    a.send(0, 1, 1 * COIN, 1000);
    a.send(0, 2, 1 * COIN, 3000);
    const pool = json(a);
    expect(poolTotals(pool)).toEqual({ count: 2, bytes: pool[0]!.size + pool[1]!.size, fees: 4000 });
    expect(poolTotals([])).toEqual({ count: 0, bytes: 0, fees: 0 });
  });

  it('shows a fee rate with at most two decimals', () => {
    expect(feeRateText(2000 / 208)).toBe('9.62 units/B');
    expect(feeRateText(0)).toBe('0 units/B');
    expect(feeRateText(12345.5)).toBe('12,345.5 units/B');
  });
});

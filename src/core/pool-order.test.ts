import { describe, expect, it } from 'vitest';
import { COIN } from './amount';
import { TestChain } from './testing';
import { txid } from './transaction';
import { inDependencyOrder } from './pool-order';

/** A pool of a chain a -> b -> c (each spends the last one's payment) and an unrelated d. */
function pool() {
  const t = new TestChain();
  t.mine({ miner: t.wallets[1]!.address });
  for (let i = 0; i < 100; i++) t.mine(); // coinbases mature; wallets 2 and 3 have none
  const a = t.send(1, 2, COIN, 100);
  const b = t.send(2, 3, COIN / 2, 100); // wallet 2's only coin is a's output
  const c = t.send(3, 1, COIN / 4, 100); // and wallet 3's is b's
  const d = t.send(0, 1, COIN, 100);
  const item = (tx: typeof a, time: number) => ({ tx, time });
  return { t, a: item(a, 1), b: item(b, 2), c: item(c, 3), d: item(d, 4) };
}

const ids = (items: readonly { tx: Parameters<typeof txid>[0] }[]) => items.map((i) => txid(i.tx));

describe('a stored pool in an order the pool accepts', () => {
  it('keeps an order that already has parents first', () => {
    const { a, b, c, d } = pool();
    expect(ids(inDependencyOrder([a, d, b, c]))).toEqual(ids([a, d, b, c]));
  });

  it('moves every parent before its children, the rest as stored', () => {
    const { a, b, c, d } = pool();
    expect(ids(inDependencyOrder([c, d, b, a]))).toEqual(ids([a, b, c, d]));
    expect(ids(inDependencyOrder([d, b, a]))).toEqual(ids([d, a, b]));
  });

  it('a pool built again in that order accepts every transaction', () => {
    const { t, a, b, c, d } = pool();
    const replay = (items: readonly (typeof a)[]) => {
      const fresh = new TestChain();
      for (const e of t.chain.activeEntries().slice(1)) fresh.chain.processBlock(t.chain.getBlock(e.hash)!);
      fresh.clock = t.clock;
      return items.map((i) => fresh.chain.acceptTransaction(i.tx).accepted);
    };
    expect(replay([c, b, d, a])).toEqual([false, false, true, true]); // as stored: the children refused
    expect(replay(inDependencyOrder([c, b, d, a]))).toEqual([true, true, true, true]);
  });

  it('keeps a transaction stored twice, so the pool still refuses the duplicate', () => {
    const { a, b } = pool();
    expect(ids(inDependencyOrder([b, a, { ...a }]))).toEqual(ids([a, b, a]));
  });
});

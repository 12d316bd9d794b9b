import { describe, expect, it } from 'vitest';
import { Blockchain, COIN } from '../core/index';
import { TestChain } from '../core/testing';
import { nodeStateFromChain, toChainSnapshot } from './node-state';

describe('node state to chain snapshot', () => {
  it('hands each pool transaction over with its arrival time, so a reload keeps it (like mempool.dat)', () => {
    const t = new TestChain();
    t.mine();
    t.mine();
    t.clock += 37;
    t.send(0, 1, COIN);
    const [entry] = t.chain.mempool.entries();
    const snapshot = toChainSnapshot(nodeStateFromChain('n', t.chain));
    const reloaded = Blockchain.restore(t.params, snapshot, { now: () => t.clock + 1 });
    expect(reloaded.mempool.entries().map((e) => [e.txid, e.time])).toEqual([[entry!.txid, entry!.time]]);
  });
});

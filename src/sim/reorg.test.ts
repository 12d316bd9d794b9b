/**
 * Reorgs across the network that disconnect a block holding a chain of
 * transactions (a child spending its parent's output in the same block): the
 * losing node's UTXO set must equal a replay of its new active chain. (Found by
 * a soak run of the simulation; fixed in core's disconnectBlock.)
 */
import { describe, expect, it } from 'vitest';
import { COIN, buildPayment, spendableCoins, txid } from '../core/index';
import { lineNetwork } from './testing';

describe('reorg of a block with in-block chained transactions', () => {
  it('leaves no coin behind that was created and spent inside the disconnected block', () => {
    const { net, w } = lineNetwork(['A', 'B'], { seed: 'chain-reorg', link: false });
    const a = net.node('A');
    net.mine('A', { minerAddress: w[0]!.address });
    const parent = buildPayment({ from: w[0]!, to: w[1]!.address, amount: 3 * COIN, fee: 0, coins: spendableCoins(a.chain, w[0]!.address) }).tx;
    expect(net.submitTransaction('A', parent).accepted).toBe(true);
    const child = buildPayment({ from: w[1]!, to: w[2]!.address, amount: COIN, fee: 0, coins: spendableCoins(a.chain, w[1]!.address) }).tx;
    expect(child.inputs[0]!.prevTxid).toBe(txid(parent));
    expect(net.submitTransaction('A', child).accepted).toBe(true);
    expect(net.mine('A').block.txs).toHaveLength(3);

    for (let i = 0; i < 4; i++) net.mine('B'); // a longer branch from genesis
    net.registerPeers('A', 'B');
    net.runUntilIdle();
    expect(a.tip.hash).toBe(net.node('B').tip.hash);
    expect(a.chain.utxos.has(`${txid(parent)}:0`)).toBe(false);
    expect(a.chain.verifyUtxoSet()).toMatchObject({ ok: true });
    expect(a.chain.utxos.toSortedArray()).toEqual(net.node('B').chain.utxos.toSortedArray());
  });
});

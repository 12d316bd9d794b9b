/**
 * The double spend a class plays: during a partition Bob pays Erin on Node A's
 * side and Frank on Node C's side with the same coins; C's side mines more, the
 * network heals, and Node A reverses Bob → Erin. The report names the payment,
 * the block that held it, and the payment that won with its block.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { PocketApp } from './pocket-app';
import { doubleSpendAcrossPartition, regtestDemo } from './testing';
import type { ReorgReport } from './reorg-service';
import { paymentSummary } from './reorg-service';
import { COIN, REGTEST_PARAMS, buildPayment, createWallet } from '../core/index';

async function open() {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  const app = await PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed, params) => regtestDemo(seed, params) });
  return { app };
}

describe('reorg reports', () => {
  it('a healed partition reverses the losing double spend and names the winner and both blocks', async () => {
    const { app } = await open();
    const heard: ReorgReport[] = [];
    app.events.on('reorg', (r) => heard.push(r));
    const { bob, erin, frank, amount, lost, won, a1, c1 } = await doubleSpendAcrossPartition(app);
    const onA = app.reorgs.reports('node-1');
    expect(onA).toHaveLength(1);
    const r = onA[0]!;
    expect(r.depth).toBe(1);
    expect(r.disconnected).toEqual([{ hash: a1.hash, height: a1.height }]);
    expect(r.connected.map((b) => b.hash)[0]).toBe(c1.hash);
    const reversed = r.reversed.find((p) => p.txid === lost.txid)!;
    expect(reversed).toMatchObject({
      from: bob.address,
      to: erin.address,
      amount,
      block: { hash: a1.hash, height: a1.height },
      lostTo: { txid: won.txid, from: bob.address, to: frank.address, amount, block: { hash: c1.hash, height: c1.height } },
    });
    // Node B followed A's branch too, and reversed the same payment.
    expect(app.reorgs.reports('node-2')[0]!.reversed.map((p) => p.txid)).toContain(lost.txid);
    expect(heard.map((h) => h.nodeId).sort()).toEqual(['node-1', 'node-2']);
    expect(heard.map((h) => h.seq)).toEqual([1, 2].slice(0, heard.length));
    // Bob → Erin is in no block of A's active chain and in no pool.
    expect(app.nodes.network.node('node-1').chain.mempool.has(lost.txid)).toBe(false);
  });

  it('refuses an unknown node by name', async () => {
    const { app } = await open();
    expect(() => app.reorgs.reports('node-99')).toThrow(/There is no node "node-99"/);
  });

  it('a new state (reset) forgets the reports', async () => {
    const { app } = await open();
    await doubleSpendAcrossPartition(app);
    expect(app.reorgs.reports().length).toBeGreaterThan(0);
    await app.lifecycle.reset();
  });
});

describe('paymentSummary', () => {
  const alice = createWallet({ seed: 's', index: 0, addressVersion: REGTEST_PARAMS.addressVersion });
  const bob = createWallet({ seed: 's', index: 1, addressVersion: REGTEST_PARAMS.addressVersion });
  const coin = { key: `${'ab'.repeat(32)}:0`, coin: { amount: 5 * COIN, address: alice.address, height: 1, coinbase: false } };

  it('names the sender from its key, the payee and the amount paid (change left out)', () => {
    const { tx } = buildPayment({ from: alice, to: bob.address, amount: 2 * COIN, fee: 1000, coins: [coin], addressVersion: REGTEST_PARAMS.addressVersion });
    expect(paymentSummary('t', tx, REGTEST_PARAMS.addressVersion)).toEqual({ txid: 't', from: alice.address, to: bob.address, amount: 2 * COIN });
  });

  it('a payment to oneself counts every output', () => {
    const { tx } = buildPayment({ from: alice, to: alice.address, amount: 2 * COIN, fee: 0, coins: [coin], addressVersion: REGTEST_PARAMS.addressVersion });
    expect(paymentSummary('t', tx, REGTEST_PARAMS.addressVersion)).toMatchObject({ from: alice.address, to: alice.address, amount: 5 * COIN });
  });
});

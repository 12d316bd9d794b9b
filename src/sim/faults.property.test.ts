/**
 * The network under faults (fast-check): random topologies, link faults (latency,
 * jitter, loss, duplicated and reordered messages), partitions and heals,
 * payments and blocks. After healing and settling, every node is on the same
 * most-work tip, every UTXO set equals its rebuild from genesis, no coin is spent
 * twice in any pool, no more money exists than was minted, and no honest node
 * ever scored a misbehaviour against another.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COIN, REGTEST_PARAMS, blockSubsidy, buildPayment, outpointKey, spendableCoins } from '../core/index';
import { Network } from './network';
import { wallets } from './testing';
import { propertyRuns } from '../core/testing';

type Action =
  | { kind: 'mine'; node: number }
  | { kind: 'pay'; node: number; from: number; to: number; coins: number }
  | { kind: 'partition'; cut: number }
  | { kind: 'heal' }
  | { kind: 'wait'; ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('mine' as const), node: fc.nat(9) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), node: fc.nat(9), from: fc.nat(3), to: fc.nat(3), coins: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('partition' as const), cut: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('heal' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 2_000 }) }) },
);

const scenario = fc.record({
  nodes: fc.integer({ min: 2, max: 5 }),
  // Extra links beyond a spanning line, as pairs of node indexes.
  extraLinks: fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { maxLength: 4 }),
  faults: fc.record({
    latencyMs: fc.integer({ min: 0, max: 300 }),
    jitterMs: fc.integer({ min: 0, max: 300 }),
    loss: fc.constantFrom(0, 0.05, 0.2),
    duplicate: fc.constantFrom(0, 0.1, 0.5),
    reorder: fc.constantFrom(0, 0.1, 0.5),
  }),
  actions: fc.array(action, { minLength: 3, maxLength: 25 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function run(s: Scenario): void {
  const w = wallets('faults', 4);
  const net = new Network({ params: REGTEST_PARAMS, seed: 'faults', genesisAddress: w[0]!.address, links: s.faults });
  const ids = Array.from({ length: s.nodes }, (_, i) => `n${i}`);
  for (const id of ids) net.addNode({ id, miner: null });
  for (let i = 1; i < ids.length; i++) net.registerPeers(ids[i - 1]!, ids[i]!);
  for (const [a, b] of s.extraLinks) if (a < s.nodes && b < s.nodes && a !== b) net.registerPeers(ids[a]!, ids[b]!);
  for (const act of s.actions) {
    const node = net.node(ids[(act as { node?: number }).node! % s.nodes] ?? ids[0]!);
    if (act.kind === 'mine') net.mine(node.id, { minerAddress: w[act.node % 4]!.address });
    else if (act.kind === 'pay') {
      const coins = spendableCoins(node.chain, w[act.from]!.address);
      const total = coins.reduce((sum, c) => sum + c.coin.amount, 0);
      if (total >= act.coins * COIN) net.submitTransaction(node.id, buildPayment({ from: w[act.from]!, to: w[act.to]!.address, amount: act.coins * COIN, fee: 0, coins }).tx);
    } else if (act.kind === 'partition') {
      const cut = Math.min(act.cut, s.nodes - 1);
      net.partition([ids.slice(0, cut), ids.slice(cut)]);
    } else if (act.kind === 'heal') net.heal();
    else net.advance(act.ms);
  }
  // Heal, stop losing messages (duplicates and reordering go on), resynchronise, settle.
  net.heal();
  net.setLinkDefaults({ loss: 0 });
  net.reconnectAll();
  net.runUntilIdle();
  net.mine(ids[0]!, { minerAddress: w[0]!.address });
  net.runUntilIdle();

  const nodes = net.nodes();
  const best = nodes.reduce((m, n) => (n.tip.chainWork > m ? n.tip.chainWork : m), 0n);
  for (const n of nodes) {
    expect(n.tip.hash, `${n.id} on the common tip`).toBe(nodes[0]!.tip.hash);
    expect(n.tip.chainWork).toBe(best);
    expect(n.chain.verifyUtxoSet().ok, `${n.id} UTXO set equals its rebuild`).toBe(true);
    const spent = n.chain.mempool.entries().flatMap((e) => e.tx.inputs.map((i) => outpointKey(i.prevTxid, i.vout)));
    expect(new Set(spent).size, `${n.id} pool spends no coin twice`).toBe(spent.length);
    let minted = 0;
    for (const e of n.chain.activeEntries()) minted += blockSubsidy(e.height, net.params);
    const held = n.chain.utxos.toSortedArray().reduce((sum, [, c]) => sum + c.amount, 0);
    expect(held).toBeLessThanOrEqual(minted);
  }
  for (const n of net.stats().nodes) expect(n.misbehavior, `${n.id} scored no honest peer`).toEqual([]);
}

describe('the network under faults (property)', () => {
  it('converges on one most-work tip with consistent UTXO sets after heal and settle', () => {
    fc.assert(fc.property(scenario, (s) => run(s)), propertyRuns(12));
  }, 600_000); // long only when FAST_CHECK_RUNS asks for many runs
});

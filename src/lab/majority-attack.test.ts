import { describe, expect, it } from 'vitest';
import { createWallet, txid } from '../core/index';
import { lineNetwork, payment } from '../sim/testing';
import { majorityAttackSteps, type MajorityAttackInput } from './majority-attack';
import { runToEnd } from './steps';

/** Three mining nodes in a line, a dozen blocks, two payments confirmed in the last two blocks. */
function liveNetwork() {
  const { net, w } = lineNetwork(['A', 'B', 'C'], {
    seed: 'majority',
    links: { latencyMs: 50, jitterMs: 0, loss: 0 },
  });
  for (let i = 0; i < 10; i++) {
    net.mine(['A', 'B', 'C'][i % 3]!);
    net.runUntilIdle();
  }
  const a = net.node('A');
  const p1 = payment(a, w[0]!, w[1]!, 2);
  net.submitTransaction('A', p1);
  net.runUntilIdle();
  net.mine('B');
  net.runUntilIdle();
  const p2 = payment(a, w[0]!, w[2]!, 1);
  net.submitTransaction('A', p2);
  net.runUntilIdle();
  net.mine('C');
  net.runUntilIdle();
  return { net, payments: [p1, p2] };
}

const attacker = createWallet({ seed: 'majority', index: 9 }).address;
const attack = (input: MajorityAttackInput) => {
  const { net, payments } = liveNetwork();
  const heightBefore = net.node('A').height;
  const result = runToEnd(
    majorityAttackSteps(net, input, { referenceNodeId: 'A', attackerAddress: attacker }),
  );
  return { net, payments, result, heightBefore };
};

describe('the 51% attack on a running network', () => {
  it('rewrites the last blocks on every node and reverses the payments they confirmed', () => {
    const { net, payments, result, heightBefore } = attack({ share: 0.7, depth: 3, seed: 1 });
    expect(result.forkHeight).toBe(heightBefore - 3);
    expect(result.reorgDepth).toBeGreaterThanOrEqual(3);
    expect(result.blocks).toBeGreaterThanOrEqual(4);
    for (const node of net.nodes()) expect(node.tip.hash).toBe(net.node('A').tip.hash);
    // Both payments were confirmed above the fork point: now they wait in the pool again.
    expect(new Set(result.reversedTxids)).toEqual(new Set(payments.map(txid)));
    expect(result.returnedToPool).toEqual(result.reversedTxids);
    for (const id of result.reversedTxids) expect(net.node('A').chain.mempool.has(id)).toBe(true);
    // The new chain's blocks above the fork are the attacker's, and it is gone from the network.
    const top = net
      .node('A')
      .chain.activeEntries()
      .slice(result.forkHeight + 1);
    expect(top.length).toBeGreaterThan(3);
    expect(net.hasNode(result.attackerId)).toBe(false);
    expect(net.node('A').chain.getBlock(top[0]!.hash)!.txs[0]!.outputs[0]!.address).toBe(attacker);
    expect(net.node('A').chain.verifyUtxoSet().ok).toBe(true);
  });

  it('gives the same attack for the same seed', () => {
    const a = attack({ share: 0.6, depth: 2, seed: 'same' }).result;
    const b = attack({ share: 0.6, depth: 2, seed: 'same' }).result;
    expect(b).toEqual(a);
  });

  it('refuses what it cannot do, by name, and changes nothing', () => {
    const { net } = liveNetwork();
    const tip = net.node('A').tip.hash;
    const run = (input: MajorityAttackInput) => () =>
      runToEnd(
        majorityAttackSteps(net, input, { referenceNodeId: 'A', attackerAddress: attacker }),
      );
    expect(run({ share: 0.5, depth: 2, seed: 1 })).toThrow(/share must be/);
    expect(run({ share: 0.7, depth: 0, seed: 1 })).toThrow(/depth must be/);
    expect(run({ share: 0.7, depth: 40, seed: 1 })).toThrow(/at most the chain's height/);
    expect(run({ share: 0.7, depth: 2, seed: '' })).toThrow(/seed must be/);
    expect(() =>
      runToEnd(
        majorityAttackSteps(
          net,
          { share: 0.7, depth: 2, seed: 1 },
          { referenceNodeId: 'A', attackerAddress: attacker, maxExpectedHashes: 1n },
        ),
      ),
    ).toThrow(/Simulation chain/);
    expect(net.node('A').tip.hash).toBe(tip);
    expect(net.nodeIds()).toEqual(['A', 'B', 'C']);
  });
});

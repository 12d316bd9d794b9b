/**
 * A withholding node (what a selfish miner or a private attacker runs): its own
 * blocks stay with it — not relayed, not served to getheaders or getdata, not
 * handed out by resolveConflicts — until its owner publishes them.
 */
import { describe, expect, it } from 'vitest';
import { lineNetwork } from './testing';

describe('a withholding node', () => {
  it('keeps its blocks to itself until it publishes them, then its peers reorg to them', () => {
    const { net } = lineNetwork(['P', 'H'], {
      seed: 'withhold',
      links: { latencyMs: 10, jitterMs: 0, loss: 0 },
    });
    const pool = net.node('P');
    const honest = net.node('H');
    pool.setWithholding(true);
    const a = net.mine('P').hash;
    const b = net.mine('P').hash;
    net.mine('H');
    net.runUntilIdle();
    expect(pool.withheldBlocks()).toEqual([a, b]);
    expect(honest.chain.tree.has(a)).toBe(false);
    expect(honest.height).toBe(1);
    // The honest block reached the pool, which stays on its longer private branch and relays nothing.
    expect(pool.tip.hash).toBe(b);

    pool.publish([a, b]);
    net.runUntilIdle();
    expect(pool.withheldBlocks()).toEqual([]);
    expect(honest.tip.hash).toBe(b);
    expect(honest.counters.reorgs).toBe(1);
  });

  it('serves none of its withheld blocks to a new peer, a getdata or resolveConflicts', () => {
    const { net } = lineNetwork(['P', 'H'], {
      seed: 'withhold-serve',
      links: { latencyMs: 10, jitterMs: 0, loss: 0 },
    });
    const pool = net.node('P');
    pool.setWithholding(true);
    const hidden = net.mine('P').hash;
    net.runUntilIdle();
    expect(pool.servedBlock(hidden)).toBeUndefined();
    expect(pool.servedChain()).toHaveLength(1);

    net.addNode({ id: 'N', peers: ['P'] });
    net.runUntilIdle();
    expect(net.node('N').height).toBe(0);
    expect(net.resolveConflicts('H').replaced).toBe(false);

    // Stopping makes the block servable again (nothing is sent until someone asks).
    pool.setWithholding(false);
    expect(pool.servedBlock(hidden)).toBeDefined();
    expect(net.resolveConflicts('H').replaced).toBe(true);
  });

  it('refuses to publish a block it does not have, and changes nothing', () => {
    const { net } = lineNetwork(['P', 'H'], { seed: 'withhold-bad' });
    const pool = net.node('P');
    pool.setWithholding(true);
    const mined = net.mine('P').hash;
    expect(() => pool.publish([mined, '00'.repeat(32)])).toThrow(/has no block/);
    expect(pool.withheldBlocks()).toEqual([mined]);
    expect(() => pool.setWithholding('yes' as unknown as boolean)).toThrow(/on must be a boolean/);
  });
});

/** The fast-forward runner alone: slices bounded by blocks and by main-thread time, a yield between slices. */
import { describe, expect, it } from 'vitest';
import { REGTEST_PARAMS, withOverride } from '../core/index';
import { createDemoNetwork } from '../sim/index';
import {
  MAX_SIMULATED_HASHES,
  SLICE_BUDGET_MS,
  SLICE_MAX_BLOCKS,
  checkSimulatedMining,
  runFastForward,
  type FastForwardDeps,
} from './fast-forward';

function demo() {
  const { network } = createDemoNetwork({ seed: 'slices', params: REGTEST_PARAMS });
  network.setAutoMining(false);
  return network;
}

/** Deps with a fake clock that moves `msPerCall` at each reading, counting the yields and the blocks between them. */
function deps(network: ReturnType<typeof demo>, msPerCall: number) {
  let clock = 0;
  const slices: number[] = [];
  let lastHeight = network.stats().network.blocksFound;
  const d: FastForwardDeps = {
    network: () => network,
    check: () => checkSimulatedMining(network, network.nodeIds()[0]!),
    writable: () => true,
    now: () => (clock += msPerCall),
    yieldToPage: async () => {
      const found = network.stats().network.blocksFound;
      slices.push(found - lastHeight);
      lastHeight = found;
    },
  };
  return { d, slices };
}

describe('runFastForward', () => {
  it(`runs at most ${SLICE_MAX_BLOCKS} blocks between two yields when blocks are quick`, async () => {
    const network = demo();
    const { d, slices } = deps(network, 0);
    const r = await runFastForward(d, 23);
    expect(r.blocks).toBe(23);
    expect(slices).toEqual([5, 5, 5, 5]); // the last 3 blocks end the run: no yield after them
    expect(network.autoMining).toBe(false);
  });

  it(`yields once a slice has used ${SLICE_BUDGET_MS} ms, even after a single block`, async () => {
    const network = demo();
    const { d, slices } = deps(network, SLICE_BUDGET_MS);
    const r = await runFastForward(d, 4);
    expect(r.blocks).toBe(4);
    expect(slices).toEqual([1, 1, 1]);
  });

  it('stops before a block that would need more than the allowed hashes (a teacher raised the difficulty)', async () => {
    const network = demo();
    const { d } = deps(network, 0);
    const height = network.node(network.nodeIds()[0]!).height;
    // From three blocks on, the classroom target: about 65,537 hashes.
    network.setParams(withOverride(network.params, { height: height + 3, bits: 0x1f00ffff }));
    const r = await runFastForward(d, 20);
    expect(r.stopped).toMatch(/^At this difficulty each block needs about 65,537 hashes/);
    expect(r.blocks).toBeLessThanOrEqual(3);
    expect(checkSimulatedMining(network, network.nodeIds()[0]!).expectedHashes).toBeGreaterThan(
      MAX_SIMULATED_HASHES,
    );
  });

  it('keeps simulated mining on when it was on', async () => {
    const network = demo();
    network.setAutoMining(true);
    const r = await runFastForward(deps(network, 0).d, 3);
    expect(r.blocks).toBe(3);
    expect(network.autoMining).toBe(true);
  });
});

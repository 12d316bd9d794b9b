/** The fast-forward runner alone: slices bounded by blocks and by main-thread time, a yield between slices. */
import { describe, expect, it } from 'vitest';
import { REGTEST_PARAMS, mineTemplate, withOverride } from '../core/index';
import { createDemoNetwork } from '../sim/scenarios/demo';
import { MAX_SIMULATED_HASHES, checkSimulatedMining, stepSimulatedBlock } from './fast-forward';
import { SLICE_BUDGET_MS, SLICE_MAX_BLOCKS, runFastForward, type FastForwardDeps } from './fast-forward-run';

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
    proof: async () => {},
  };
  return { d, slices };
}

describe('runFastForward', () => {
  it(`runs at most ${SLICE_MAX_BLOCKS} blocks between two yields when blocks are quick`, async () => {
    const network = demo();
    const { d, slices } = deps(network, 0);
    const r = await runFastForward(d, 23);
    expect(r.blocks).toBe(23);
    // A yield before any block (the page shows the run started), a first slice of one block (cold
    // code, then a redraw), then full slices; the last 2 blocks end the run: no yield after them.
    expect(slices).toEqual([0, 1, 5, 5, 5, 5]);
    expect(network.autoMining).toBe(false);
  });

  it(`yields once a slice has used ${SLICE_BUDGET_MS} ms, even after a single block`, async () => {
    const network = demo();
    const { d, slices } = deps(network, SLICE_BUDGET_MS);
    const r = await runFastForward(d, 4);
    expect(r.blocks).toBe(4);
    expect(slices).toEqual([0, 1, 1, 1]);
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

  it('waits for the outside proof of a block too hard for the main thread: the workers search it, no virtual time passes meanwhile', async () => {
    const network = demo();
    // Every discovery asks for its proof from outside, as the app's workers answer at the classroom target.
    network.outsideProof.setOutside(0n);
    const { d } = deps(network, 0);
    const asked: number[] = [];
    const proved = {
      ...d,
      proof: async () => {
        const req = network.outsideProof.pending!;
        asked.push(network.now());
        expect(req.time).toBe(network.now());
        network.outsideProof.complete(req.id, mineTemplate(req.template)!.block);
      },
    };
    const before = network.stats().network.blocksFound;
    const r = await runFastForward(proved, 4);
    expect(r.stopped).toBeUndefined();
    expect(r.blocks).toBe(4);
    expect(asked).toHaveLength(4);
    expect(network.stats().network.blocksFound - before).toBe(4);
    expect(network.autoMining).toBe(false);

    const one = await stepSimulatedBlock(network, proved.proof);
    expect(one).not.toBeNull();
    expect(network.node(one!.nodeId).tip.hash).toBe(one!.hash);
    expect(asked).toHaveLength(5);
  });

  it('stops with the reason when the outside proof never comes (dropped)', async () => {
    const network = demo();
    network.outsideProof.setOutside(0n);
    const { d } = deps(network, 0);
    const r = await runFastForward({ ...d, proof: async () => network.outsideProof.cancel() }, 3);
    expect(r.blocks).toBe(0);
    expect(r.stopped).toBe("The workers stopped before the block's proof was found.");
    expect(network.outsideProof.pending).toBeNull();
  });
});

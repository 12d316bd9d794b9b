/**
 * "All miners mine": every node with a miner mines on the chain's schedule
 * (the simulated miners of the living network), never the workers flat out.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { PocketError } from './errors';
import { PocketApp } from './pocket-app';
import { regtestDemo } from './testing';

async function open(canWrite?: () => boolean) {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  return PocketApp.open({
    store: createMemoryStore(),
    pool,
    buildState: async (seed, params) => regtestDemo(seed, params),
    canWrite,
  });
}

const found = (app: PocketApp) => app.nodes.network.stats().network.blocksFound;

describe('All miners mine', () => {
  it('switches on the scheduled miners and plays a paused clock; no worker runs flat out', async () => {
    const app = await open();
    app.clock.setPaused(true);
    const miners = app.nodes.network.nodes().filter((n) => n.miner).length;
    expect(miners).toBeGreaterThan(1);

    expect(await app.mining.startNetworkMining()).toBe(miners);
    expect(app.mining.networkMining).toBe(true);
    expect(app.simulation.enabled).toBe(true);
    expect(app.clock.paused).toBe(false);
    // The schedule decides when a block is due; nothing hashes before then.
    expect(app.mining.mining).toBe(false);
    expect(app.nodes.network.nextBlockAt).not.toBeNull();
  });

  it('finds blocks at the spacing over a minute of virtual time, and Stop ends it', async () => {
    const app = await open();
    await app.mining.startNetworkMining();
    const spacing = app.rules.params.targetSpacing;
    const before = found(app);
    app.nodes.network.advance(60_000);
    const n = found(app) - before;
    // Poisson(60 / spacing) with the seeded schedule: inside its 99.9% interval (6 expected: 0..15).
    expect(spacing).toBe(10);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(15);

    await app.mining.stopNetworkMining();
    expect(app.mining.networkMining).toBe(false);
    const stopped = found(app);
    app.nodes.network.advance(60_000);
    expect(found(app)).toBe(stopped);
  });

  it('is refused with a reason when no node has a miner, and nothing changes', async () => {
    const app = await open();
    app.clock.setPaused(true);
    for (const n of app.nodes.network.nodes()) app.mining.setMiner(n.id, null);
    const e = await app.mining.startNetworkMining().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PocketError);
    expect((e as PocketError).message).toMatch(/No node has a miner/);
    expect(app.simulation.enabled).toBe(false);
    expect(app.clock.paused).toBe(true);
  });

  it('is refused in a tab that may not write', async () => {
    let writable = true;
    const app = await open(() => writable);
    writable = false;
    await expect(app.mining.startNetworkMining()).rejects.toThrow(PocketError);
    expect(app.simulation.enabled).toBe(false);
  });
});

/** PoolDepartures over a whole app in Node: memory storage, in-process mining lanes, the regtest demo. */
import { describe, expect, it } from 'vitest';
import { COIN } from '../../core/index';
import { createMemoryStore } from '../../storage/index';
import { MiningPool } from '../../workers/index';
import { inProcessWorkers } from '../../workers/testing';
import { regtestDemo } from '../../app/testing';
import { createPocketApi } from '../../api/index';
import { PocketApp } from '../../app/pocket-app';
import { PoolDepartures } from './pool-departures.svelte';

describe('PoolDepartures over a running app', () => {
  it('records a payment confirmed by a mined block, and starts over after a reset', async () => {
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    const app = await PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed) => regtestDemo(seed) });
    const api = createPocketApi(app);
    const departures = new PoolDepartures(app);
    const [alice, bob] = await api.getWallets();
    const sent = await api.send(alice!.address, bob!.address, COIN, 1000);
    const mined = await api.mineBlock(bob!.address);
    const node = app.nodes.selected.id;
    const mine = departures.of(node).find((d) => d.txid === sent.txid);
    expect(mine).toMatchObject({ reason: 'confirmed', block: { hash: mined.hash, height: mined.height } });
    // Every pool transaction of that node went into the block.
    expect(departures.of(node, 100).filter((d) => d.reason === 'confirmed').map((d) => d.txid).sort()).toEqual(mined.txids.slice(1).sort());
    await api.resetSystem();
    expect(departures.list).toEqual([]);
    await api.send(alice!.address, bob!.address, COIN);
    await api.mineBlock(bob!.address);
    expect(departures.of(app.nodes.selected.id).length).toBeGreaterThan(0);
    await app.mining.stopMining();
    pool.dispose();
  });
});

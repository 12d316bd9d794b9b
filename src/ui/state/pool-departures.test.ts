/** PoolDepartures over a whole app in Node: memory storage, in-process mining lanes, the regtest demo. */
import { describe, expect, it } from 'vitest';
import { COIN } from '../../core/index';
import { createMemoryStore } from '../../storage/memory-store';
import { MiningPool } from '../../workers/index';
import { inProcessWorkers } from '../../workers/testing';
import { doubleSpendAcrossPartition, regtestDemo } from '../../app/testing';
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

  it('after a heal, the payment that lost the double spend reads as reversed on every node that had confirmed it', async () => {
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    const app = await PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed) => regtestDemo(seed) });
    const departures = new PoolDepartures(app);
    const { lost, won, a1, c1 } = await doubleSpendAcrossPartition(app);
    for (const node of ['node-1', 'node-2']) {
      const record = departures.of(node, 100).find((d) => d.txid === lost.txid);
      expect(record, node).toMatchObject({ reason: 'reversed', lostTo: won.txid, block: { hash: c1.hash }, wasIn: { hash: a1.hash } });
    }
    // No record of any node still says it is confirmed in the stale block.
    expect(departures.list.filter((d) => d.reason === 'confirmed' && d.block?.hash === a1.hash)).toEqual([]);
    pool.dispose();
  });
});

/**
 * The page's window.pocket (lazy-window-pocket.ts): the same methods as the
 * API, the API's code loaded by the first call only, answers and errors as
 * the API gives them, and a failed load that names itself and is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { regtestDemo } from '../app/testing';
import { PocketApp } from '../app/pocket-app';
import { PocketError } from '../app/errors';
import * as windowApi from './window-api';
import { lazyWindowPocket } from './lazy-window-pocket';
import { WINDOW_POCKET_HELP } from './window-help';

let app: PocketApp;

beforeAll(async () => {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  app = await PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed, params) => regtestDemo(seed, params) });
});

afterAll(async () => {
  await app.mining.stopMining();
});

/** A loader that counts its calls and can be told to fail. */
function countingLoader() {
  const loader = {
    calls: 0,
    fail: false,
    load: async () => {
      loader.calls++;
      if (loader.fail) throw new TypeError('Failed to fetch dynamically imported module');
      return windowApi;
    },
  };
  return loader;
}

describe('window.pocket before and after its code loads', () => {
  it('has every method of the API, the lab\'s too, and nothing else', () => {
    const real = windowApi.createWindowPocket(app);
    const lazy = lazyWindowPocket(app, countingLoader().load);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(real).sort());
    expect(Object.keys(lazy.lab).sort()).toEqual(Object.keys(real.lab).sort());
    for (const key of Object.keys(lazy)) if (key !== 'lab') expect(typeof (lazy as unknown as Record<string, unknown>)[key], key).toBe('function');
  });

  it('answers help() at once without loading the API, and loads it once with the first call', async () => {
    const loader = countingLoader();
    const pocket = lazyWindowPocket(app, loader.load);
    expect(pocket.help()).toBe(WINDOW_POCKET_HELP);
    expect(pocket.help()).toContain('fastForward(blocks)');
    expect(loader.calls).toBe(0);
    const [nodes, blocks, clock] = await Promise.all([pocket.getNodes(), pocket.getBlocks(), pocket.getClock()]);
    expect(loader.calls).toBe(1);
    expect(nodes.map((n) => n.id)).toEqual(app.nodes.network.nodeIds());
    expect(blocks.length).toBeGreaterThan(1);
    expect(clock.paused).toBe(app.clock.paused);
    await pocket.getWallets();
    expect(loader.calls).toBe(1);
  });

  it('gives the API\'s answers and its errors, arguments passed through (the lab\'s methods too)', async () => {
    const pocket = lazyWindowPocket(app, countingLoader().load);
    const real = windowApi.createWindowPocket(app);
    const address = app.wallets.list[0]!.address;
    expect(await pocket.getBalance(address)).toBe(await real.getBalance(address));
    const refused = await pocket.getBalance('not an address').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PocketError);
    expect((refused as PocketError).message).toBe(((await real.getBalance('not an address').catch((e: unknown) => e)) as PocketError).message);
    const labRefused = await pocket.lab.doubleSpendRace({ q: 2, z: 1, trials: 10, seed: 1 }).catch((e: unknown) => e);
    expect(labRefused).toBeInstanceOf(PocketError);
    expect((labRefused as Error).message).toMatch(/\bq\b/);
  });

  it('says so when its code cannot load, changes nothing, and tries again at the next call', async () => {
    const loader = countingLoader();
    const pocket = lazyWindowPocket(app, loader.load);
    loader.fail = true;
    const before = app.wallets.list.length;
    await expect(pocket.newWallet('offline')).rejects.toThrow('window.pocket could not load its code: Failed to fetch dynamically imported module');
    expect(app.wallets.list.length).toBe(before);
    loader.fail = false;
    expect((await pocket.getNodes()).length).toBe(app.nodes.network.nodeIds().length);
    expect(loader.calls).toBe(2);
  });
});

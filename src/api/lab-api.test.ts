/**
 * The API's lab slice and resetSystem's presets, over a whole app in Node
 * (memory storage, the lab on this thread in slices).
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { LabRunner } from '../workers/lab-runner';
import { createMainThreadLabBackend } from '../workers/main-thread-lab-backend';
import { inProcessWorkers } from '../workers/testing';
import { regtestDemo } from '../app/testing';
import { PocketApp } from '../app/pocket-app';
import { CHAIN_PRESETS } from '../app/chain-presets';
import { createPocketApi } from './pocket-api';
import type { PocketError } from '../app/errors';

async function open() {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  const lab = new LabRunner({ workers: 1, createBackend: () => createMainThreadLabBackend() });
  const app = await PocketApp.open({
    store: createMemoryStore(),
    pool,
    lab,
    buildState: async (seed, params) => regtestDemo(seed, params),
  });
  return { app, api: createPocketApi(app) };
}

async function rejection(p: Promise<unknown>): Promise<PocketError> {
  try {
    await p;
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a rejection');
}

describe('pocket.lab', () => {
  it('doubleSpendRace returns plain JSON with the interval and the three theories', async () => {
    const { api } = await open();
    const r = await api.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 60, seed: 'api' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(Object.keys(r.theory).sort()).toEqual(['exact', 'rosenfeld', 'whitepaper']);
    expect(r.ci95).toHaveLength(2);
    expect(r.trials).toBe(60);
    const again = await api.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 60, seed: 'api' });
    expect(again).toEqual(r);
  }, 60_000);

  it('rejects bad arguments with the field named, and cancel says whether anything ran', async () => {
    const { api } = await open();
    expect(
      await rejection(api.lab.selfishMining({ alpha: 0.3, gamma: 2, blocks: 1000, seed: 1 })),
    ).toMatchObject({ code: 'bad-argument', field: 'gamma' });
    expect(
      await rejection(api.lab.staleRate({ delays: [0.1], blocks: 10, seed: 1 })),
    ).toMatchObject({ code: 'bad-argument', field: 'blocks' });
    expect(await api.lab.cancel()).toBe(false);
  });

  it('majorityAttack reports the reorg and the reversed payments as JSON', async () => {
    const { app, api } = await open();
    app.nodes.network.mine(app.nodes.selected.id, { minerAddress: app.wallets.list[0]!.address });
    app.nodes.network.runUntilIdle();
    const r = await api.lab.majorityAttack({ share: 0.75, depth: 1, seed: 3 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.reorgDepth).toBeGreaterThanOrEqual(1);
    expect(r.reversedPayments.map((p) => p.txid)).toEqual(r.reversedTxids);
    expect(r.blocks).toBeGreaterThanOrEqual(2);
  }, 60_000);
});

describe('resetSystem({ seed, preset })', () => {
  it('builds the preset chain, a number seed as its decimal text', async () => {
    const { app, api } = await open();
    await api.resetSystem({ seed: 7, preset: 'simulation' });
    expect(app.rules.params).toEqual({
      ...CHAIN_PRESETS.find((p) => p.id === 'simulation')!.params,
      overrides: [],
    });
    const blocks = (await api.getBlocks()).map((b) => b.hash);
    await api.resetSystem({ seed: '7', preset: 'simulation' });
    expect((await api.getBlocks()).map((b) => b.hash)).toEqual(blocks);
  }, 60_000);

  it('refuses an unknown preset or a bad seed, changing nothing', async () => {
    const { api } = await open();
    const before = (await api.getBlocks()).map((b) => b.hash);
    expect(await rejection(api.resetSystem({ preset: 'mainnet' as never }))).toMatchObject({
      code: 'bad-argument',
      field: 'preset',
      message: 'The preset must be one of classroom, bitcoin, simulation.',
    });
    expect(await rejection(api.resetSystem({ seed: NaN }))).toMatchObject({
      code: 'bad-argument',
      field: 'seed',
    });
    expect(await rejection(api.resetSystem({ seed: '' }))).toMatchObject({
      code: 'bad-argument',
      field: 'seed',
    });
    expect((await api.getBlocks()).map((b) => b.hash)).toEqual(before);
  }, 60_000);
});

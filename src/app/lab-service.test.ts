/**
 * The lab service over a whole app in Node: experiments on the lab's lanes
 * (here the main thread in slices), kept results, progress, busy and cancel,
 * and the 51% attack on the live network with the reversed payments.
 */
import { describe, expect, it } from 'vitest';
import { txid } from '../core/index';
import { raceCsv } from '../lab/csv';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { LabRunner } from '../workers/lab-runner';
import { createMainThreadLabBackend } from '../workers/main-thread-lab-backend';
import { inProcessWorkers } from '../workers/testing';
import { PocketApp } from './pocket-app';
import { PocketError } from './errors';
import { regtestDemo } from './testing';

async function open() {
  const store = createMemoryStore();
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  const lab = new LabRunner({ workers: 1, createBackend: () => createMainThreadLabBackend() });
  const app = await PocketApp.open({
    store,
    pool,
    lab,
    buildState: async (seed, params) => regtestDemo(seed, params),
  });
  return { app, store };
}

async function rejection(p: Promise<unknown>): Promise<PocketError> {
  try {
    await p;
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a rejection');
}

describe('LabService: experiments', () => {
  it('runs the race, keeps the result, reports progress and announces the lab topic', async () => {
    const { app } = await open();
    const topics: string[][] = [];
    app.events.on('changed', (e) => topics.push([...e.topics]));
    const seen: number[] = [];
    const stop = app.events.on('changed', () => app.lab.running && seen.push(app.lab.running.done));
    const r = await app.lab.doubleSpendRace({ q: 0.3, z: 1, trials: 120, seed: 5 });
    stop();
    expect(r).toMatchObject({ q: 0.3, z: 1, trials: 120, seed: '5' });
    expect(r.ci95[0]).toBeLessThanOrEqual(r.successRate);
    expect(app.lab.results.race).toEqual([r]);
    expect(app.lab.running).toBeNull();
    expect(topics.some((t) => t.includes('lab'))).toBe(true);
    expect(raceCsv(app.lab.results.race).split('\r\n')).toHaveLength(3); // header, one row, the final line ending
    // The same seed gives the same result.
    expect((await app.lab.doubleSpendRace({ q: 0.3, z: 1, trials: 120, seed: '5' })).successes).toBe(r.successes);
  }, 60_000);

  it('refuses bad input naming the argument, and a second run while one is going', async () => {
    const { app } = await open();
    const bad = await rejection(app.lab.doubleSpendRace({ q: 0.7, z: 1, trials: 10, seed: 1 }));
    expect(bad).toMatchObject({ code: 'bad-argument', field: 'q' });
    expect(bad.message).toMatch(/^q must be a number above 0 and below 0\.5/);
    const first = app.lab.selfishMining({ alpha: 0.3, gamma: 0.5, blocks: 300, seed: 1 });
    expect(await rejection(app.lab.doubleSpendRace({ q: 0.2, z: 1, trials: 10, seed: 1 }))).toMatchObject({ code: 'lab-busy' });
    const r = await first;
    expect(r.blocks).toBe(300);
    expect(app.lab.results.selfish).toHaveLength(1);
  }, 60_000);

  it('cancels a run: it rejects with lab-cancelled and keeps nothing', async () => {
    const { app } = await open();
    const run = app.lab.doubleSpendRace({ q: 0.3, z: 4, trials: 2000, seed: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect(app.lab.cancel()).toBe(true);
    expect(await rejection(run)).toMatchObject({ code: 'lab-cancelled' });
    expect(app.lab.results.race).toEqual([]);
    expect(app.lab.running).toBeNull();
    expect(app.lab.cancel()).toBe(false);
  }, 60_000);
});

describe('LabService: the 51% attack on the live network', () => {
  it('rewrites the followed node’s last blocks, lists the reversed payments, and leaves no attacker node behind', async () => {
    const { app, store } = await open();
    const net = app.nodes.network;
    const node = app.nodes.selected;
    // Confirm the demo's pending payments in a block, so that the attack has payments to reverse.
    const pending = node.chain.mempool.entries().map((e) => e.txid);
    expect(pending.length).toBeGreaterThan(0);
    net.mine(node.id, { minerAddress: app.wallets.list[0]!.address });
    net.runUntilIdle();
    const tipBefore = node.tip.hash;

    const report = await app.lab.majorityAttack({ share: 0.7, depth: 2, seed: 'class' });
    expect(report.reorgDepth).toBeGreaterThanOrEqual(2);
    expect(node.chain.isActive(tipBefore)).toBe(false);
    // The block just mined held the pending payments: all of them are reversed (with any the block before held).
    for (const id of pending) expect(report.reversedTxids).toContain(id);
    for (const p of report.reversedPayments) {
      expect(p.inPool).toBe(node.chain.mempool.has(p.txid));
      expect(p.outputs.length).toBeGreaterThan(0);
    }
    expect(report.reversedPayments.map((p) => p.txid)).toEqual(report.reversedTxids);
    expect(net.hasNode(report.attackerId)).toBe(false);
    expect(app.wallets.list.find((w) => w.label === 'Attacker')?.address).toBe(report.attackerAddress);
    expect(app.lab.results.majority).toEqual([report]);
    // Saved without the attacker's node: only the network's own nodes remain in storage.
    await app.lifecycle.flush();
    const { state } = await store.load();
    expect(state!.nodes.map((n) => n.id).sort()).toEqual(net.nodeIds().sort());
    // Each listed payment is the transaction with that txid.
    const chainTxs = new Map(node.chain.mempool.entries().map((e) => [e.txid, e.tx]));
    for (const p of report.reversedPayments.filter((x) => x.inPool)) expect(txid(chainTxs.get(p.txid)!)).toBe(p.txid);
  }, 60_000);

  it('is refused where the page could not mine its blocks quickly, and on bad input, changing nothing', async () => {
    const { app } = await open();
    const heights = app.nodes.network.nodes().map((n) => n.height);
    expect(await rejection(app.lab.majorityAttack({ share: 0.4, depth: 2, seed: 1 }))).toMatchObject({ code: 'bad-argument', field: 'share' });
    expect(await rejection(app.lab.majorityAttack({ share: 0.7, depth: 99, seed: 1 }))).toMatchObject({ code: 'bad-argument', field: 'depth' });
    app.rules.setDifficulty(0x1f00ffff);
    const check = app.lab.majorityCheck();
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(/needs an easy target.*Simulation chain/);
    expect(await rejection(app.lab.majorityAttack({ share: 0.7, depth: 2, seed: 1 }))).toMatchObject({ code: 'bad-argument', message: check.reason });
    expect(app.nodes.network.nodeIds()).not.toContain('attacker');
    expect(app.nodes.network.nodes().map((n) => n.height)).toEqual(heights);
    expect(app.lab.results.majority).toEqual([]);
    expect(app.wallets.list.some((w) => w.label === 'Attacker')).toBe(false);
  }, 60_000);
});

/**
 * The app's services in Node (memory storage, in-process mining lanes, the
 * regtest demo): what the API tests do not reach through window.pocket.
 * The write guard in front of blocks from outside, the sandbox's proof of work,
 * events that outlive a replaced network, and the services' own checks.
 */
import { describe, expect, it } from 'vitest';
import { createBlockTemplate } from '../core/index';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { PocketError } from './errors';
import { PocketApp } from './pocket-app';
import { regtestDemo } from './testing';
import { WriteGuard } from './write-guard';

async function open(canWrite?: () => boolean) {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  return PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed, params) => regtestDemo(seed, params), canWrite });
}

function refusal(fn: () => unknown): PocketError {
  try {
    fn();
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a refusal');
}

describe('blocks from outside (the tamper sandbox)', () => {
  it('a block re-mined by the pool is refused in a tab that may not write, the chain unchanged; accepted once it may', async () => {
    let writer = true;
    const app = await open(() => writer);
    const node = app.nodes.selected;
    const miner = app.wallets.list[0]!.address;
    const mined = await app.mining.remine(createBlockTemplate(node.chain, { minerAddress: miner })).done;
    expect(mined).not.toBeNull();
    const before = { height: node.height, tip: node.tip.hash };

    writer = false;
    expect(refusal(() => app.nodes.submitBlock(node.id, mined!.block)).code).toBe('read-only');
    expect({ height: node.height, tip: node.tip.hash }).toEqual(before);

    writer = true;
    const r = app.nodes.submitBlock(node.id, mined!.block);
    expect(r).toMatchObject({ accepted: true, status: 'active', before, after: { height: before.height + 1, tip: r.hash } });
  });

  it('a re-mine can be cancelled: it ends without a block', async () => {
    const app = await open();
    const template = createBlockTemplate(app.nodes.selected.chain, { minerAddress: app.wallets.list[0]!.address });
    // A target no hash meets: only the cancel ends it.
    const run = app.mining.remine({ ...template, target: 0n });
    run.cancel();
    expect(await run.done).toBeNull();
    expect(refusal(() => app.mining.remine(null as never)).field).toBe('template');
  });
});

describe('events', () => {
  it("pass on the network's chain deltas and found blocks, also after a reset replaced the network", async () => {
    const app = await open();
    const deltas: string[] = [];
    const found: string[] = [];
    app.events.on('chain-delta', (e) => deltas.push(e.nodeId));
    app.events.on('block-found', (e) => found.push(e.hash));
    const address = app.wallets.list[0]!.address;
    const first = await app.mining.mineBlock(app.nodes.selected.id, address);
    expect(found).toEqual([first.result.hash]);
    expect(deltas).toContain(app.nodes.selected.id);

    const oldNetwork = app.nodes.network;
    await app.lifecycle.reset('another class');
    expect(app.nodes.network).not.toBe(oldNetwork);
    found.length = 0;
    deltas.length = 0;
    const second = await app.mining.mineBlock(app.nodes.selected.id, app.wallets.list[0]!.address);
    expect(found).toEqual([second.result.hash]);
    expect(deltas).toContain(app.nodes.selected.id);
    await app.mining.stopMining();
  });
});

describe("the services' own checks", () => {
  it('settings: a bad theme, language or tour flag is refused, naming it, and changes nothing; good ones are kept', async () => {
    const app = await open();
    const before = app.settings.current;
    expect(refusal(() => app.settings.setTheme('purple' as never)).field).toBe('theme');
    expect(refusal(() => app.settings.setLanguage('fr' as never)).field).toBe('language');
    expect(refusal(() => app.settings.setTourDone('yes' as never)).field).toBe('done');
    expect(app.settings.current).toEqual(before);
    expect(before.language).toBe('auto');
    app.settings.setTheme('dark');
    app.settings.setLanguage('zh-CN');
    app.settings.setTourDone(true);
    expect(app.settings.current).toMatchObject({ theme: 'dark', language: 'zh-CN', tourDone: true });
  });

  it('nodes, clock and export refuse wrong arguments by name', async () => {
    const app = await open();
    expect(refusal(() => app.nodes.partition('A' as never)).field).toBe('groups');
    expect(refusal(() => app.nodes.unregisterPeers(app.nodes.selected.id, 'B' as never)).field).toBe('peerIds');
    expect(refusal(() => app.clock.setPaused(1 as never)).field).toBe('paused');
    expect(refusal(() => app.stateFile.export('yes' as never)).field).toBe('includeWallets');
    expect(refusal(() => app.wallets.rename(app.wallets.list[0]!.address, 7 as never)).field).toBe('label');
  });

  it('storage without a status source is in memory by design: no status, a retry changes nothing', async () => {
    const app = await open();
    expect(app.storage.status).toBeNull();
    expect(await app.storage.retry()).toBe(false);
  });
});

describe('WriteGuard', () => {
  it('says why a tab may not write, damaged data first, and lets repairs through unless another tab writes', () => {
    let writer = true;
    const guard = new WriteGuard(() => writer);
    expect(guard.reason).toBeNull();
    expect(() => guard.assertWritable()).not.toThrow();
    writer = false;
    expect(guard.reason).toBe('other-tab');
    expect(refusal(() => guard.assertWritable()).message).toMatch(/open in another tab/);
    expect(refusal(() => guard.assertWriterTab()).code).toBe('read-only');
    guard.damaged = true;
    expect(guard.reason).toBe('damaged');
    writer = true;
    expect(refusal(() => guard.assertWritable()).message).toMatch(/damaged/);
    expect(() => guard.assertWriterTab()).not.toThrow();
  });
});

describe('a live demo', () => {
  const openLive = (liveDemo: boolean | undefined, store = createMemoryStore()) =>
    PocketApp.open({ store, pool: new MiningPool({ workers: 1, backendFactory: inProcessWorkers }), buildState: async (seed, params) => regtestDemo(seed, params), liveDemo });

  it('starts with its simulated miners on when demos are live, and a reset keeps it live', async () => {
    const store = createMemoryStore();
    const app = await openLive(true, store);
    expect(app.simulation.enabled).toBe(true);
    expect(app.nodes.network.nextBlockAt).not.toBeNull();
    // Saved that way: a reload reads the miners on.
    await app.lifecycle.flush();
    const again = await openLive(false, store);
    expect(again.simulation.enabled).toBe(true);
    app.simulation.setEnabled(false);
    await app.lifecycle.reset();
    expect(app.simulation.enabled).toBe(true);
  });

  it('starts still otherwise (the default, and the page opened with ?miners=off)', async () => {
    for (const liveDemo of [false, undefined]) {
      const app = await openLive(liveDemo);
      expect(app.simulation.enabled).toBe(false);
      expect(app.nodes.network.nextBlockAt).toBeNull();
      await app.lifecycle.reset();
      expect(app.simulation.enabled).toBe(false);
    }
  });
});

describe('a start on a database the browser deleted as damaged', () => {
  it('says so in a warning with the browser\'s words, then starts from the demo and saves it (it is not a quiet first visit)', async () => {
    const store = createMemoryStore();
    const losing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'loadIndex') return Reflect.get(target, prop, receiver) as unknown;
        return async () => ({ ...(await target.loadIndex()), browserDataLoss: 'Corruption: checksum mismatch' });
      },
    });
    const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
    const app = await PocketApp.open({ store: losing, pool, buildState: async (seed, params) => regtestDemo(seed, params) });
    const notices: { level: string; text: string; said: { key: string } }[] = [];
    app.events.on('notice', (n) => notices.push(n));
    const lost = notices.filter((n) => n.said.key === 'browserDeletedData');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.level).toBe('warn');
    expect(lost[0]!.text).toContain('Corruption: checksum mismatch');
    expect((await store.loadIndex()).state?.nodes.length).toBeGreaterThan(0);
  });

  it('a first visit says nothing of a loss', async () => {
    const app = await open();
    const keys: string[] = [];
    app.events.on('notice', (n) => keys.push(n.said.key));
    expect(keys).not.toContain('browserDeletedData');
  });
});

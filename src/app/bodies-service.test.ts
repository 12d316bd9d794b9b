/**
 * BodiesService in Node: the bodies of a stored chain come onto the shelf in
 * the background, page by page, while actions that may need any block are
 * refused with the progress in their sentence; a new load drops the old fill;
 * a failed read is told and does not leave the app waiting forever.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestChain } from '../core/testing';
import { chainWithPayments, storeChain } from './stored-chain.fixture';
import type { ChainStore } from '../storage/index';
import { AppEvents, type ChangeTopic } from './app-events';
import { BodiesService } from './bodies-service';
import { PocketError } from './errors';

/** 13 blocks with payments, and so 13 bodies to read. */
let t: TestChain;
beforeAll(() => {
  t = chainWithPayments();
});

function storedChain(): Promise<ChainStore> {
  return storeChain(t, ['a']);
}

/** A store whose body reads wait until `release()`; counts the pages asked for. */
function gated(store: ChainStore) {
  let open!: () => void;
  let gate = new Promise<void>((resolve) => (open = resolve));
  const pages: number[] = [];
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'readBodies') return Reflect.get(target, prop, receiver) as unknown;
      return async (after: string | null, limit: number) => {
        pages.push(limit);
        await gate;
        return target.readBodies(after, limit);
      };
    },
  });
  const release = () => {
    open();
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  return { store: wrapped, pages, release };
}

function recorder(events: AppEvents) {
  const changes: ChangeTopic[][] = [];
  const notices: { level: string; text: string }[] = [];
  events.on('changed', (c) => changes.push([...c.topics]));
  events.on('notice', (n) => notices.push(n));
  return { changes, notices };
}

describe('BodiesService', () => {
  it('is ready with an empty shelf before any fill', () => {
    const bodies = new BodiesService(new AppEvents());
    expect(bodies.ready).toBe(true);
    expect(bodies.progress).toBeNull();
    expect(() => bodies.assertReady()).not.toThrow();
    expect(bodies.shelf.stats().blocks).toBe(0);
  });

  it('reads every stored body page by page; meanwhile it refuses with the progress, then serves every block', async () => {
    const events = new AppEvents();
    const seen = recorder(events);
    const bodies = new BodiesService(events);
    const g = gated(await storedChain());
    bodies.fill(g.store, 5);

    expect(bodies.ready).toBe(false);
    expect(bodies.progress).toEqual({ blocks: 0, total: 0 });
    let refusal = (() => {
      try {
        bodies.assertReady();
      } catch (e) {
        return e as PocketError;
      }
    })();
    expect(refusal).toBeInstanceOf(PocketError);
    expect(refusal!.code).toBe('blocks-loading');

    g.release(); // the first page of 5
    await new Promise((r) => setTimeout(r, 5));
    expect(bodies.progress).toEqual({ blocks: 5, total: t.chain.tree.size });
    refusal = (() => {
      try {
        bodies.assertReady();
      } catch (e) {
        return e as PocketError;
      }
    })();
    expect(refusal!.message).toContain(`(5 of ${t.chain.tree.size})`);

    while (!bodies.ready) {
      g.release();
      await new Promise((r) => setTimeout(r, 1));
    }
    await bodies.whenReady();
    expect(g.pages).toEqual([5, 5, 5]); // 13 bodies: 5 + 5 + 3
    expect(bodies.progress).toBeNull();
    expect(() => bodies.assertReady()).not.toThrow();
    for (const e of t.chain.tree.all()) expect(bodies.shelf.getBlock(e.hash)).toEqual(t.chain.getBlock(e.hash));
    // The views that waited for a body are told once it is here.
    expect(seen.changes.at(-1)).toEqual(['chain', 'storage']);
    expect(seen.notices).toEqual([]);
  });

  it('a new load (renew) drops the fill in progress: the new shelf stays empty and ready', async () => {
    const bodies = new BodiesService(new AppEvents());
    const g = gated(await storedChain());
    bodies.fill(g.store, 4);
    const old = bodies.shelf;
    const fresh = bodies.renew();
    expect(fresh).not.toBe(old);
    expect(bodies.ready).toBe(true);
    for (let i = 0; i < 5; i++) {
      g.release();
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(g.pages.length).toBe(1); // the aborted fill read no further page
    expect(fresh.stats().blocks).toBe(0);
    expect(bodies.ready).toBe(true);
  });

  it('a failed read is told as an error notice, and the app stops waiting for the bodies', async () => {
    const events = new AppEvents();
    const seen = recorder(events);
    const bodies = new BodiesService(events);
    const store = await storedChain();
    const broken = new Proxy(store, {
      get: (target, prop, receiver) => (prop === 'readBodies' ? () => Promise.reject(new Error('disk unplugged')) : (Reflect.get(target, prop, receiver) as unknown)),
    });
    bodies.fill(broken);
    await bodies.whenReady();
    expect(bodies.ready).toBe(true);
    expect(seen.notices).toEqual([
      { level: 'error', text: expect.stringContaining('Reading the stored blocks failed: disk unplugged'), said: { key: 'blocksUnreadable', params: { problem: 'disk unplugged' } } },
    ]);
  });
});

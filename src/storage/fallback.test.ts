/**
 * Storage missing, refused, blocked or full: the app always gets a working
 * store, and a status that says nothing is being saved.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from './open-storage';
import { FallbackStore, type StorageStatus } from './fallback-store';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { openIdbBackend, toStorageError } from './idb-store';
import { buildFixture, fixtureState, type NetworkFixture } from './testing/network-fixture';
import { stateFingerprint } from './testing/compare';
import type { Backend, RecordReader, RecordWriter } from './backend';

let f: NetworkFixture;
beforeAll(() => {
  f = buildFixture();
});

/** A backend on a disk that can fill up: writes then fail like Chromium's QuotaExceededError. */
class FillingBackend implements Backend {
  full = false;
  readonly kind: Backend['kind'];
  readonly schemaVersion: number;
  constructor(private readonly inner: Backend) {
    this.kind = inner.kind;
    this.schemaVersion = inner.schemaVersion;
  }
  read<T>(fn: (r: RecordReader) => Promise<T>): Promise<T> {
    return this.inner.read(fn);
  }
  write<T>(fn: (w: RecordWriter) => Promise<T>): Promise<T> {
    if (this.full) return Promise.reject(toStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    return this.inner.write(fn);
  }
  close(): void {
    this.inner.close();
  }
}

describe('opening storage', () => {
  it('uses IndexedDB when it is there', async () => {
    const store = await openStorage({ indexedDB: new IDBFactory() });
    expect(store.status).toMatchObject({ persistent: true, backend: 'indexeddb', code: 'ok' });
    await store.replaceAll(fixtureState(f));
    expect((await store.load()).state).not.toBeNull();
  });

  it('runs in memory when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      const store = await openStorage();
      expect(store.status).toMatchObject({ persistent: false, backend: 'memory', code: 'indexeddb-missing' });
      expect(store.status.message).toMatch(/nothing is being saved/);
      await store.replaceAll(fixtureState(f));
      expect(stateFingerprint((await store.load()).state!)).toBe(stateFingerprint(fixtureState(f)));
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('runs in memory when opening is refused (private modes)', async () => {
    const refusing = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as IDBFactory;
    const store = await openStorage({ indexedDB: refusing });
    expect(store.status).toMatchObject({ persistent: false, code: 'open-refused' });
    expect(store.status.message).toMatch(/The browser refused to open the database.*insecure.*nothing is being saved/);

    const failing = {
      open: () => {
        const req = {} as { error?: DOMException; onerror?: () => void };
        setTimeout(() => {
          req.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
          req.onerror?.();
        });
        return req;
      },
    } as unknown as IDBFactory;
    expect((await openStorage({ indexedDB: failing })).status).toMatchObject({ persistent: false, code: 'open-refused' });
  });

  it('runs in memory when an old tab blocks the upgrade for too long', async () => {
    let blocked = false;
    const hanging = { open: () => ({}) } as unknown as IDBFactory; // never answers
    const store = await openStorage({ indexedDB: hanging, timeoutMs: 30, onBlocked: () => (blocked = true) });
    expect(store.status).toMatchObject({ persistent: false, code: 'blocked' });
    expect(blocked).toBe(false); // this factory never even reports 'blocked': the timeout decides
  });

  it('refuses a store with neither IndexedDB nor a memory store (inMemory makes one)', async () => {
    expect(() => new FallbackStore(null)).toThrow(/memory must be given/);
    const store = await FallbackStore.inMemory();
    expect(store.status).toMatchObject({ persistent: false, backend: 'memory', code: 'indexeddb-missing' });
    await store.replaceAll(fixtureState(f));
    expect(stateFingerprint((await store.load()).state!)).toBe(stateFingerprint(fixtureState(f)));
  });
});

describe('storage full mid-session', () => {
  it('switches to memory without losing the refused write, says so once, and can go back', async () => {
    const disk = new FillingBackend(await openIdbBackend({ indexedDB: new IDBFactory() }));
    const primary = new RecordStore(disk);
    const store = new FallbackStore(primary);
    const statuses: StorageStatus[] = [];
    store.onStatus((s) => statuses.push(s));
    await store.saveConfig({ params: f.params });
    for (const n of f.initial) await store.saveNode(n);
    const half = Math.floor(f.deltas.length / 2);
    for (const d of f.deltas.slice(0, half)) await store.commitDelta(d.nodeId, d.delta);

    disk.full = true;
    for (const d of f.deltas.slice(half)) await store.commitDelta(d.nodeId, d.delta);
    expect(store.status).toMatchObject({ persistent: false, backend: 'memory', code: 'quota-exceeded' });
    expect(store.status.message).toBe('Storage is full: the browser refused to save more. Pocket Chain keeps running in memory: nothing is being saved, and a reload will lose the changes.');
    expect(statuses.length).toBe(1);

    const all = fixtureState(f);
    const inMemory = (await store.load()).state!;
    expect(stateFingerprint({ ...inMemory, wallets: all.wallets, network: all.network, settings: all.settings })).toBe(stateFingerprint(all));
    // IndexedDB kept the state before the refused write, whole.
    const onDisk = (await primary.load()).state!;
    expect(onDisk.nodes.map((n) => n.tip)).not.toEqual(inMemory.nodes.map((n) => n.tip));

    expect(await store.retryPersistence()).toBe(false); // still full
    disk.full = false;
    expect(await store.retryPersistence()).toBe(true);
    expect(store.status.code).toBe('ok');
    expect(stateFingerprint((await primary.load()).state!)).toBe(stateFingerprint(inMemory));
  });

  it('does not mistake a bad argument for a storage failure', async () => {
    const store = new FallbackStore(new RecordStore(new MemoryBackend()));
    await expect(store.commitDelta('', f.deltas[0]!.delta)).rejects.toThrow(TypeError);
    expect(store.status.code).toBe('ok');
  });
});

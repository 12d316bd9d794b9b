/**
 * Two (and three) tabs over one database: one writer at a time through the
 * writer lock, followers refused writes and told about changes, hand-over when
 * the writer closes or dies. Locks and channels are the Node fakes; the
 * database is one fake-indexeddb factory opened by every "tab".
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';
import { CoordinatedStore } from './coordinated-store';
import { TabCoordinator, WRITER_LOCK, type ChangeNotice, type TabRole } from './tab-coordinator';
import { FakeChannelHub, FakeLocks, settle } from './testing/fake-tabs';
import { buildFixture, type NetworkFixture } from './testing/network-fixture';

let f: NetworkFixture;
beforeAll(() => {
  f = buildFixture();
});

interface Tab {
  readonly tabs: TabCoordinator;
  readonly store: CoordinatedStore;
  readonly roles: [TabRole, TabRole][];
  readonly notices: ChangeNotice[];
}

async function openTabs(n: number): Promise<{ tabs: Tab[]; locks: FakeLocks }> {
  const factory = new IDBFactory();
  const locks = new FakeLocks();
  const hub = new FakeChannelHub();
  const tabs: Tab[] = [];
  for (let i = 0; i < n; i++) {
    const tabs0 = new TabCoordinator({ locks: locks.client(`tab${i}`), channel: hub.channel(), tabId: `tab${i}` });
    const tab: Tab = { tabs: tabs0, store: new CoordinatedStore(await openIdbStore({ indexedDB: factory }), tabs0), roles: [], notices: [] };
    tabs0.on('role', (role, previous) => tab.roles.push([role, previous]));
    tabs0.on('change', (notice) => tab.notices.push(notice));
    await tabs0.start();
    tabs.push(tab);
  }
  return { tabs, locks };
}

async function seed(store: CoordinatedStore): Promise<void> {
  await store.saveConfig({ params: f.params });
  for (const node of f.initial) await store.saveNode(node);
}

describe('tab coordination', () => {
  it('the first tab writes, the second follows: its writes are refused, it hears of changes and sees them', async () => {
    const { tabs: [a, b] } = await openTabs(2);
    expect(a!.tabs.role).toBe('writer');
    expect(b!.tabs.role).toBe('follower');
    await seed(a!.store);

    const before = await b!.store.load();
    await expect(b!.store.commitDelta(f.deltas[0]!.nodeId, f.deltas[0]!.delta)).rejects.toMatchObject({ code: 'read-only' });
    await expect(b!.store.saveWallets(f.wallets)).rejects.toMatchObject({ code: 'read-only' });
    await expect(b!.store.reset(() => before.state!)).rejects.toMatchObject({ code: 'read-only' });
    expect(await b!.store.load()).toEqual(before);

    await a!.store.commitDelta(f.deltas[0]!.nodeId, f.deltas[0]!.delta);
    await settle();
    expect(b!.notices.map((n) => [n.from, n.revision, n.kind, n.nodeIds])).toEqual([
      ['tab0', 1, 'config', []],
      ['tab0', 2, 'node', ['node-a']],
      ['tab0', 3, 'node', ['node-b']],
      ['tab0', 4, 'delta', [f.deltas[0]!.nodeId]],
    ]);
    expect(a!.notices).toEqual([]); // a tab does not hear itself
    const seen = await b!.store.load();
    expect(seen.state!.nodes.find((n) => n.id === f.deltas[0]!.nodeId)!.mempool.length).toBe(1);
  });

  it('closing the writer hands over to the follower, which can then write', async () => {
    const { tabs: [a, b], locks } = await openTabs(2);
    await seed(a!.store);
    a!.tabs.close();
    await settle();
    expect(b!.tabs.role).toBe('writer');
    expect(b!.roles).toEqual([['follower', 'starting'], ['writer', 'follower']]);
    expect(locks.holder(WRITER_LOCK)).toBe('tab1');
    await b!.store.commitDeltas(f.deltas.slice(0, 3));
    await expect(a!.store.saveConfig({ settings: {} })).rejects.toMatchObject({ code: 'read-only' });
  });

  it('a writer tab that dies releases the lock to the next tab, and only to one', async () => {
    const { tabs: [a, b, c], locks } = await openTabs(3);
    expect([a, b, c].map((t) => t!.tabs.role)).toEqual(['writer', 'follower', 'follower']);
    locks.dropClient('tab0'); // the browser releases a crashed tab's locks
    await settle();
    expect([b, c].map((t) => t!.tabs.role)).toEqual(['writer', 'follower']);
    b!.tabs.close();
    await settle();
    expect(c!.tabs.role).toBe('writer');
  });

  it('ignores foreign or malformed messages', async () => {
    const hub = new FakeChannelHub();
    const other = hub.channel();
    const tab = new TabCoordinator({ locks: new FakeLocks().client('x'), channel: hub.channel(), tabId: 'x' });
    const heard: ChangeNotice[] = [];
    tab.on('change', (n) => heard.push(n));
    await tab.start();
    other.postMessage('hello');
    other.postMessage({ type: 'changed', from: 'y' });
    other.postMessage({ type: 'changed', from: 'y', revision: 1, kind: 'delta', nodeIds: ['n'] });
    await settle();
    expect(heard).toEqual([{ type: 'changed', from: 'y', revision: 1, kind: 'delta', nodeIds: ['n'] }]);
  });

  it('without Web Locks a tab writes but says it is not coordinated', async () => {
    const tab = new TabCoordinator({ locks: null, channel: null });
    expect(await tab.start()).toBe('writer');
    expect(tab.coordinated).toBe(false);
  });
});

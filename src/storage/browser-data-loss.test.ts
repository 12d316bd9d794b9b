/**
 * Chromium deletes an IndexedDB database it finds damaged and opens it as new,
 * saying so on the upgrade event (dataLoss 'total', dataLossMessage). The
 * empty database that follows is then not a first visit: the start must be
 * told, with the browser's words.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';

/** A factory whose next open reports that the browser deleted the damaged database (as Chromium does). */
function browserThatLostData(message: string): IDBFactory {
  const inner = new IDBFactory();
  return new Proxy(inner, {
    get(target, prop) {
      if (prop !== 'open') return Reflect.get(target, prop, target) as unknown;
      return (name: string, version?: number) => {
        const request = target.open(name, version);
        // The store sets onupgradeneeded after open() returns: hand it the event with Chromium's two fields.
        Object.defineProperty(request, 'onupgradeneeded', {
          set(handler: (e: Event) => void) {
            request.addEventListener('upgradeneeded', (e) => handler(Object.assign(e, { dataLoss: 'total', dataLossMessage: message })));
          },
        });
        return request;
      };
    },
  });
}

describe('a database the browser deleted as damaged', () => {
  it("opens empty, and the block index read says the browser's words", async () => {
    const store = await openIdbStore({ indexedDB: browserThatLostData('Corruption: checksum mismatch') });
    const r = await store.loadIndex();
    expect(r.state).toBeNull();
    expect(r.problems).toEqual([]);
    expect(r.browserDataLoss).toBe('Corruption: checksum mismatch');
    store.close();
  });

  it('a new database (a first visit) says nothing of a loss', async () => {
    const store = await openIdbStore({ indexedDB: new IDBFactory() });
    const r = await store.loadIndex();
    expect(r.state).toBeNull();
    expect(r.browserDataLoss).toBeUndefined();
    store.close();
  });
});

/**
 * A first visit's database is empty, and telling it so must not load the
 * start from a stored state (stored-start.ts, its own chunk in the build):
 * loadIndex answers an empty store, or one holding only lesson progress,
 * exactly as the full index load would, without asking for that code. A
 * store holding anything a start could use loads it. And a part of the code
 * that cannot be loaded says which part and what to do, and is tried again
 * on the next call.
 */
import { describe, expect, it } from 'vitest';
import { createWallet } from '../core/index';
import { CodeLoadError, lazyCode } from './lazy-code';
import { MemoryBackend } from './memory-store';
import { RecordStore } from './record-store';
import { loadIndex } from './load-index';
import { storedStartCode } from './stored-start-code';

describe('loadIndex on a first visit', () => {
  // The order matters: the start's code is asked for once per module, and the last test asks for it.
  it('answers an empty store, or one with only lesson progress, without the start code, as the full load would', async () => {
    const empty = new MemoryBackend();
    const learnOnly = new MemoryBackend();
    await new RecordStore(learnOnly).saveLearn({ lesson: 'coins', step: 2 });
    for (const backend of [empty, learnOnly]) {
      // The full index load's answer over the same records (its code imported here, as the store would).
      const full = await backend.read((r) => loadIndex(r, backend.schemaVersion));
      expect(full).toEqual({ schemaVersion: backend.schemaVersion, state: null, problems: [] });
      expect(await new RecordStore(backend).loadIndex()).toEqual(full);
    }
    expect(storedStartCode.requested).toBe(false);
  });

  it('loads the start code for a store holding something a start could use (here wallets without params: reported)', async () => {
    const store = new RecordStore(new MemoryBackend());
    await store.saveWallets([createWallet({ label: 'alice', seed: 'stored-start test' })]);
    const result = await store.loadIndex();
    expect(result.state).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['params-missing']);
    expect(storedStartCode.requested).toBe(true);
  });
});

describe('lazyCode', () => {
  it('loads once and reuses the code', async () => {
    let loads = 0;
    const code = lazyCode('a test part', async () => ({ n: ++loads }));
    expect(code.requested).toBe(false);
    expect(await code()).toEqual({ n: 1 });
    expect(await code()).toEqual({ n: 1 });
    expect(code.requested).toBe(true);
  });

  it('a failed load names the part and says to reload; the next call tries again', async () => {
    let fail = true;
    const code = lazyCode('starting from the stored state', async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module: ./stored-start-x.js');
      return 'loaded';
    });
    const e = await code().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CodeLoadError);
    expect((e as Error).message).toContain('starting from the stored state');
    expect((e as Error).message).toContain('Failed to fetch dynamically imported module');
    expect((e as Error).message).toContain('Reload the page');
    expect(code.requested).toBe(false);
    fail = false;
    expect(await code()).toBe('loaded');
  });
});

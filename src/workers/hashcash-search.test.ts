import { describe, expect, it } from 'vitest';
import { hashcashSearch } from '../core/hashcash';
import { createHashcashSearcher, type HashcashScan } from './hashcash-search';

/** A "worker" running in-process, counting the chunks it was asked for. */
function fakeWorker(calls: Array<[number, number]>) {
  const scan: HashcashScan = async (prefix, bits, from, to) => {
    calls.push([from, to]);
    return hashcashSearch(prefix, bits, from, to);
  };
  return async () => ({ scan, dispose: () => {} });
}

describe('createHashcashSearcher', () => {
  it('finds the same first counter as a single scan, chunk by chunk, reporting progress', async () => {
    const calls: Array<[number, number]> = [];
    const searcher = createHashcashSearcher({ startWorker: fakeWorker(calls), workerChunk: 100 });
    const progress: number[] = [];
    const found = await searcher.search('Pocket Chain', 10, (t) => progress.push(t)).done;
    const direct = hashcashSearch('Pocket Chain', 10, 0, 10_000_000);
    expect(found?.counter).toBe(direct.counter);
    expect(found?.tries).toBe(direct.tries);
    expect(searcher.mode).toBe('worker');
    expect(calls[0]).toEqual([0, 100]);
    expect(progress.slice(0, 3)).toEqual([100, 200, 300]);
  });

  it('falls back to the main thread when the worker cannot start, with the same answer', async () => {
    const searcher = createHashcashSearcher({ startWorker: () => Promise.reject(new Error('blocked')), mainThreadChunk: 500 });
    const found = await searcher.search('abc', 9).done;
    expect(searcher.mode).toBe('main-thread');
    expect(found?.counter).toBe(hashcashSearch('abc', 9, 0, 10_000_000).counter);
  });

  it('stops at the next chunk when cancelled and resolves null', async () => {
    const calls: Array<[number, number]> = [];
    const searcher = createHashcashSearcher({ startWorker: fakeWorker(calls), workerChunk: 10 });
    const run = searcher.search('abc', 30, () => run.cancel());
    expect(await run.done).toBeNull();
    expect(calls.length).toBe(1);
  });

  it('refuses a bad argument at the call', () => {
    const searcher = createHashcashSearcher({ startWorker: fakeWorker([]) });
    expect(() => searcher.search('abc', 300)).toThrow(/zeroBits/);
  });
});

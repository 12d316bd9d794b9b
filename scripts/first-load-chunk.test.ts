/**
 * The first-load chunking rule on a small module graph: what the entry imports
 * statically (through any depth, cycles included) goes into `first-load`; the
 * entry itself, and modules reached only through a dynamic import, do not.
 * What an early entry imports goes into `early`, and what a worker imports and
 * the page too into `shared`. (worker-chunk.test.ts builds a page with these
 * chunks for real.)
 */
import { describe, expect, it } from 'vitest';
import { codeSplittingGroups, firstLoadChunk } from './first-load-chunk.js';

const graph: Record<string, string[]> = {
  '/src/main.ts': ['/src/app.ts', '/src/ui.svelte', '/src/demo.ts'],
  '/src/app.ts': ['/src/core.ts', '/src/ui.svelte'],
  '/src/ui.svelte': ['/src/app.ts'], // a cycle
  '/src/core.ts': ['/src/hash.ts'],
  '/src/hash.ts': [],
  // imported by the page only with import(): its static imports are its own
  '/src/lazy.ts': ['/src/core.ts', '/src/lazy-only.ts'],
  '/src/lazy-only.ts': [],
  // run before main.ts; shares a module with the first load
  '/src/early.ts': ['/src/early-dep.ts'],
  '/src/early-dep.ts': ['/src/hash.ts'],
  // a worker's entry: what it imports that the page imports too is shared; the rest is its own
  '/src/tasks.worker.ts': ['/src/core.ts', '/src/worker-only.ts'],
  '/src/worker-only.ts': [],
  // ...and what it imports lazily too (the page imports this one statically)
  '/src/demo.ts': ['/src/hash.ts'],
};
/** Lazy imports: the worker's are part of its graph. */
const lazyGraph: Record<string, string[]> = { '/src/tasks.worker.ts': ['/src/demo.ts'] };
const meta = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]!, dynamicallyImportedIds: lazyGraph[id] ?? [] } : null) };
const chunksOf = (chunk: ReturnType<typeof firstLoadChunk>) => Object.fromEntries(Object.keys(graph).map((id) => [id, chunk(id, meta)]));

describe('firstLoadChunk', () => {
  it('puts every module the entry imports statically in first-load, and nothing else', () => {
    expect(chunksOf(firstLoadChunk('/src/main.ts'))).toEqual({
      '/src/main.ts': null,
      '/src/app.ts': 'first-load',
      '/src/ui.svelte': 'first-load',
      '/src/core.ts': 'first-load',
      '/src/hash.ts': 'first-load',
      '/src/lazy.ts': null,
      '/src/lazy-only.ts': null,
      '/src/early.ts': null,
      '/src/early-dep.ts': null,
      '/src/tasks.worker.ts': null,
      '/src/worker-only.ts': null,
      '/src/demo.ts': 'first-load',
    });
  });

  it("keeps an early entry's imports in a chunk of their own, so it does not wait for the first load", () => {
    const chunk = firstLoadChunk('/src/main.ts', { early: ['/src/early.ts'] });
    expect(chunk('/src/early-dep.ts', meta)).toBe('early');
    expect(chunk('/src/hash.ts', meta)).toBe('early'); // shared: the first load imports it from there
    expect(chunk('/src/app.ts', meta)).toBe('first-load');
    expect(chunk('/src/early.ts', meta)).toBeNull();
    expect(chunk('/src/lazy-only.ts', meta)).toBeNull();
  });

  it("puts what a worker imports and the page too in 'shared', leaving the UI and the worker's own modules out", () => {
    const workers = () => ['/src/tasks.worker.ts'];
    expect(chunksOf(firstLoadChunk('/src/main.ts', { workers }))).toEqual({
      '/src/main.ts': null,
      '/src/app.ts': 'first-load',
      '/src/ui.svelte': 'first-load',
      '/src/core.ts': 'shared',
      '/src/hash.ts': 'shared',
      '/src/lazy.ts': null,
      '/src/lazy-only.ts': null,
      '/src/early.ts': null,
      '/src/early-dep.ts': null,
      '/src/tasks.worker.ts': null,
      '/src/worker-only.ts': null, // the worker's chunk, not the page's first load
      '/src/demo.ts': 'shared', // the worker imports it lazily: in first-load it would bring the UI along
    });
    // With an early entry too, what it imports stays early (a worker imports it from there).
    expect(firstLoadChunk('/src/main.ts', { early: ['/src/early.ts'], workers })('/src/hash.ts', meta)).toBe('early');
  });

  it("keeps a worker's entry module out of every chunk even where the page imports it statically", () => {
    const withImport: Record<string, string[]> = { ...graph, '/src/app.ts': [...graph['/src/app.ts']!, '/src/tasks.worker.ts'] };
    const chunk = firstLoadChunk('/src/main.ts', { workers: () => ['/src/tasks.worker.ts'] });
    const m = { getModuleInfo: (id: string) => (id in withImport ? { importedIds: withImport[id]! } : null) };
    expect(chunk('/src/tasks.worker.ts', m)).toBeNull();
    expect(chunk('/src/worker-only.ts', m)).toBe('shared');
  });

  it('asks for the worker entries only once chunking starts (the plugin finds them while the graph loads)', () => {
    const found: string[] = [];
    const chunk = firstLoadChunk('/src/main.ts', { workers: () => found });
    found.push('/src/tasks.worker.ts');
    expect(chunk('/src/core.ts', meta)).toBe('shared');
  });
});

describe('codeSplittingGroups', () => {
  it('makes one group per chunk, early before shared before first-load, each naming only its own modules', () => {
    const groups = codeSplittingGroups(firstLoadChunk('/src/main.ts', { early: ['/src/early.ts'], workers: () => ['/src/tasks.worker.ts'] }));
    expect(groups.map((g) => g.priority)).toEqual([3, 2, 1]);
    const names = (id: string) => groups.map((g) => g.name(id, meta));
    expect(names('/src/hash.ts')).toEqual(['early', null, null]);
    expect(names('/src/core.ts')).toEqual([null, 'shared', null]);
    expect(names('/src/app.ts')).toEqual([null, null, 'first-load']);
    expect(names('/src/lazy-only.ts')).toEqual([null, null, null]);
  });
});

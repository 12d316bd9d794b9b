/**
 * The first-load chunking rule on a small module graph: what the entry imports
 * statically (through any depth, cycles included) goes into `first-load`; the
 * entry itself, and modules reached only through a dynamic import, do not.
 */
import { describe, expect, it } from 'vitest';
import { firstLoadChunk } from './first-load-chunk.js';

const graph: Record<string, string[]> = {
  '/src/main.ts': ['/src/app.ts', '/src/ui.svelte'],
  '/src/app.ts': ['/src/core.ts', '/src/ui.svelte'],
  '/src/ui.svelte': ['/src/app.ts'], // a cycle
  '/src/core.ts': [],
  // imported by the page only with import(): its static imports are its own
  '/src/lazy.ts': ['/src/core.ts', '/src/lazy-only.ts'],
  '/src/lazy-only.ts': [],
  // run before main.ts; shares a module with the first load
  '/src/early.ts': ['/src/early-dep.ts'],
  '/src/early-dep.ts': ['/src/core.ts'],
};
const meta = { getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : null) };

describe('firstLoadChunk', () => {
  it('puts every module the entry imports statically in first-load, and nothing else', () => {
    const chunk = firstLoadChunk('/src/main.ts');
    const named = Object.fromEntries(Object.keys(graph).map((id) => [id, chunk(id, meta)]));
    expect(named).toEqual({
      '/src/main.ts': null,
      '/src/app.ts': 'first-load',
      '/src/ui.svelte': 'first-load',
      '/src/core.ts': 'first-load',
      '/src/lazy.ts': null,
      '/src/lazy-only.ts': null,
      '/src/early.ts': null,
      '/src/early-dep.ts': null,
    });
  });

  it("keeps an early entry's imports in a chunk of their own, so it does not wait for the first load", () => {
    const chunk = firstLoadChunk('/src/main.ts', ['/src/early.ts']);
    expect(chunk('/src/early-dep.ts', meta)).toBe('early');
    expect(chunk('/src/core.ts', meta)).toBe('early'); // shared: the first load imports it from there
    expect(chunk('/src/app.ts', meta)).toBe('first-load');
    expect(chunk('/src/early.ts', meta)).toBeNull();
    expect(chunk('/src/lazy-only.ts', meta)).toBeNull();
  });
});

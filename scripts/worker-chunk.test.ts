/**
 * `?worker-chunk` (scripts/worker-chunk.js) in a real build of a small page:
 * the worker is an entry chunk of the page's build, its URL is relative to the
 * chunk that starts it (base './' works from any sub-path), and the code it
 * shares with the page is one chunk both import (with the first-load rule,
 * scripts/first-load-chunk.js), never a copy, and never the page's UI.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { codeSplittingGroups, firstLoadChunk } from './first-load-chunk.js';
import { devServerUrl, workerChunk, workerChunkName, workerSafePreloadHelper } from './worker-chunk.js';

/**
 * Writes `files` into a new folder and builds `main.ts` there as the page, as vite.config.ts
 * builds the app; with `outDir`, the build is written there too (as ES modules Node can run),
 * and with `forbidden`, modules no worker may reach.
 */
async function buildPage(files: Record<string, string>, { outDir, forbidden }: { outDir?: string; forbidden?: RegExp } = {}): Promise<Rolldown.OutputChunk[]> {
  const root = await mkdtemp(join(tmpdir(), 'worker-chunk-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  const workers = workerChunk({ forbidden });
  const main = join(root, 'main.ts');
  const output = (await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [workers],
    build: {
      write: outDir !== undefined,
      ...(outDir ? { outDir, emptyOutDir: true } : {}),
      minify: false,
      rolldownOptions: {
        input: { main },
        output: { codeSplitting: { groups: codeSplittingGroups(firstLoadChunk(main, { workers: workers.workerEntries })) } },
      },
    },
  })) as Rolldown.RolldownOutput;
  if (outDir) await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
  return output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
}

const page = {
  'main.ts': [
    "import { title } from './ui';",
    "import { digest } from './core';",
    "import hashWorkerUrl from './hash.worker.ts?worker-chunk';",
    'const worker = new Worker(hashWorkerUrl, { type: "module" });',
    'worker.postMessage(title() + digest("page"));',
  ].join('\n'),
  'ui.ts': "export const title = () => document.title + ' UI-MARKER';\n",
  'core.ts': "export const digest = (s: string) => `CORE-MARKER ${s.length * 31 + 7}`;\n",
  'hash.worker.ts': "import { digest } from './core';\nself.onmessage = (e: MessageEvent<string>) => postMessage(digest(e.data));\n",
};

/** The chunks `from` imports statically, directly or not, itself included. */
function closure(chunks: readonly Rolldown.OutputChunk[], from: Rolldown.OutputChunk): Rolldown.OutputChunk[] {
  const seen = new Map([[from.fileName, from]]);
  const queue = [from];
  while (queue.length > 0) {
    for (const file of queue.pop()!.imports) {
      const chunk = chunks.find((c) => c.fileName === file);
      if (chunk && !seen.has(file)) {
        seen.set(file, chunk);
        queue.push(chunk);
      }
    }
  }
  return [...seen.values()];
}

describe('workerChunk', () => {
  it("builds the worker as an entry chunk of the page's build, started from a URL relative to the page's chunk", async () => {
    const chunks = await buildPage(page);
    const worker = chunks.find((c) => c.name === 'hash.worker');
    expect(worker?.isEntry).toBe(true);
    expect(worker!.fileName).toMatch(/^assets\/hash\.worker-[\w-]+\.js$/);
    // The URL is relative to the chunk it is written in, which sits beside the worker's.
    const workerFile = worker!.fileName.replace('assets/', '');
    const starters = chunks.filter((c) => c.code.includes(`new URL(${JSON.stringify(workerFile)}, import.meta.url)`));
    expect(starters.map((c) => c.fileName)).toEqual([expect.stringMatching(/^assets\/[^/]+\.js$/)]);
    for (const c of chunks) expect(c.code).not.toMatch(/["'`]\/assets\//); // nothing tied to the site's root
  }, 30_000);

  it("shares the page's code with the worker as one chunk, and keeps the page's UI out of the worker", async () => {
    const chunks = await buildPage(page);
    const withCore = chunks.filter((c) => c.code.includes('CORE-MARKER'));
    expect(withCore.map((c) => c.name)).toEqual(['shared']);
    const worker = chunks.find((c) => c.name === 'hash.worker')!;
    const workerGraph = closure(chunks, worker).map((c) => c.name);
    expect(workerGraph).toContain('shared');
    expect(workerGraph).not.toContain('first-load');
    expect(closure(chunks, worker).some((c) => c.code.includes('UI-MARKER'))).toBe(false);
    expect(chunks.find((c) => c.name === 'first-load')!.code).toContain('UI-MARKER');
  }, 30_000);

  it("lets a worker import lazily through a chunk it shares with the page (Vite's preload helper needs no document there)", async () => {
    // core.ts (shared) imports extra.ts lazily, whose own import is a chunk of its own: Vite preloads it on the page.
    const lazy = {
      ...page,
      'core.ts': "export const digest = (s: string) => `CORE-MARKER ${s.length}`;\nexport const loadExtra = () => import('./extra').then((m) => m.extra());\n",
      'extra.ts': "import { helper } from './helper';\nexport const extra = () => `EXTRA ${helper()}`;\n",
      'helper.ts': "export const helper = () => 'HELPER';\n",
      'main.ts': `${page['main.ts']}\nimport('./helper').then((m) => console.log(m.helper()));\nimport { loadExtra } from './core';\nvoid loadExtra();\n`,
      // Node has no document either: the worker's chunk runs here as in a worker.
      'hash.worker.ts': "import { loadExtra } from './core';\n(globalThis as { workerResult?: Promise<string> }).workerResult = loadExtra();\n",
    };
    const out = await mkdtemp(join(tmpdir(), 'worker-chunk-out-'));
    const chunks = await buildPage(lazy, { outDir: out });
    expect(chunks.find((c) => c.name === 'shared')!.code).toContain('__vite__mapDeps'); // the page does preload
    const worker = chunks.find((c) => c.name === 'hash.worker')!;
    await import(pathToFileURL(join(out, worker.fileName)).href);
    await expect((globalThis as { workerResult?: Promise<string> }).workerResult).resolves.toBe('EXTRA HELPER');
  }, 30_000);

  it('fails the build when a worker could reach a forbidden module (the UI), naming the worker and the module', async () => {
    const forbidden = /ui\.ts$/;
    await expect(buildPage(page, { forbidden })).resolves.toBeDefined();
    // The worker imports the UI lazily: it would evaluate document.title where there is no document.
    const reaching = { ...page, 'hash.worker.ts': `${page['hash.worker.ts']}void import('./ui').then((m) => m.title());\n` };
    await expect(buildPage(reaching, { forbidden })).rejects.toThrow(/the worker assets\/hash\.worker-[\w-]+\.js can reach .*ui\.ts \(in assets\/[\w.-]+\.js\), which a worker must not evaluate/);
  }, 30_000);

  it('refuses a worker module that does not exist, naming it', async () => {
    const broken = { ...page, 'main.ts': "import url from './missing.worker.ts?worker-chunk';\nconsole.log(url);\n" };
    await expect(buildPage(broken)).rejects.toThrow(/cannot start "\.\/missing\.worker\.ts" as a worker: no such module/);
  }, 30_000);
});

describe('workerChunkName', () => {
  it("is the file's name without its extension", () => {
    expect(workerChunkName('/app/src/workers/tasks.worker.ts')).toBe('tasks.worker');
    expect(workerChunkName('/app/bench/pages/mining-variants.worker.mjs')).toBe('mining-variants.worker');
  });
});

describe('devServerUrl', () => {
  it('is the path from the root for a file under it, and an /@fs/ path for one outside', () => {
    expect(devServerUrl('/app/src/workers/tasks.worker.ts', '/app')).toBe('/src/workers/tasks.worker.ts');
    expect(devServerUrl('/app/src/workers/tasks.worker.ts', '/app/bench/pages')).toBe('/@fs/app/src/workers/tasks.worker.ts');
  });
});

describe('workerSafePreloadHelper', () => {
  it('fails loudly when the helper no longer has the lines it changes', () => {
    expect(() => workerSafePreloadHelper('export const __vitePreload = () => {}')).toThrow(/no longer has `deps && deps.length > 0` once/);
  });
});

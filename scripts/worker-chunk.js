// @ts-check
/**
 * Vite plugin: `import url from './tasks.worker.ts?worker-chunk'` is the URL of
 * that module built as an entry chunk of the page's OWN build, to start with
 * `new Worker(url, { type: 'module' })`.
 *
 * Vite's own worker import (`new Worker(new URL('./x.ts', import.meta.url))`)
 * bundles each worker apart, so every worker carried its own copy of the core,
 * storage and hashing code that the page had already downloaded (a first visit
 * paid for it twice). An entry chunk of the page's build instead imports the
 * chunks it shares with the page (scripts/first-load-chunk.js keeps what the
 * workers import in a chunk of its own, 'shared'), and the browser fetches them
 * once and serves the worker from its HTTP cache.
 *
 * - build: the module is emitted as a chunk, and its URL is
 *   `import.meta.ROLLDOWN_FILE_URL_<ref>`, which Vite's asset plugin writes
 *   relative to the importing chunk (`new URL('x.js', import.meta.url)`) with
 *   base './', so the build works from any sub-path;
 * - dev server and tests: the module's own URL, which the dev server serves
 *   and transforms like any other.
 *
 * Chunks a worker shares with the page also share Vite's dynamic-import helper,
 * which this makes safe in a worker (workerSafePreloadHelper).
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */
import { basename, isAbsolute, relative } from 'node:path';

const QUERY = '?worker-chunk';
const PREFIX = '\0worker-chunk:';

/**
 * The chunk's name (its file is assets/<name>-<hash>.js): the file's name without its extension.
 * @param {string} file
 */
export function workerChunkName(file) {
  return basename(file).replace(/\.[cm]?[jt]s$/, '');
}

/**
 * The URL the dev server serves `file` at: under the root as a path from it, else through /@fs/.
 * @param {string} file an absolute path
 * @param {string} root the project's root
 */
export function devServerUrl(file, root) {
  const inRoot = relative(root, file).split('\\').join('/');
  if (inRoot.startsWith('../') || isAbsolute(inRoot)) return `/@fs/${file.split('\\').join('/').replace(/^\/+/, '')}`;
  return `/${inRoot}`;
}

/**
 * Vite's helper for the page's dynamic imports (`__vitePreload`) preloads a lazy chunk's
 * imports with <link> elements and reports a failed import on `window`. A worker has
 * neither, and it runs the same helper wherever a chunk it shares with the page imports
 * something lazily (the storage's migrations, say): there the import itself must do,
 * and a failure reach the caller. Throws if the helper's code no longer has the lines
 * this relies on (a Vite upgrade), so the build fails rather than a worker later.
 * @param {string} code the helper module's code
 * @returns {string}
 */
export function workerSafePreloadHelper(code) {
  /** @type {[string, string][]} */
  const edits = [
    ['deps && deps.length > 0', 'deps && deps.length > 0 && typeof document !== "undefined"'],
    ['window.dispatchEvent(e);', 'if (typeof window !== "undefined") window.dispatchEvent(e);'],
  ];
  for (const [from, to] of edits) {
    if (code.split(from).length !== 2) throw new Error(`Vite's preload helper no longer has \`${from}\` once: scripts/worker-chunk.js cannot make it safe in a worker`);
    code = code.replace(from, to);
  }
  return code;
}

/**
 * The first module matching `forbidden` that a worker's entry chunk can reach through
 * its imports, at once or with import(), or null.
 * @param {Record<string, { type: string, imports?: readonly string[], dynamicImports?: readonly string[], moduleIds?: readonly string[] }>} bundle
 * @param {string} entryFile the worker's entry chunk
 * @param {RegExp} forbidden
 * @returns {{ file: string, moduleId: string } | null}
 */
export function forbiddenInWorker(bundle, entryFile, forbidden) {
  const seen = new Set([entryFile]);
  const queue = [entryFile];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk') continue;
    const moduleId = chunk.moduleIds?.find((id) => forbidden.test(id));
    if (moduleId) return { file, moduleId };
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * @param {{ forbidden?: RegExp }} [o] modules no worker may reach (the page's UI, which
 *   touches the DOM at once): the build fails naming the worker, the chunk and the module
 * @returns {import('vite').Plugin & { workerEntries: () => ReadonlySet<string> }}
 */
export function workerChunk({ forbidden } = {}) {
  let building = false;
  let root = process.cwd();
  /** Every module started as a worker by this build, as absolute paths (the chunk rule reads them). */
  const entries = new Set();
  return {
    name: 'pocket-chain:worker-chunk',
    enforce: 'pre',
    workerEntries: () => entries,
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId: {
      filter: { id: /\?worker-chunk$/ },
      async handler(source, importer) {
        const target = source.slice(0, -QUERY.length);
        const resolved = await this.resolve(target, importer, { skipSelf: true });
        if (!resolved || resolved.external) {
          this.error(`${source}: cannot start "${target}" as a worker: no such module${importer ? ` from ${importer}` : ''}`);
        }
        return PREFIX + resolved.id;
      },
    },
    load: {
      filter: { id: /^\0worker-chunk:/ },
      handler(id) {
        const file = id.slice(PREFIX.length);
        entries.add(file);
        if (!building) return `export default ${JSON.stringify(devServerUrl(file, root))};\n`;
        const referenceId = this.emitFile({ type: 'chunk', id: file, name: workerChunkName(file) });
        return `export default import.meta.ROLLDOWN_FILE_URL_${referenceId};\n`;
      },
    },
    generateBundle(_options, bundle) {
      if (!forbidden) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.facadeModuleId || !entries.has(chunk.facadeModuleId)) continue;
        const found = forbiddenInWorker(bundle, chunk.fileName, forbidden);
        if (found) this.error(`the worker ${chunk.fileName} can reach ${found.moduleId} (in ${found.file}), which a worker must not evaluate (${forbidden})`);
      }
    },
    transform: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(code) {
        // Always in a build: the helper may load before the first worker module is found.
        return building ? { code: workerSafePreloadHelper(code), map: null } : null;
      },
    },
  };
}

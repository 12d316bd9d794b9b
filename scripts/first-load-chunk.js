// @ts-check
/**
 * The build's chunking rule for the first load. Every module the page's entry
 * (src/main.ts) imports statically, directly or not, goes into one of three
 * chunks, which a first visit downloads anyway:
 *
 * - `early`: what an early entry imports (src/early-start.ts, which index.html
 *   runs before the app): inside a larger chunk it would wait for the whole
 *   first load to arrive, and starting before it is what it is for;
 * - `shared`: what the page's workers import too, at once or with import()
 *   (their entries are chunks of this build, scripts/worker-chunk.js): a worker
 *   imports this chunk from the HTTP cache instead of carrying its own copy, and
 *   evaluates none of the page's UI (Svelte components, the DOM) by doing so;
 * - `first-load`: the rest (the UI and the app around it).
 *
 * Left to itself the bundler cuts that code into a few dozen files, one per set
 * of importers (the first screen and each lazy part that shares a module with
 * it); a first visit downloads all of them anyway, and each file compressed on
 * its own lost about 8 KiB of gzip against the same bytes as one stream
 * (scripts/first-load-size.ts prints both). Lazy parts import what they share
 * from these chunks, which are already loaded; modules that only lazy parts or
 * workers use are chunked as before.
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */

/** @typedef {{ importedIds: readonly string[], dynamicallyImportedIds?: readonly string[] }} ModuleLinks */
/** @typedef {(id: string) => ModuleLinks | null} GetModuleInfo */

/**
 * The modules `from` imports statically, directly or not (`from` itself left out); with
 * `dynamic`, those it may import with import() as well.
 * @param {string} from
 * @param {GetModuleInfo} getModuleInfo
 * @param {{ dynamic?: boolean }} [o]
 */
export function staticImports(from, getModuleInfo, { dynamic = false } = {}) {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const info = getModuleInfo(/** @type {string} */ (queue.pop()));
    for (const next of [...(info?.importedIds ?? []), ...((dynamic && info?.dynamicallyImportedIds) || [])]) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  seen.delete(from); // an entry stays its own chunk
  return seen;
}

/**
 * The name of the first-load chunk module `id` belongs to, or null where it is none of them.
 * @param {string} entry the entry module's absolute path (src/main.ts)
 * @param {{ early?: readonly string[], workers?: () => Iterable<string> }} [more]
 *   entries that run before it (src/early-start.ts), and the worker entries of the build
 *   (asked for when chunking starts, once the module graph is complete)
 * @returns {(id: string, meta: { getModuleInfo: GetModuleInfo }) => string | null}
 */
export function firstLoadChunk(entry, { early: earlyEntries = [], workers = () => [] } = {}) {
  /** @type {{ early: Set<string>, workers: Set<string>, shared: Set<string>, firstLoad: Set<string> } | null} */
  let sets = null;
  return (id, { getModuleInfo }) => {
    // The module graph is complete when chunking starts: walk the entries' static imports once.
    if (sets === null) {
      const closure = (/** @type {Iterable<string>} */ from, dynamic = false) => new Set([...from].flatMap((e) => [...staticImports(e, getModuleInfo, { dynamic })]));
      const workerEntries = new Set(workers());
      // A worker's graph includes what it imports lazily: a lazy chunk that imported first-load would evaluate the UI there.
      sets = { early: closure(earlyEntries), workers: workerEntries, shared: closure(workerEntries, true), firstLoad: staticImports(entry, getModuleInfo) };
    }
    // A worker's entry module stays its own chunk, even where the page imports it too.
    if (sets.workers.has(id)) return null;
    if (sets.early.has(id)) return 'early';
    if (!sets.firstLoad.has(id)) return null;
    return sets.shared.has(id) ? 'shared' : 'first-load';
  };
}

/** The first load's chunks, each taking its modules before the next (see codeSplittingGroups). */
export const FIRST_LOAD_CHUNKS = /** @type {const} */ (['early', 'shared', 'first-load']);

/**
 * The rule as rolldown's `output.codeSplitting.groups`: one group per chunk, by priority in
 * the order of FIRST_LOAD_CHUNKS. A group also takes the static imports of the modules it
 * captures (rolldown's includeDependenciesRecursively, which keeps chunks free of import
 * cycles), so `first-load` as one group with the others would swallow `shared`, which its
 * modules import: a group of higher priority captures its modules first.
 * @param {(id: string, meta: { getModuleInfo: GetModuleInfo }) => string | null} chunkOf a rule from firstLoadChunk
 * @returns {{ name: (id: string, ctx: { getModuleInfo: GetModuleInfo }) => string | null, priority: number }[]}
 */
export function codeSplittingGroups(chunkOf) {
  return FIRST_LOAD_CHUNKS.map((chunk, i) => ({
    // ctx's method reads `this`: keep it bound.
    name: (id, ctx) => (chunkOf(id, { getModuleInfo: (m) => ctx.getModuleInfo(m) }) === chunk ? chunk : null),
    priority: FIRST_LOAD_CHUNKS.length - i,
  }));
}

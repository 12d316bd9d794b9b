// @ts-check
/**
 * The build's chunking rule for the first load: every module the page's entry
 * (src/main.ts) imports statically, directly or not, goes into one chunk,
 * `first-load`. Left to itself the bundler cuts that code into a few dozen
 * files, one per set of importers (the first screen and each lazy part that
 * shares a module with it); a first visit downloads all of them anyway, and
 * each file compressed on its own lost about 8 KiB of gzip against the same
 * bytes as one stream (scripts/first-load-size.ts prints both). Lazy parts
 * import what they share from that chunk, which is already loaded; modules
 * only lazy parts use are chunked as before.
 *
 * An early entry (src/early-start.ts, which index.html runs before the app)
 * keeps what it imports in a small chunk of its own, `early`: inside
 * `first-load` it would wait for the whole first load to arrive, and starting
 * before it is what it is for.
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */

/** @typedef {{ importedIds: readonly string[] }} ModuleLinks */

/**
 * The modules `from` imports statically, directly or not (`from` itself left out).
 * @param {string} from
 * @param {(id: string) => ModuleLinks | null} getModuleInfo
 */
function staticImports(from, getModuleInfo) {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of getModuleInfo(/** @type {string} */ (queue.pop()))?.importedIds ?? []) {
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
 * A `manualChunks` function naming the first load's chunks.
 * @param {string} entry the entry module's absolute path (src/main.ts)
 * @param {readonly string[]} [earlyEntries] entries that run before it (src/early-start.ts)
 * @returns {(id: string, meta: { getModuleInfo: (id: string) => ModuleLinks | null }) => string | null}
 */
export function firstLoadChunk(entry, earlyEntries = []) {
  /** @type {{ early: Set<string>, firstLoad: Set<string> } | null} */
  let sets = null;
  return (id, { getModuleInfo }) => {
    // The module graph is complete when chunking starts: walk the entries' static imports once.
    if (sets === null) {
      const early = new Set(earlyEntries.flatMap((e) => [...staticImports(e, getModuleInfo)]));
      sets = { early, firstLoad: staticImports(entry, getModuleInfo) };
    }
    if (sets.early.has(id)) return 'early';
    return sets.firstLoad.has(id) ? 'first-load' : null;
  };
}

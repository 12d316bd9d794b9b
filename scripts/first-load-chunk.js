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
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */

/** @typedef {{ importedIds: readonly string[] }} ModuleLinks */

/**
 * A `manualChunks` function naming the first load's chunk.
 * @param {string} entry the entry module's absolute path (src/main.ts)
 * @returns {(id: string, meta: { getModuleInfo: (id: string) => ModuleLinks | null }) => string | null}
 */
export function firstLoadChunk(entry) {
  /** @type {Set<string> | null} */
  let firstLoad = null;
  return (id, { getModuleInfo }) => {
    // The module graph is complete when chunking starts: walk the entry's static imports once.
    if (firstLoad === null) {
      const seen = new Set([entry]);
      const queue = [entry];
      while (queue.length > 0) {
        for (const next of getModuleInfo(/** @type {string} */ (queue.pop()))?.importedIds ?? []) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      seen.delete(entry); // the entry stays the page's own (index) chunk
      firstLoad = seen;
    }
    return firstLoad.has(id) ? 'first-load' : null;
  };
}

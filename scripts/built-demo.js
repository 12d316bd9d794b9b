// @ts-check
/**
 * Vite plugin: `import demoUrl from 'virtual:pocket-demo'` is the URL of the
 * seeded demo as an export file, which `npm run build` writes next to the
 * chunks (assets/demo-<hash>.json) by running src/app/demo-file.ts in Node:
 * the same seed and core code the page would mine it with. The page loads it on
 * a first visit instead of mining the history (src/app/prebuilt-demo.ts); the
 * service worker precaches it with the other built files. On the dev server
 * (and in the tests) the URL is null and the page mines the demo as before.
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { assemblyScript } from './assemblyscript.js';
import { workerChunk } from './worker-chunk.js';

const ID = 'virtual:pocket-demo';
const RESOLVED = `\0${ID}`;
const BUILDER = fileURLToPath(new URL('../src/app/demo-file.ts', import.meta.url));

/**
 * The demo file's text, from the project's own code (loaded through Vite, so core's
 * `?wasm` imports compile as in the build, and a `?worker-chunk` import is a URL, not the worker's code run here).
 * @param {string} root
 * @returns {Promise<string>}
 */
export async function builtDemoText(root) {
  const { module } = await runnerImport(BUILDER, { configFile: false, root, logLevel: 'warn', plugins: [assemblyScript(), workerChunk()] });
  const builder = /** @type {{ demoFileText: () => string }} */ (module);
  return builder.demoFileText();
}

/** @returns {import('vite').Plugin} */
export function builtDemo() {
  let building = false;
  let root = process.cwd();
  return {
    name: 'pocket-chain:built-demo',
    configResolved(config) {
      building = config.command === 'build';
      root = config.root;
    },
    resolveId: {
      filter: { id: /^virtual:pocket-demo$/ },
      handler: () => RESOLVED,
    },
    load: {
      filter: { id: /^\0virtual:pocket-demo$/ },
      async handler() {
        if (!building) return 'export default null;\n';
        const referenceId = this.emitFile({ type: 'asset', name: 'demo.json', source: await builtDemoText(root) });
        return `export default import.meta.ROLLDOWN_FILE_URL_${referenceId};\n`;
      },
    },
  };
}

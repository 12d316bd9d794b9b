// @ts-check
/**
 * Compiles AssemblyScript sources to WebAssembly, the one way the project
 * does it (so the Vite build, the tests and `npm run build:wasm` give the same
 * bytes): optimised for speed (-O3), SIMD on, no garbage-collected runtime
 * (the kernels only use static memory), assertions compiled out.
 *
 * `assemblyScript()` is the Vite plugin, with two ways to import a compiled file:
 * - `import source from './x.ts?wasm-file'`: in a build, the URL of x.wasm, a
 *   file of its own in assets/ (hashed name, written relative to the importing
 *   chunk, so the build works from any sub-path). A binary file gzips well;
 *   the same bytes inlined as base64 in a chunk would not (about 6 KiB gzip
 *   against 4 for the SIMD kernel). On the dev server and in the Node tests,
 *   which have no file to fetch, the bytes themselves (a Uint8Array).
 * - `import bytes from './x.ts?wasm'`: always the bytes, inlined in the chunk
 *   (the benchmark pages and the kernel's own tests, which want them at once).
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import asc from 'assemblyscript/asc';

const BYTES = '?wasm';
const FILE = '?wasm-file';

/** One compilation per source text and process: a build bundles the page and each worker separately. */
/** @type {Map<string, Promise<{ binary: Uint8Array, text: string }>>} */
const compiled = new Map();

/**
 * Compiles one self-contained AssemblyScript file; rejects with the compiler's messages.
 * @param {string} file
 * @returns {Promise<{ binary: Uint8Array, text: string }>} the module and its WebAssembly text (to read what the compiler made)
 */
export async function compileAssemblyScript(file) {
  const source = await readFile(file, 'utf8');
  const key = `${file}\n${source}`;
  if (!compiled.has(key)) compiled.set(key, compile(file, source));
  return /** @type {Promise<{ binary: Uint8Array, text: string }>} */ (compiled.get(key));
}

/**
 * @param {string} file
 * @param {string} source
 * @returns {Promise<{ binary: Uint8Array, text: string }>}
 */
async function compile(file, source) {
  const result = await asc.compileString(
    { [basename(file)]: source },
    { optimizeLevel: 3, shrinkLevel: 0, runtime: 'stub', noAssert: true, enable: ['simd'] },
  );
  if (result.error || !result.binary || result.text === null) {
    throw new Error(`AssemblyScript could not compile ${file}:\n${result.stderr.toString() || String(result.error)}`);
  }
  return { binary: result.binary, text: result.text };
}

/**
 * The name of the built file: `sha256d-simd.ts` becomes `sha256d-simd.wasm` (assets/sha256d-simd-<hash>.wasm).
 * @param {string} file
 */
export function wasmFileName(file) {
  return basename(file).replace(/\.[cm]?[jt]s$/, '') + '.wasm';
}

/**
 * A module whose default export is these bytes. Pure: a bundle whose code never uses them drops them.
 * @param {Uint8Array} binary
 */
function inlineBytes(binary) {
  const base64 = Buffer.from(binary).toString('base64');
  return `export default /* @__PURE__ */ Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));\n`;
}

/**
 * Vite plugin: `./kernel.ts?wasm-file` is the compiled module's URL in a build (its bytes
 * in dev and tests); `./kernel.ts?wasm` is always its bytes.
 * @returns {import('vite').Plugin}
 */
export function assemblyScript() {
  let building = false;
  return {
    name: 'pocket-chain:assemblyscript',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    // Hook filters: the bundler calls these only for `?wasm` and `?wasm-file` imports, not for every module.
    resolveId: {
      filter: { id: /\?wasm(-file)?$/ },
      async handler(source, importer) {
        const query = source.endsWith(FILE) ? FILE : BYTES;
        const resolved = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
        return resolved ? resolved.id + query : null;
      },
    },
    load: {
      filter: { id: /\?wasm(-file)?$/ },
      async handler(id) {
        const query = id.endsWith(FILE) ? FILE : BYTES;
        const file = id.slice(0, -query.length);
        this.addWatchFile(file);
        const { binary } = await compileAssemblyScript(file);
        if (query === BYTES || !building) return inlineBytes(binary);
        const referenceId = this.emitFile({ type: 'asset', name: wasmFileName(file), source: binary });
        return `export default import.meta.ROLLDOWN_FILE_URL_${referenceId};\n`;
      },
    },
  };
}

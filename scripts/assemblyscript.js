// @ts-check
/**
 * Compiles AssemblyScript sources to WebAssembly, the one way the project
 * does it (so the Vite build, the tests and `npm run build:wasm` give the same
 * bytes): optimised for speed (-O3), SIMD on, no garbage-collected runtime
 * (the kernels only use static memory), assertions compiled out.
 *
 * `assemblyScript()` is the Vite plugin: `import bytes from './x.ts?wasm'`
 * compiles x.ts and gives its .wasm bytes as a Uint8Array, inlined in the
 * chunk: a few kilobytes, loaded with the worker that needs them, precached
 * with it for offline use, and equally at hand in the Node tests.
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import asc from 'assemblyscript/asc';

const QUERY = '?wasm';

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
 * Vite plugin: `import bytes from './kernel.ts?wasm'` is the compiled module's bytes.
 * @returns {import('vite').Plugin}
 */
export function assemblyScript() {
  return {
    name: 'pocket-chain:assemblyscript',
    enforce: 'pre',
    // Hook filters: the bundler calls these only for `?wasm` imports, not for every module.
    resolveId: {
      filter: { id: /\?wasm$/ },
      async handler(source, importer) {
        const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
        return resolved ? resolved.id + QUERY : null;
      },
    },
    load: {
      filter: { id: /\?wasm$/ },
      async handler(id) {
        const file = id.slice(0, -QUERY.length);
        this.addWatchFile(file);
        const { binary } = await compileAssemblyScript(file);
        const base64 = Buffer.from(binary).toString('base64');
        // Pure: a bundle whose code never uses the kernel drops its bytes.
        return `export default /* @__PURE__ */ Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));\n`;
      },
    },
  };
}

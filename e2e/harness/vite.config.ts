/**
 * Builds the e2e harness pages (e2e/harness/*.html and the workers they
 * import from src/workers) into dist-harness/, the way the app is built:
 * base './', the workers as chunks of this build (scripts/worker-chunk.js), the
 * AssemblyScript kernel compiled from source.
 * A spec that needs a harness builds it in its beforeAll (see webgpu-miner.e2e.ts).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { assemblyScript } from '../../scripts/assemblyscript.js';
import { workerChunk } from '../../scripts/worker-chunk.js';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [assemblyScript(), workerChunk()],
  build: {
    outDir: resolve(here, '../../dist-harness'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: Object.fromEntries(
        readdirSync(here)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [basename(f, '.html'), resolve(here, f)]),
      ),
    },
  },
});

/**
 * Builds the e2e harness pages (e2e/harness/*.html and the workers they
 * import from src/workers) into dist-harness/, the way the app is built:
 * base './', ES module workers, the AssemblyScript kernel compiled from source.
 * A spec that needs a harness builds it in its beforeAll (see webgpu-miner.e2e.ts).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { assemblyScript } from '../../scripts/assemblyscript.js';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [assemblyScript()],
  worker: { format: 'es', plugins: () => [assemblyScript()] },
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

/**
 * Builds the benchmark pages (bench/pages/*.html and the code and workers they
 * import) into dist-bench/, the way the app itself is built: base './', ES
 * module workers (the app's as chunks of this build, scripts/worker-chunk.js), Svelte. bench/context.ts runs this build once per `npm run bench`.
 * BENCH_NO_MINIFY=1 keeps the functions' names, for reading a CPU profile of a page.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { assemblyScript } from '../scripts/assemblyscript.js';
import { workerChunk } from '../scripts/worker-chunk.js';

const here = dirname(fileURLToPath(import.meta.url));
const pages = resolve(here, 'pages');

export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  // The chain-view page mounts Svelte components (src/ui/viz).
  // The app's workers (src/workers) start from `?worker-chunk` URLs; the bench's own
  // (pages/mining-variants.worker.ts) is a Vite worker bundle.
  plugins: [svelte({ configFile: resolve(here, '../svelte.config.js') }), assemblyScript(), workerChunk()],
  worker: { format: 'es', plugins: () => [assemblyScript()] },
  build: {
    outDir: resolve(here, '../dist-bench'),
    emptyOutDir: true,
    target: 'es2022',
    minify: process.env.BENCH_NO_MINIFY ? false : undefined,
    rolldownOptions: {
      input: Object.fromEntries(
        readdirSync(pages)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [basename(f, '.html'), resolve(pages, f)]),
      ),
    },
  },
});

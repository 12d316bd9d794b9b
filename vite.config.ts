/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { assemblyScript } from './scripts/assemblyscript.js';
import { builtDemo } from './scripts/built-demo.js';
import { earlyScript } from './scripts/early-script.js';
import { codeSplittingGroups, firstLoadChunk } from './scripts/first-load-chunk.js';
import { workerChunk } from './scripts/worker-chunk.js';

/**
 * index.html's Content-Security-Policy allows styles only from this origin's files
 * (style-src 'self'), which is what the build needs: Svelte and D3 set styles through
 * the CSSOM, which CSP does not restrict. The dev server, though, injects every CSS
 * module as a <style> element (HMR); only there is 'unsafe-inline' added.
 */
function devServerInlineStyles(): Plugin {
  return {
    name: 'pocket-chain:dev-csp-inline-styles',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

// `import url from './x.worker.ts?worker-chunk'`: a worker built as an entry chunk of this build, sharing its
// chunks. The build fails if a worker could reach the UI (Svelte's DOM runtime, components, src/ui/).
const workers = workerChunk({ forbidden: /\.svelte(\.[jt]s)?$|[\\/]src[\\/]ui[\\/]|[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]/ });
const src = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

// base './' makes every asset URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    workers,
    // `import bytes from './kernel.ts?wasm'` compiles AssemblyScript (the SIMD mining kernel) in the build and the tests.
    assemblyScript(),
    // `import demoUrl from 'virtual:pocket-demo'`: the seeded demo, built into a file that a first visit loads instead of mining it.
    builtDemo(),
    // A first visit's demo check starts from a script of its own, before the app's chunks have loaded.
    earlyScript('src/early-start.ts'),
    devServerInlineStyles(),
    // Offline after one visit: a generated service worker (sw.js) precaches every file of
    // the build (page, styles, icons, the chunks, the workers' entry chunks and the lazy
    // ones). Registered by src/register-service-worker.ts (injectRegister false: no inline
    // script, which the CSP forbids; nor the plugin's registerSW, which needs workbox-window).
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      // The glob below already takes the icons; listing them twice would only duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Pocket Chain',
        short_name: 'Pocket Chain',
        description: 'A whole Bitcoin-like blockchain in one browser tab.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6feb',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        // json: the demo file a first visit loads (assets/demo-<hash>.json).
        globPatterns: ['**/*.{js,wasm,css,html,svg,png,json}'],
        // The largest chunks (first-load, shared) must stay precached even if they grow.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
        // Offline navigations to ./ or ./index.html are answered from the precache.
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // What a first visit downloads is one chunk beside the entry: gzip compresses it as one stream.
    rolldownOptions: {
      output: {
        codeSplitting: { groups: codeSplittingGroups(firstLoadChunk(src('main.ts'), { early: [src('early-start.ts')], workers: workers.workerEntries })) },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Timeouts catch hangs, not slowness: property tests and whole-chain layouts take seconds
    // alone and several times that on a loaded 2-core machine. Speed is measured in `npm run bench`.
    testTimeout: 60_000,
  },
});

// @ts-check
/**
 * Vite plugin: a script that runs before the app's own scripts have loaded.
 *
 * Vite bundles every module script of index.html into ONE entry, which runs
 * only once all of its chunks are downloaded and compiled. A first visit's
 * slowest step (starting the tasks worker and checking the demo file in it,
 * src/app/first-visit-start.ts) needs none of them, so `entry` is built as an
 * entry of its own and index.html gets a <script type="module"> for it before
 * the app's: the browser runs a module script as soon as its own small graph
 * is ready, while the app's chunks are still loading. Modules both share
 * (the started worker, the demo check) are one instance, so the app picks up
 * what the early script began.
 *
 * Plain JavaScript (checked by tsc through JSDoc) so that vite.config.ts can
 * import it without a TypeScript loader.
 */
import { resolve } from 'node:path';

/**
 * `html` with a module script `src` (and a preload of each chunk in `imports`) before its first
 * module script, the app's: over HTTP/1.1 the browser fetches a handful of files at a time, in
 * the order it finds them, so what comes first arrives first. A preload the app already had for
 * one of `imports` moves up (it is not listed twice).
 * @param {string} html @param {string} src @param {readonly string[]} imports
 * @returns {string}
 */
export function withEarlyScript(html, src, imports = []) {
  const preloads = imports.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`);
  const escaped = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const p of preloads) html = html.replace(new RegExp(`\\n[ \\t]*${escaped(p)}`, 'g'), '');
  const at = html.indexOf('<script type="module"');
  if (at < 0) throw new Error(`the page has no module script to put ${src} before`);
  const tags = [`<script type="module" crossorigin src="${src}"></script>`, ...preloads];
  return `${html.slice(0, at)}${tags.join('\n    ')}\n    ${html.slice(at)}`;
}

/**
 * @param {string} entry the early script, relative to the project root (e.g. 'src/early-start.ts')
 * @returns {import('vite').Plugin}
 */
export function earlyScript(entry) {
  let root = process.cwd();
  const name = 'early-start';
  return {
    name: 'pocket-chain:early-script',
    config(config, env) {
      if (env.command !== 'build') return;
      root = resolve(config.root ?? process.cwd());
      return { build: { rolldownOptions: { input: { index: resolve(root, 'index.html'), [name]: resolve(root, entry) } } } };
    },
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return withEarlyScript(html, `/${entry}`);
        const file = resolve(root, entry);
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId === file);
        if (!chunk || chunk.type !== 'chunk') throw new Error(`the build has no entry chunk for ${entry}`);
        return withEarlyScript(
          html,
          `./${chunk.fileName}`,
          chunk.imports.map((f) => `./${f}`),
        );
      },
    },
  };
}

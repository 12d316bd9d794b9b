/**
 * The early script's place in index.html (scripts/early-script.js): before the
 * app's module script, with the chunks it imports preloaded right after it
 * and not a second time further down.
 */
import { describe, expect, it } from 'vitest';
import { withEarlyScript } from './early-script.js';

const page = [
  '<head>',
  '    <title>Pocket Chain</title>',
  '    <script type="module" crossorigin src="./assets/index-1.js"></script>',
  '    <link rel="modulepreload" crossorigin href="./assets/core-2.js">',
  '    <link rel="modulepreload" crossorigin href="./assets/first-visit-start-3.js">',
  '</head>',
].join('\n');

describe('withEarlyScript', () => {
  it('puts the early script and its imports first, and lists each preload once', () => {
    const html = withEarlyScript(page, './assets/early-start-4.js', ['./assets/first-visit-start-3.js']);
    const lines = html.split('\n').map((l) => l.trim());
    expect(lines).toEqual([
      '<head>',
      '<title>Pocket Chain</title>',
      '<script type="module" crossorigin src="./assets/early-start-4.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/first-visit-start-3.js">',
      '<script type="module" crossorigin src="./assets/index-1.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/core-2.js">',
      '</head>',
    ]);
  });

  it('refuses a page without a module script to go before, naming the script', () => {
    expect(() => withEarlyScript('<head></head>', '/src/early-start.ts')).toThrow('the page has no module script to put /src/early-start.ts before');
  });
});

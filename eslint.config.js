// ESLint flat config (ESLint 10, typescript-eslint 8, eslint-plugin-svelte 3).
//
// Besides the recommended rule sets, this file enforces the layer rules of
// DESIGN.md ("imports point one way only"):
//
//   core  <-  sim  <-  workers  <-  api  <-  ui
//   core  <-  storage (+ idb)
//
// Each layer gets a `no-restricted-imports` block listing what it may NOT import.
// Relative imports are matched by regex so that `../ui`, `../../ui/viz/x` and
// `src/ui/...` are all caught, while a sibling file such as `./api-types` is not.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** A relative (or src/-rooted) import of one of the given top-level src folders. */
function layer(...names) {
  return `^((\\.\\./)+|(\\./)?(.*/)?src/)(${names.join('|')})(/|$)`;
}

/** Restricted-import pattern entries shared by several layers. */
const pkg = {
  svelte: {
    group: ['svelte', 'svelte/*', '*.svelte', '*.svelte.js', '*.svelte.ts'],
    message: 'Svelte belongs to src/ui only.',
  },
  idb: { group: ['idb', 'idb/*'], message: 'IndexedDB (idb) belongs to src/storage only.' },
  comlink: {
    group: ['comlink', 'comlink/*'],
    message: 'Comlink belongs to src/workers and the code that calls them.',
  },
  d3: { group: ['d3', 'd3/*', 'd3-*'], message: 'D3 belongs to src/ui (ui/viz) only.' },
};

/** A `no-restricted-imports` rule from pattern entries. */
function restrict(...patterns) {
  return ['error', { patterns }];
}

/** Pattern entry forbidding relative imports of other src layers. */
function noLayers(from, ...names) {
  return {
    regex: layer(...names),
    message: `${from} may not import from src/${names.length > 1 ? `{${names.join(',')}}` : names[0]} (see DESIGN.md, "Layers").`,
  };
}

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-bench/',
    'dev-dist/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    'e2e/screenshots/',
    'dist-wasm/',
    'dist-harness/',
    // AssemblyScript (WebAssembly kernels): its own language rules, compiled by scripts/assemblyscript.ts.
    'src/core/assembly/',
  ]),

  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,

  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_`-prefixed names mark deliberately unused arguments and bindings.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },

  // TypeScript inside Svelte components and rune modules (*.svelte.ts).
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: ts.parser,
        extraFileExtensions: ['.svelte'],
        svelteConfig,
      },
    },
  },

  // ---- Layer rules (DESIGN.md) ------------------------------------------------

  // core: pure protocol code, must run in Node and in workers.
  {
    files: ['src/core/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        pkg.idb,
        pkg.comlink,
        pkg.d3,
        noLayers('src/core', 'ui', 'storage', 'workers', 'api', 'sim'),
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'indexedDB',
          'navigator',
          'self',
          'postMessage',
          'Worker',
          'HTMLElement',
        ].map((name) => ({
          name,
          message: `src/core must run in Node and in workers: no DOM/browser global '${name}'. Pass what you need in as an argument.`,
        })),
      ],
    },
  },

  // sim: the simulated network, built on core only.
  {
    files: ['src/sim/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        pkg.idb,
        pkg.comlink,
        noLayers('src/sim', 'ui', 'storage', 'workers', 'api'),
      ),
    },
  },

  // storage: IndexedDB through idb; may import core and idb only.
  {
    files: ['src/storage/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        pkg.comlink,
        noLayers('src/storage', 'ui', 'api', 'workers', 'sim'),
      ),
    },
  },

  // workers: Comlink wrappers around pure core functions.
  {
    files: ['src/workers/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        noLayers('src/workers', 'ui', 'api', 'storage'),
      ),
    },
  },

  // api: the programmatic API, below the UI.
  {
    files: ['src/api/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(pkg.svelte, noLayers('src/api', 'ui')),
    },
  },
]);

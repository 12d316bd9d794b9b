// ESLint flat config (ESLint 10, typescript-eslint 8, eslint-plugin-svelte 3).
//
// Besides the recommended rule sets, this file forbids import cycles anywhere in src/
// (a cycle makes module start-up order matter and hides which file owns a concept;
// type-only imports vanish at run time and are allowed to point back), and enforces
// the layer rules of
// DESIGN.md ("imports point one way only"):
//
//   core  <-  sim  <-  lab  <-  workers  <-  app  <-  api  <-  ui
//   core  <-  storage (+ idb)  <-  workers, app
//   core, sim, workers  <-  learn (lesson models)  <-  app, ui
//
// Each layer gets a `no-restricted-imports` block listing what it may NOT import.
// Relative imports are matched by regex so that `../ui`, `../../ui/viz/x` and
// `src/ui/...` are all caught, while a sibling file such as `./api-types` is not.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
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
    'reports/',
    '.stryker-tmp/',
    'e2e/screenshots/',
    'dist-wasm/',
    'dist-harness/',
    // AssemblyScript (WebAssembly kernels): its own language rules, compiled by scripts/assemblyscript.js.
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

  // ---- No import cycles in src/ ----------------------------------------------------
  {
    files: ['src/**/*.{ts,js,svelte}'],
    plugins: { 'import-x': importX },
    // The rule parses every imported file with the options of the file being linted: a
    // .svelte dependency needs to know its <script lang="ts"> is TypeScript.
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.js', '.svelte'],
      // Components are parsed too, so a cycle through a .svelte file is found; each kind
      // of file with its own parser, whichever file is being linted.
      'import-x/parsers': { 'svelte-eslint-parser': ['.svelte'], '@typescript-eslint/parser': ['.ts', '.js'] },
      // Packages cannot import our files back: no need to parse them. Nor can the
      // AssemblyScript kernels (src/core/assembly/, imported as `?wasm` bytes).
      'import-x/ignore': ['node_modules', 'src/core/assembly/'],
    },
    rules: { 'import-x/no-cycle': 'error' },
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
        noLayers('src/core', 'ui', 'storage', 'workers', 'app', 'api', 'sim', 'lab'),
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
        noLayers('src/sim', 'ui', 'storage', 'workers', 'app', 'api', 'lab'),
      ),
    },
  },

  // lab: experiments (attacks measured against theory) run on core and sim;
  // pure and synchronous, so Node scripts, tests and workers can all run them.
  {
    files: ['src/lab/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        pkg.idb,
        pkg.comlink,
        pkg.d3,
        noLayers('src/lab', 'ui', 'storage', 'workers', 'app', 'api'),
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
        noLayers('src/storage', 'ui', 'app', 'api', 'workers', 'sim', 'lab'),
      ),
    },
  },

  // workers: Comlink wrappers around pure functions of core (mining), sim and storage (the tasks worker)
  // and lab (the experiments).
  {
    files: ['src/workers/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(pkg.svelte, noLayers('src/workers', 'ui', 'api', 'app')),
    },
  },

  // learn: the lessons' playground models and step checks, tested in Node.
  {
    files: ['src/learn/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(
        pkg.svelte,
        pkg.idb,
        pkg.d3,
        noLayers('src/learn', 'ui', 'api', 'app', 'storage'),
      ),
    },
  },

  // app: the running app as services; below the public API and the UI.
  {
    files: ['src/app/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(pkg.svelte, pkg.d3, noLayers('src/app', 'ui', 'api')),
    },
  },

  // api: the public contract, a thin mapping over app; below the UI.
  {
    files: ['src/api/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': restrict(pkg.svelte, pkg.d3, noLayers('src/api', 'ui')),
    },
  },

  // ui: reaches the running app only through ui/state (its views and actions). sim, lab, storage
  // and workers may be named as types (what a view returns), never used; nothing touches `.system`.
  // Node tests of ui code may build a network or a store to test against.
  {
    files: ['src/ui/**/*.{ts,js,svelte}'],
    ignores: ['src/ui/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layer('sim', 'storage', 'workers'),
              allowTypeImports: true,
              message:
                'src/ui may import sim, lab, storage and workers as types only: read views and call actions of ui/state (see docs/ARCHITECTURE.md).',
            },
            {
              // src/ui/lab (the Lab panel's parts) is one `../` away from its siblings: only a path
              // that climbs out of src/ui (two or more `../`, or rooted at src/) means the src/lab layer.
              regex: '^((\\.\\./){2,}|(\\./)?(.*/)?src/)lab(/|$)',
              allowTypeImports: true,
              message:
                'src/ui may import sim, lab, storage and workers as types only: read views and call actions of ui/state (see docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='system']",
          message:
            'src/ui does not reach into the running app: read a view or call an action of ui/state (see docs/ARCHITECTURE.md).',
        },
      ],
    },
  },
]);

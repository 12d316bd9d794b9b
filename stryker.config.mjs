// Mutation testing of the consensus rules (npm run test:mutation; not in CI: it takes
// about an hour and a half on a loaded 2-core machine). Stryker changes one operator or condition at a
// time in these files and runs the unit tests that cover that line (vitest.mutation.config.ts):
// a mutant that no test kills is a rule nothing checks. docs/MUTATION.md has the scores.
//
// scripts/mutation.ts runs one file at a time so each file's results land even if a
// later file is interrupted; MUTATION_REPORT names that file's reports. Incremental
// mode reruns only the mutants whose code or covering tests changed since the last run.
const report = process.env.MUTATION_REPORT ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // The consensus rules. In the three big files only the parts that are rules: fork choice
  // and the block index's work (block-tree), block acceptance and fork choice (chain),
  // the pool's acceptance and its conflicts with a block (mempool); their storage,
  // restore and eviction code is left out to keep a run near an hour on a shared 2-core machine.
  // Ranges are line ranges: move them with the code. scripts/mutation.ts runs Stryker once per file.
  mutate: [
    'src/core/merkle.ts',
    'src/core/pow.ts',
    'src/core/difficulty.ts',
    'src/core/tx-check.ts',
    'src/core/block-check.ts',
    'src/core/connect.ts',
    'src/sim/resolve-conflicts.ts',
    'src/core/block-tree.ts:74-138',
    'src/core/block-tree.ts:174-187',
    'src/core/mempool.ts:122-156',
    'src/core/mempool.ts:226-252',
    'src/core/chain.ts:220-374',
  ],
  // One mutant at a time: the machine is shared.
  concurrency: 1,
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/mutation/${report}.incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  // The sandbox needs the sources and configs, not the builds and test artefacts.
  ignorePatterns: ['dist', 'dev-dist', 'dist-bench', 'dist-wasm', 'dist-harness', 'test-results', 'playwright-report', 'e2e', 'docs', 'bench', 'public'],
  tempDirName: '.stryker-tmp',
  timeoutMS: 60_000,
  // The first run of the tests, with coverage, can take minutes on a loaded machine.
  dryRunTimeoutMinutes: 30,
};

// Mutation testing of the consensus rules (npm run test:mutation; not in CI: a full run
// takes hours on a 2-core machine). Stryker changes one operator or condition at a time
// in these files and runs the unit tests that cover it: a mutant that no test kills is
// a rule nothing checks. One mutant at a time (concurrency 1): the machine is shared.
// Scope further with `npx stryker run --mutate src/core/merkle.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'src/core/tx-check.ts',
    'src/core/block-check.ts',
    'src/core/connect.ts',
    'src/core/block-tree.ts',
    'src/core/chain.ts',
    'src/core/pow.ts',
    'src/core/merkle.ts',
    'src/core/difficulty.ts',
    'src/core/mempool.ts',
    'src/sim/resolve-conflicts.ts',
  ],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  timeoutMS: 60_000,
  // The first run of every core and sim test, with coverage, took over the default 5 minutes on a loaded machine.
  dryRunTimeoutMinutes: 30,
};

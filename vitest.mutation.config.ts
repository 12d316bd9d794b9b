/**
 * The unit tests Stryker runs against each mutant (stryker.config.mjs): only the
 * example-based tests of the consensus rules it mutates. Left out on purpose: the
 * property and fuzz tests (hundreds of random runs per mutant), the soak and whole
 * network tests (seconds each, and they cover nearly every line, so they would run
 * for nearly every mutant), the mining kernels, the UI, storage and app suites.
 * A mutant these tests miss is a rule no focused test checks.
 */
import { defineConfig } from 'vitest/config';

export const consensusTests = [
  'src/core/block.test.ts',
  'src/core/block-check.test.ts',
  'src/core/block-report.test.ts',
  'src/core/best-chain.test.ts',
  'src/core/block-acceptance.test.ts',
  'src/core/block-tree.test.ts',
  'src/core/chain.test.ts',
  'src/core/connect.test.ts',
  'src/core/malformed-block.test.ts',
  'src/core/maturity.test.ts',
  'src/core/mempool.test.ts',
  'src/core/mempool-accept.test.ts',
  'src/core/merkle.test.ts',
  'src/core/miner.test.ts',
  'src/core/money-range.test.ts',
  'src/core/orphan-limit.test.ts',
  'src/core/pow.test.ts',
  'src/core/reorg-pool.test.ts',
  'src/core/transaction.test.ts',
  'src/core/tx-check.test.ts',
  'src/core/validation-caches.test.ts',
  'src/core/vectors.test.ts',
  'src/core/verify-recent.test.ts',
  'src/sim/bad-peer.test.ts',
  'src/sim/hostile-peer.test.ts',
  'src/sim/partition.test.ts',
  'src/sim/reorg.test.ts',
  'src/sim/resolve-conflicts.test.ts',
  'src/sim/withholding.test.ts',
];

export default defineConfig({
  test: {
    include: consensusTests,
    environment: 'node',
    testTimeout: 60_000,
  },
});

/**
 * The unit tests Stryker runs against each mutant (stryker.config.mjs): the core's and
 * the simulation's, which hold every test of the consensus files it mutates. Leaving
 * the app, storage and UI suites out keeps each mutant's run short.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/core/**/*.test.ts', 'src/sim/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

/**
 * The crash test's own run (npm run test:crash): e2e/crash/*.crash.ts against the
 * built app, like the e2e specs (playwright.config.ts), but on its own Chromium
 * that it kills (e2e/crash/crash-browser.ts), one round after another.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'e2e/crash',
  testMatch: '**/*.crash.ts',
  retries: 0,
  workers: 1,
  reporter: 'list',
  projects: undefined,
  // A click that cannot land (something covering its target) fails the round instead of waiting out the whole run.
  use: { ...base.use, actionTimeout: 60_000 },
});

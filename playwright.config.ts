/**
 * Playwright runs the e2e specs (e2e/**\/*.e2e.ts) in Chromium against the BUILT app,
 * served by `vite preview`, so what is tested is what ships in dist/.
 *
 * Browser: e2e/chromium.ts (Debian's Chromium where it exists, else Playwright's own).
 *
 * The preview binds 127.0.0.1 explicitly: `localhost` may resolve to ::1 first on Node 20,
 * and then the URL below would never answer.
 */
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

// PW_PORT lets a second checkout on the same machine run beside a preview already on 4173.
const PORT = Number(process.env.PW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI for a timing spec that lost to a busy machine; e2e/retry-reporter.ts
  // names every retried test and the error of its failed attempt, so a flaky test shows.
  retries: process.env.CI ? 1 : 0,
  // One spec at a time in CI: the responsiveness specs measure long tasks on the page while
  // mining uses the spare core, which a second spec running beside them would take (2-core machines).
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['./e2e/retry-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});

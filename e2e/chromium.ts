/**
 * Which Chromium the e2e specs launch, and with which flags: Debian's
 * /usr/bin/chromium (or PW_CHROMIUM_PATH) where it exists, since Playwright
 * cannot download its own browser on our machines; elsewhere (a laptop after
 * `npx playwright install chromium`) Playwright's own Chromium.
 * playwright.config.ts uses this for every spec; a spec that needs one more
 * flag (webgpu-miner.e2e.ts: --enable-unsafe-webgpu) asks for it here instead
 * of changing every spec's browser.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const SYSTEM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function systemChromium(): string | undefined {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PW_CHROMIUM_PATH does not exist: ${fromEnv}`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launch options for the specs' Chromium, with `extraArgs` added to the usual flags. */
export function chromiumLaunchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  const executablePath = systemChromium();
  if (executablePath) return { executablePath, args: [...SYSTEM_ARGS, ...extraArgs] };
  return extraArgs.length > 0 ? { args: [...extraArgs] } : {};
}

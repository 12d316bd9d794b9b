/**
 * A Chromium the crash test can kill like a power cut: started by us (not by
 * Playwright) on a persistent profile, driven over the DevTools protocol, and
 * ended with SIGKILL to its whole process group, so no page, worker or
 * IndexedDB backend gets a chance to finish what it was doing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';

export interface CrashBrowser {
  readonly page: Page;
  /** SIGKILL to the browser and every process it started; resolves when the browser process is gone. */
  kill(): Promise<void>;
  /** A clean close, for the end of the test. */
  close(): Promise<void>;
}

export async function launchOnProfile(profileDir: string): Promise<CrashBrowser> {
  const o = chromiumLaunchOptions();
  const executable = o.executablePath ?? chromium.executablePath();
  const args = [...(o.args ?? []), '--headless', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'];
  // Its own process group (detached), so one signal reaches the renderer and the workers too.
  const child = spawn(executable, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await devtoolsEndpoint(child);
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await exited;
      await browser.close().catch(() => undefined);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
}

/** Chromium prints "DevTools listening on ws://..." on stderr once it is ready. */
function devtoolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let found = false;
    const timer = setTimeout(() => reject(new Error(`Chromium did not start in 60 s: ${text.slice(-500)}`)), 60_000);
    // Read stderr to the end (a full pipe would stall the browser), keeping only what comes before the endpoint.
    child.stderr!.on('data', (chunk: Buffer) => {
      if (found) return;
      text += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) {
        found = true;
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened: ${text.slice(-500)}`));
    });
  });
}

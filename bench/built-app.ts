/**
 * The app as `npm run build` makes it, built once per bench run into
 * dist-bench/app and shared by the sections that drive the real page.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BUILT_APP_DIR = join(ROOT, 'dist-bench', 'app');

let built: Promise<string> | null = null;

/** Builds the app (once per run); resolves with its directory. */
export function builtApp(): Promise<string> {
  built ??= build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: BUILT_APP_DIR, emptyOutDir: true } }).then(() => BUILT_APP_DIR);
  return built;
}

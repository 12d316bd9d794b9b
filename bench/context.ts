/**
 * The benchmark harness shared by every bench section.
 *
 * Contract for a section (any file bench/NAME.bench.ts):
 *
 *   import type { BenchContext } from './context';
 *   export default async function (ctx: BenchContext): Promise<void> {
 *     const page = await ctx.openPage('NAME');          // bench/pages/NAME.html, built and served
 *     const r = await page.evaluate(() => window.myBench.run());
 *     ctx.report('what was measured', [
 *       { label: 'baseline', value: r.base, unit: 'ops/s' },
 *       { label: 'ours', value: r.ours, unit: 'ops/s', note: `${(r.ours / r.base).toFixed(1)}x baseline` },
 *     ]);
 *   }
 *
 * - `npm run bench [filter]` (bench/run.ts) runs every section whose file
 *   name contains `filter`, in alphabetical order, one at a time.
 * - Browser-side code lives in bench/pages/NAME.html (+ .ts, workers): all
 *   pages are built once by bench/vite.config.ts into dist-bench/ and served
 *   from 127.0.0.1 by a small static server; `pageUrl(name)` is the URL.
 * - `browser` is headless Chromium (Debian's /usr/bin/chromium, or
 *   PW_CHROMIUM_PATH, with the flags of TOOLCHAIN.md; Playwright's own
 *   Chromium elsewhere). A page should set `window.benchReady = true` when
 *   its API is in place; `openPage` waits for it and forwards console errors.
 * - A figure of the issue's table (bench/issue-table.ts) also goes to
 *   `figure`; the run prints that table at its end.
 * - Print results with `report` (aligned rows) and always measure a baseline
 *   in the same run, so ratios stay meaningful on a busy machine;
 *   `loadAverage()` gives the 1/5/15-minute load to print next to figures.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright';
import { IssueTable, type FigureEntry, type IssueFigure } from './issue-table';

export interface ReportRow {
  readonly label: string;
  readonly value: number | string;
  readonly unit?: string;
  /** Ratios, targets, verdicts: free text after the figure. */
  readonly note?: string;
}

export interface BenchContext {
  readonly browser: Browser;
  /** URL of bench/pages/NAME.html as built in dist-bench/. */
  pageUrl(name: string): string;
  /** A new page at pageUrl(name), once it has set window.benchReady. */
  openPage(name: string): Promise<Page>;
  /** Prints a titled block of aligned rows. */
  report(title: string, rows: readonly ReportRow[]): void;
  /** "load 0.42 0.30 0.25 (2 cores)": print it next to the figures. */
  loadAverage(): string;
  /** Adds a figure to the issue table printed at the end of the run (bench/issue-table.ts). */
  figure(key: IssueFigure, entry: FigureEntry): void;
}

export interface OwnedBenchContext extends BenchContext {
  readonly table: IssueTable;
  close(): Promise<void>;
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'dist-bench');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGPU on an http://127.0.0.1 page in headless Chromium (a software adapter where there is no GPU).
  '--enable-unsafe-webgpu',
];
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

function systemChromium(): string | undefined {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PW_CHROMIUM_PATH does not exist: ${fromEnv}`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Serves dist-bench/ read-only on 127.0.0.1 (any free port). */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function formatValue(v: number | string): string {
  if (typeof v === 'string') return v;
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 1e6) return `${(v / 1e6).toFixed(3)} M`;
  return v >= 100 ? v.toFixed(0) : v.toFixed(2);
}

/** Builds the pages, starts the server and the browser. Close it when done. */
export async function createBenchContext(): Promise<OwnedBenchContext> {
  await build({ configFile: join(ROOT, 'bench/vite.config.ts'), logLevel: 'warn' });
  const server = await serve(OUT);
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bench server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  const executablePath = systemChromium();
  const browser = await chromium.launch({ headless: true, ...(executablePath ? { executablePath, args: CHROMIUM_ARGS } : {}) });

  const pageUrl = (name: string) => {
    if (!/^[\w-]+$/.test(name)) throw new TypeError(`page name must be a plain file name, got "${name}"`);
    if (!existsSync(join(OUT, `${name}.html`))) throw new RangeError(`no bench page bench/pages/${name}.html`);
    return `${origin}/${name}.html`;
  };

  const table = new IssueTable();
  return {
    browser,
    table,
    pageUrl,
    async openPage(name) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`  [${name} page] ${m.text()}`);
      });
      page.on('pageerror', (e) => console.error(`  [${name} page] ${e.message}`));
      await page.goto(pageUrl(name));
      await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, null, { timeout: 30_000 });
      return page;
    },
    report(title, rows) {
      const labels = Math.max(...rows.map((r) => r.label.length));
      const values = Math.max(...rows.map((r) => formatValue(r.value).length));
      const units = Math.max(0, ...rows.map((r) => (r.unit ?? '').length));
      console.log(`\n${title}`);
      for (const r of rows) {
        const line = `  ${pad(r.label, labels)}  ${pad(formatValue(r.value), values, true)} ${pad(r.unit ?? '', units)}`;
        console.log(r.note ? `${line}  ${r.note}` : line.trimEnd());
      }
    },
    loadAverage() {
      return `load ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores)`;
    },
    figure(key, entry) {
      table.add(key, entry);
    },
    async close() {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/**
 * `npm run bench [filter]`: runs every bench/*.bench.ts section (or those whose
 * file name contains `filter`) one after another in one BenchContext (see
 * bench/context.ts for the contract), then the issue's table of the figures
 * the sections gave (bench/issue-table.ts). Benchmarks are not tests: they
 * print figures and ratios and never fail on speed.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBenchContext, type BenchContext } from './context';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const sections = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

if (sections.length === 0) {
  console.error(`no bench/*.bench.ts matches "${filter}"`);
  process.exit(1);
}

const ctx = await createBenchContext();
let failed = false;
try {
  for (const file of sections) {
    console.log(`\n=== ${file.replace('.bench.ts', '')} (${new Date().toISOString()}, ${ctx.loadAverage()})`);
    const started = performance.now();
    try {
      const section = (await import(pathToFileURL(join(here, file)).href)) as { default: (ctx: BenchContext) => Promise<void> };
      await section.default(ctx);
    } catch (err) {
      failed = true;
      console.error(`section ${file} failed:`, err);
    }
    console.log(`\n(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await ctx.close();
}
if (!ctx.table.empty) console.log(ctx.table.lines(`${new Date().toISOString()}, ${ctx.loadAverage()}`).join('\n'));
process.exit(failed ? 1 : 0);

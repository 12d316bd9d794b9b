/**
 * Mutation testing of the consensus files (npm run test:mutation), one file per
 * Stryker run so each file's result is kept even if a later run is interrupted,
 * then one table of the scores and every surviving mutant.
 *
 *   npm run test:mutation                          every file (or range) of stryker.config.mjs
 *   npm run test:mutation -- src/core/merkle.ts    only the files named (ranges: src/core/chain.ts:220-374)
 *   npm run test:mutation -- --report              only the table, from the last runs
 *
 * Each file's reports are reports/mutation/<name>.{json,html,incremental.json};
 * incremental mode reruns only mutants whose code or covering tests changed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import config from '../stryker.config.mjs';

interface Mutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}

interface Report {
  readonly files: Record<string, { readonly mutants: readonly Mutant[] }>;
}

/** Killed and timed-out mutants were detected; survivors and uncovered ones were not (Stryker's score). */
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** A mutate entry is a file or ranges of one ("src/core/chain.ts:220-374"); its reports are named after the file. */
const nameOf = (entry: string) => basename(entry.split(':')[0]!, '.ts');
const reportOf = (entry: string) => `reports/mutation/${nameOf(entry)}.json`;

function runFile(file: string): void {
  const started = Date.now();
  const result = spawnSync('npx', ['stryker', 'run', '--mutate', file], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_REPORT: nameOf(file) },
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`${file}: Stryker exited ${result.status} after ${minutes} min`);
  if (result.status !== 0) process.exitCode = 1;
}

function summarise(files: readonly string[]): void {
  const rows: string[] = [];
  const survivors: string[] = [];
  let detected = 0;
  let undetected = 0;
  for (const file of files) {
    if (!existsSync(reportOf(file))) {
      rows.push(`${nameOf(file).padEnd(20)} no report yet`);
      continue;
    }
    const report = JSON.parse(readFileSync(reportOf(file), 'utf8')) as Report;
    const mutants = Object.values(report.files).flatMap((f) => f.mutants);
    const d = mutants.filter((m) => DETECTED.has(m.status)).length;
    const u = mutants.filter((m) => UNDETECTED.has(m.status)).length;
    detected += d;
    undetected += u;
    const score = d + u === 0 ? 'n/a' : `${((100 * d) / (d + u)).toFixed(1)}%`;
    rows.push(`${nameOf(file).padEnd(20)} ${score.padStart(6)}  ${String(d).padStart(4)} detected ${String(u).padStart(4)} undetected ${String(mutants.length).padStart(5)} mutants`);
    for (const m of mutants.filter((x) => UNDETECTED.has(x.status)).sort((a, b) => a.location.start.line - b.location.start.line)) {
      survivors.push(`${file.split(':')[0]}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100)}`);
    }
  }
  console.log('\nMutation score per file (detected = killed or timed out)');
  for (const r of rows) console.log(r);
  const total = detected + undetected;
  console.log(`${'all'.padEnd(20)} ${total === 0 ? 'n/a' : `${((100 * detected) / total).toFixed(1)}%`.padStart(6)}  ${String(detected).padStart(4)} detected ${String(undetected).padStart(4)} undetected`);
  if (survivors.length > 0) console.log(`\nUndetected mutants:\n${survivors.join('\n')}`);
}

const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const named = args.filter((a) => !a.startsWith('--'));
// One run per file: the config's ranges of one file ("src/core/chain.ts:220-374") go to one run together.
const byFile = new Map<string, string[]>();
for (const entry of named.length > 0 ? named : (config.mutate as string[])) byFile.set(nameOf(entry), [...(byFile.get(nameOf(entry)) ?? []), entry]);
const files: readonly string[] = [...byFile.values()].map((entries) => entries.join(','));
if (!reportOnly) for (const file of files) runFile(file);
summarise(files);

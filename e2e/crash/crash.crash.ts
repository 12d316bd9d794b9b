/**
 * The crash test (npm run test:crash; CRASH_ROUNDS, default 50): Chromium on
 * one persistent profile is killed at random moments while it mines, pays and
 * heals partitions; every reopening must find a state the app really passed
 * through, with every block it had shown as saved (crash-rounds.ts).
 * Prints "crash rounds: N/N consistent" and how long it took.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runCrashRounds } from './crash-rounds';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 50);
const SEED = Number(process.env.CRASH_SEED ?? 20261203);

test(`${ROUNDS} crashes leave a consistent chain`, async ({ baseURL }) => {
  test.setTimeout(ROUNDS * 120_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'pocket-crash-'));
  const started = Date.now();
  try {
    const result = await runCrashRounds({ rounds: ROUNDS, url: baseURL!, profileDir, seed: SEED, log: (line) => console.log(line) });
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`crash rounds: ${result.consistent}/${result.rounds} consistent (${seconds} s, seed ${SEED})`);
    expect(result.problems).toEqual([]);
    expect(result.consistent).toBe(ROUNDS);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});

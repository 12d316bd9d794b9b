/**
 * Storage section: write and reload a chain of 10,000 blocks with
 * 100,000 payments (+ one coinbase per block) through src/storage, in headless
 * Chromium against real on-disk IndexedDB, and print the write times, the load
 * time and the bytes used next to the JSON size of the same data. Baseline in
 * the same run: the same state as one JSON string in one IndexedDB record.
 *
 * The chain is built in Node (bench/storage-chain.ts, ~2 minutes of signing the
 * first time, then cached in node_modules/.cache) and served to the page.
 * The page runs in a persistent browser profile: Playwright's default
 * contexts are incognito, where Chromium keeps IndexedDB in memory.
 * STORAGE_BENCH_BLOCKS / STORAGE_BENCH_PAYMENTS shrink it for a quick run.
 * One block's commit is timed three ways in the same run, taking turns block by
 * block: the store, the old path (STORAGE_BASELINE=0 skips it) and the same
 * records in a bare IndexedDB transaction (see pages/storage.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { storageBenchChain } from './storage-chain';
import type { BenchContext } from './context';
import type { CommitTimes, StorageBench, StorageBenchResult } from './pages/storage';

const BLOCKS = Number(process.env.STORAGE_BENCH_BLOCKS ?? 10_000);
const PAYMENTS = Number(process.env.STORAGE_BENCH_PAYMENTS ?? 100_000);
const BATCH = 100;
/** STORAGE_BASELINE=0 skips the old commit path (it doubles the per-block writing time). */
const WITH_BASELINE = process.env.STORAGE_BASELINE !== '0';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function executablePath(): string | undefined {
  const fromEnv = process.env.PW_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const per = (n: number, ms: number) => `${Math.round((n * 1000) / ms).toLocaleString('en-US')}`;

export default async function storage(ctx: BenchContext): Promise<void> {
  const chain = storageBenchChain(BLOCKS, PAYMENTS, (line) => console.log(line));
  const dir = mkdtempSync(join(tmpdir(), 'pocket-chain-storage-bench-'));
  const path = executablePath();
  const context = await chromium.launchPersistentContext(dir, { headless: true, ...(path ? { executablePath: path, args: ARGS } : {}) });
  let r: StorageBenchResult;
  try {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`  [storage page] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`  [storage page] ${e.message}`));
    await page.route('**/storage-chain.bin', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from(chain.packed) }));
    await page.goto(ctx.pageUrl('storage'));
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true, null, { timeout: 30_000 });
    r = await page.evaluate(([url, batch, withBaseline]) => (window as unknown as { storageBench: StorageBench }).storageBench.run(url, batch, withBaseline), ['./storage-chain.bin', BATCH, WITH_BASELINE] as const);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }

  ctx.report(
    `Storage: ${r.blocks.toLocaleString('en-US')} blocks, ${r.payments.toLocaleString('en-US')} payments + ${r.blocks.toLocaleString('en-US')} coinbases, ${r.utxos.toLocaleString('en-US')} coins; headless Chromium, IndexedDB on disk (${ctx.loadAverage()})`,
    [
      { label: 'chain built in Node', value: chain.cached ? 'cached' : s(chain.buildMs), unit: chain.cached ? '' : 's', note: `${mb(chain.packed.length)} MB of canonical block bytes` },
      { label: 'page: decode blocks', value: s(r.decodeMs), unit: 's' },
      { label: 'page: core replay to ChainDeltas (no signature checks)', value: s(r.replayMs), unit: 's', note: 'not storage: how the deltas were made' },
      { label: "write: commitDelta, one transaction per block ('relaxed')", value: s(r.perBlockWriteMs), unit: 's', note: `${per(r.blocks - 1, r.perBlockWriteMs)} blocks/s, ${(r.perBlockWriteMs / (r.blocks - 1)).toFixed(2)} ms/block` },
      {
        label: `write: same with durability 'strict', first ${r.strictBlocks.toLocaleString('en-US')} blocks`,
        value: s(r.strictWriteMs),
        unit: 's',
        note: `${(r.strictWriteMs / r.strictBlocks).toFixed(2)} ms/block (default 'relaxed': ${(r.perBlockWriteMs / (r.blocks - 1)).toFixed(2)})`,
      },
      { label: `write: commitDeltas, ${r.batch} blocks per transaction`, value: s(r.batchedWriteMs), unit: 's', note: `${(r.perBlockWriteMs / r.batchedWriteMs).toFixed(1)}x faster than one per block` },
      { label: 'write: whole node in one transaction (import/reset)', value: s(r.bulkWriteMs), unit: 's' },
      { label: 'baseline write: one JSON record (stringify + put)', value: s(r.baselineWriteMs), unit: 's' },
      { label: 'load(): read all stores, parse + check every record', value: s(r.loadMs), unit: 's', note: `${(r.loadMs / r.baselineLoadMs).toFixed(1)}x the baseline load` },
      { label: 'restoreNodes(): Blockchain + UTXO set checked by replay', value: s(r.restoreMs), unit: 's' },
      { label: 'load + restore by replay (the old start)', value: s(r.loadMs + r.restoreMs), unit: 's' },
      { label: 'loadIndex(): block index + UTXO set, no body', value: s(r.indexLoadMs), unit: 's' },
      {
        label: 'the start: loadIndex + node from its index + last 6 blocks checked',
        value: s(r.indexStartMs),
        unit: 's',
        note: `${((r.loadMs + r.restoreMs) / r.indexStartMs).toFixed(1)}x faster than the replay; ${r.indexProblems.length === 0 ? 'same tip, nothing damaged' : r.indexProblems.slice(0, 2).join('; ')}`,
      },
      { label: 'baseline load: one JSON record (get + parse)', value: s(r.baselineLoadMs), unit: 's', note: 'plain objects only: no decoding, no checks' },
      { label: 'reloaded state identical, UTXO check passed', value: r.identical ? 'yes' : 'NO', note: r.problems.slice(0, 3).join('; ') },
    ],
  );
  const ms = (x: number) => x.toFixed(2);
  const split = (c: CommitTimes) => `median ${ms(c.median)}, p90 ${ms(c.p90)}, mean ${ms(c.mean)} ms + compaction ${ms(c.compactionMean)} ms/block (${c.compactions} runs)`;
  const n = (r.blocks - 1).toLocaleString('en-US');
  ctx.report(`Storage: one block's commit, one transaction per block, ${n} blocks; three ways taking turns block by block (${ctx.loadAverage()})`, [
    { label: 'the store: commit transaction, median', value: ms(r.commitNow.median), unit: 'ms', note: `p90 ${ms(r.commitNow.p90)}, mean ${ms(r.commitNow.mean)}` },
    { label: 'the store: compaction after commits, per block', value: ms(r.commitNow.compactionMean), unit: 'ms', note: `${r.commitNow.compactions} compactions (old checkpoint merged with the journal)` },
    { label: 'the store: commit + compaction, mean per block', value: ms(r.commitNow.mean + r.commitNow.compactionMean), unit: 'ms' },
    ...(r.commitOld
      ? [
          { label: 'old path: commit transaction, median', value: ms(r.commitOld.median), unit: 'ms', note: `p90 ${ms(r.commitOld.p90)}, mean ${ms(r.commitOld.mean)} (the block encoded again at commit)` },
          { label: 'old path: compaction after commits, per block', value: ms(r.commitOld.compactionMean), unit: 'ms', note: `${r.commitOld.compactions} compactions (whole UTXO set decoded and encoded)` },
          { label: 'old path: commit + compaction, mean per block', value: ms(r.commitOld.mean + r.commitOld.compactionMean), unit: 'ms' },
        ]
      : [{ label: 'old path', value: 'skipped', note: 'STORAGE_BASELINE=0' }]),
    { label: 'the bytes alone: same records, bare transaction, median', value: ms(r.commitBytes.median), unit: 'ms', note: `p90 ${ms(r.commitBytes.p90)}, mean ${ms(r.commitBytes.mean)}: what a commit cannot go below` },
  ]);
  ctx.figure('commit', { label: `one transaction per block, ${n} blocks`, now: split(r.commitNow), ...(r.commitOld ? { old: split(r.commitOld) } : {}) });
  ctx.figure('commit', { label: 'the same records in a bare IndexedDB transaction', now: `median ${ms(r.commitBytes.median)}, p90 ${ms(r.commitBytes.p90)}, mean ${ms(r.commitBytes.mean)} ms` });
  ctx.figure('commit', { label: `grouped, ${r.batch} blocks per transaction (a fast-forward)`, now: `${(r.batchedWriteMs / (r.blocks - 1)).toFixed(2)} ms per block` });
  ctx.figure('start-10k', { label: 'storage read + nodes ready (Chromium, IndexedDB on disk)', old: `${s(r.loadMs + r.restoreMs)} s (load ${s(r.loadMs)} + replay ${s(r.restoreMs)})`, now: `${s(r.indexStartMs)} s (block index, last 6 blocks checked)` });
  if (r.usageBytes !== null) ctx.figure('bytes', { now: `${mb(r.usageBytes)} MB for ${mb(chain.packed.length)} MB of blocks (${(r.usageBytes / chain.packed.length).toFixed(2)}x)` });
  else ctx.figure('bytes', { now: 'n/a (navigator.storage.estimate unavailable)' });
  ctx.report('Storage: bytes', [
    { label: 'IndexedDB usage after per-block writes', value: r.usageBytes === null ? 'n/a' : mb(r.usageBytes), unit: 'MB', note: 'navigator.storage.estimate() delta' },
    { label: 'stored records (block bytes + other records as JSON)', value: mb(r.recordBytes), unit: 'MB', note: 'what the stores hold, without LevelDB overhead' },
    { label: 'baseline: one JSON record in IndexedDB', value: r.baselineUsageBytes === null ? 'n/a' : mb(r.baselineUsageBytes), unit: 'MB' },
    { label: 'JSON of the same data (blocks as JSON objects)', value: mb(r.naiveJsonBytes), unit: 'MB', note: r.usageBytes === null ? '' : `stored = ${(r.usageBytes / r.naiveJsonBytes).toFixed(2)}x this` },
    { label: 'export file (blocks as hex, UTXO claims, pool)', value: mb(r.exportJsonBytes), unit: 'MB' },
    { label: 'canonical block encodings alone', value: mb(chain.packed.length), unit: 'MB' },
  ]);
}

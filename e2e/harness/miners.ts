/**
 * The e2e harness for the miners: exposes `window.minersHarness`, which drives
 * the real worker backends and pool of src/workers (the same code the app
 * bundles) in real Chromium, so a spec can hand them chosen headers and
 * targets and compare with the JavaScript kernel in Node.
 */
import { createWorkerBackend } from '../../src/workers/worker-backend';
import { MiningPool } from '../../src/workers/mining-pool';
import type { MinerBackend } from '../../src/workers/miner-backend';
import type { EngineStatus, ScanResult } from '../../src/workers/miner-api';
import type { MiningEngine } from '../../src/workers/mining-engine';
import { assembleBlock } from '../../src/core/block-template';
import { benchmarkEngines, type EngineBenchmark } from '../../src/workers/engine-benchmark';

const backends = new Map<MiningEngine, MinerBackend>();

function bytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));
}

async function backend(engine: MiningEngine): Promise<MinerBackend> {
  let b = backends.get(engine);
  if (!b) {
    b = await createWorkerBackend({ engine });
    backends.set(engine, b);
  }
  return b;
}

/** Whether this page sees a WebGPU adapter, and its description. */
async function adapter(): Promise<string | null> {
  const gpu = (navigator as Navigator & { gpu?: GPU }).gpu;
  const a = await gpu?.requestAdapter();
  if (!a) return null;
  return `${a.info.vendor} ${a.info.architecture}${a.info.isFallbackAdapter ? ' (software)' : ''}`;
}

async function start(engine: MiningEngine): Promise<EngineStatus> {
  return (await backend(engine)).status;
}

/** One scan on the engine's worker; the target travels as hex (a bigint cannot leave page.evaluate). */
async function scan(engine: MiningEngine, headerHex: string, targetHex: string, from: number, to: number): Promise<ScanResult> {
  return (await backend(engine)).scan(bytes(headerHex), BigInt(`0x${targetHex}`), from, to);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface CancelRun {
  readonly engine: MiningEngine | null;
  readonly device: string | null;
  readonly hashesWhileMining: number;
  readonly cancelMs: number[];
  /** Hashes counted by the pool in the 300 ms after the last cancel resolved. */
  readonly hashesAfterCancel: number;
  readonly busyAfterCancel: boolean;
}

/** A pool on the engine mines a template no hash meets, is cancelled `rounds` times at random moments, and must go quiet. */
async function cancelRun(engine: MiningEngine, rounds: number): Promise<CancelRun> {
  const pool = new MiningPool({ engine, workers: 1 });
  const endless = (i: number) =>
    assembleBlock({ prevHash: 'ab'.repeat(32), height: 1, bits: 0x03000001, time: 1_700_000_000, txs: [], minerAddress: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', subsidy: 1000, fees: 0, message: `cancel ${i}` });
  try {
    await pool.ready;
    const cancelMs: number[] = [];
    let hashesWhileMining = 0;
    for (let i = 0; i < rounds; i++) {
      const before = pool.stats.hashes;
      void pool.mine(endless(i));
      await sleep(150 + Math.random() * 150);
      hashesWhileMining += pool.stats.hashes - before;
      cancelMs.push((await pool.cancel()).latencyMs);
    }
    const stats = pool.stats;
    await sleep(300);
    return {
      engine: stats.engine,
      device: stats.device,
      hashesWhileMining,
      cancelMs,
      hashesAfterCancel: pool.stats.hashes - stats.hashes,
      busyAfterCancel: pool.stats.perWorker.some((w) => w.busy),
    };
  } finally {
    pool.dispose();
  }
}

/** The engine self-benchmark as the app runs it when mining starts for the first time. */
function benchmark(workers: number): Promise<EngineBenchmark> {
  return benchmarkEngines({ workers });
}

const minersHarness = { adapter, start, scan, cancelRun, benchmark };
export type MinersHarness = typeof minersHarness;
Object.assign(window, { minersHarness, harnessReady: true });

/**
 * What a CPU mining worker does, as a plain object: scan one chunk of nonces
 * with the kernel of the chosen engine, WebAssembly SIMD
 * (src/core/sha256d-simd.ts) or JavaScript (src/core/sha256d-kernel.ts).
 * miner.worker.ts serves it over task-channel.ts; the main-thread fallback and the
 * Node tests call it directly. The GPU worker (gpu-miner-api.ts) answers the
 * same interface.
 */
import { createKernel } from '../core/sha256d-kernel';
import type { NonceScanner } from '../core/sha256d-simd';
import type { SimdKernels } from '../core/sha256d-simd';
import { prepareSimdKernels } from './simd-kernels';
import { checkEngine, type MiningEngine } from './mining-engine';
import { poolNotice } from './pool-notices';

export interface ScanResult {
  /** The first nonce in [from, to) whose SHA-256d meets the target, or null. */
  readonly nonce: number | null;
  /** Hashes computed (up to and including the winning nonce). */
  readonly hashes: number;
  /** Milliseconds spent hashing (without messaging): the engine's raw speed, used to size chunks. */
  readonly ms: number;
}

export interface EngineStatus {
  /** The engine that actually runs (the JavaScript kernel when SIMD was asked for and is missing). */
  readonly engine: MiningEngine;
  /** Why it is not the one asked for, or null. */
  readonly notice: string | null;
  /** The GPU adapter, for people ("SwiftShader (software)"); null on the CPU. */
  readonly device: string | null;
}

export interface MinerApi {
  /** Answers 'pong': proves the worker script loaded and runs. */
  ping(): 'pong';
  /** Chooses the engine for the scans that follow; says which one runs. */
  useEngine(engine: MiningEngine): EngineStatus | Promise<EngineStatus>;
  /** Scans [from, to) of this 80-byte header against the target; `jobId` lets dropQueued skip it. */
  scan(header: Uint8Array, target: bigint, from: number, to: number, jobId?: number): ScanResult | Promise<ScanResult>;
  /** Hashes per second of the current engine, hashing for about `ms` (the engine self-benchmark). */
  measure(ms: number): number | Promise<number>;
  /** These jobs were cancelled: their chunks not yet started come back unhashed (queued-scans.ts). */
  dropQueued(jobIds: readonly number[]): void;
}

/** The CPU miner scans synchronously (the main-thread fallback calls it directly); only choosing an engine waits. */
export interface CpuMinerApi extends MinerApi {
  useEngine(engine: MiningEngine): Promise<EngineStatus>;
  scan(header: Uint8Array, target: bigint, from: number, to: number): ScanResult;
  measure(ms: number): number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A header nobody mines, at a target no hash meets: every nonce of a measurement is a full attempt. */
export function benchmarkHeader(): Uint8Array {
  const header = new Uint8Array(80);
  for (let i = 0; i < 80; i++) header[i] = (i * 131 + 7) & 0xff;
  return header;
}

/** Runs `scan` on chunks for about `ms` (the first third warms up the compiler) and returns hashes per second. */
export function measureScanRate(scan: (from: number, to: number) => number, ms: number, now: () => number): number {
  if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`ms must be a positive number, got ${ms}`);
  let nonce = 0;
  let chunk = 1024;
  const warmEnd = now() + ms / 3;
  while (now() < warmEnd) {
    const t = now();
    nonce += scan(nonce, nonce + chunk);
    if (now() - t < 2) chunk *= 2;
  }
  const start = now();
  let hashes = 0;
  while (now() - start < (2 * ms) / 3) {
    const done = scan(nonce, nonce + chunk);
    nonce += done;
    hashes += done;
  }
  return (hashes * 1000) / Math.max(1e-3, now() - start);
}

/**
 * A CPU miner that keeps the kernel of the last header it saw: consecutive
 * chunks of one template reuse its midstate, a new header or target builds a
 * new one. Starts with the JavaScript kernel until told otherwise; choosing
 * WebAssembly SIMD waits for its kernel to be downloaded and compiled
 * (simd-kernels.ts), so the scans themselves stay synchronous.
 */
export function createMinerApi(now: () => number = () => performance.now()): CpuMinerApi {
  let engine: MiningEngine = 'js';
  let simd: SimdKernels | null = null;
  let header: Uint8Array | null = null;
  let target = -1n;
  let kernel: NonceScanner | null = null;
  /** Engine choices made so far: one that finishes after a later one does not undo it. */
  let choices = 0;

  function build(h: Uint8Array, t: bigint): NonceScanner {
    return engine === 'wasm-simd' && simd ? simd.createKernel(h, t) : createKernel(h, t);
  }

  /** The engine that will run for `wanted`, its kernels and the status to report. */
  async function resolveEngine(wanted: MiningEngine): Promise<{ status: EngineStatus; simd: SimdKernels | null }> {
    if (wanted === 'webgpu') return { status: { engine: 'js', notice: poolNotice('gpuOwnWorker', {}), device: null }, simd: null };
    if (wanted === 'js') return { status: { engine: 'js', notice: null, device: null }, simd: null };
    const load = await prepareSimdKernels();
    if (!load.ok) return { status: { engine: 'js', notice: poolNotice('simdUnavailable', { reason: load.reason }), device: null }, simd: null };
    return { status: { engine: 'wasm-simd', notice: null, device: null }, simd: load.kernels };
  }

  return {
    ping: () => 'pong',
    async useEngine(wanted) {
      checkEngine('engine', wanted);
      const choice = ++choices;
      const chosen = await resolveEngine(wanted);
      if (choice === choices) {
        engine = chosen.status.engine;
        simd = chosen.simd;
        kernel = null;
      }
      return chosen.status;
    },
    scan(h, t, from, to) {
      if (kernel === null || t !== target || !sameBytes(h, header!)) {
        kernel = build(h, t);
        header = Uint8Array.from(h);
        target = t;
      }
      const start = now();
      const r = kernel.scan(from, to);
      return { nonce: r.nonce, hashes: r.hashes, ms: now() - start };
    },
    // Called directly, scans run one by one: nothing is ever queued (the worker wraps this, queued-scans.ts).
    dropQueued() {},
    measure(ms) {
      const k = build(benchmarkHeader(), 0n);
      return measureScanRate((from, to) => k.scan(from, to).hashes, ms, now);
    },
  };
}

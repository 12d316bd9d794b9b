/**
 * The GPU miner: the SHA-256d compute shader of src/core/sha256d-wgsl.ts on a
 * WebGPU device, one invocation per nonce, behind the same MinerApi as the
 * CPU miners (gpu-miner.worker.ts serves it over task-channel.ts; navigator.gpu
 * exists in dedicated workers). Each scan is one dispatch (or a few for a
 * huge chunk) whose lowest winning index comes back through a storage buffer
 * copied to a mappable one. The pool sizes chunks from the time a scan took,
 * so a dispatch lasts about GPU_CHUNK_MS on any GPU and cancel stays fast.
 */
import { checkNonceRange } from '../core/nonce-range';
import { JOB_WORDS, NOT_FOUND, SHA256D_WGSL, gpuJob, setDispatch, workgroupGrid } from '../core/sha256d-wgsl';
import { benchmarkHeader, type EngineStatus, type MinerApi, type ScanResult } from './miner-api';
import { checkEngine } from './mining-engine';
import { DroppedJobs, SKIPPED } from './queued-scans';

// WebGPU §"GPUBufferUsage" and §"GPUMapMode" flag values (not every TypeScript DOM library declares the constants).
const MAP_READ = 0x0001;
const COPY_SRC = 0x0004;
const COPY_DST = 0x0008;
const STORAGE = 0x0080;

/** Nonces per dispatch at most: keeps one dispatch short even when the pool hands over a big chunk. */
const MAX_DISPATCH = 1 << 24;

export interface GpuMiner {
  /** The adapter, for people: vendor, architecture, and "(software)" for a fallback adapter. */
  readonly device: string;
  /** Scans [from, to); one scan at a time (the caller serialises). */
  scan(header: Uint8Array, target: bigint, from: number, to: number): Promise<Omit<ScanResult, 'ms'>>;
}

function describeAdapter(adapter: GPUAdapter): string {
  const info = adapter.info;
  const name = [info.vendor, info.architecture, info.device, info.description].filter((s) => s && s.trim()).join(' ');
  return `${name || 'unnamed adapter'}${info.isFallbackAdapter ? ' (software)' : ''}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Requests an adapter and a device and builds the pipeline; rejects with a sentence saying what is missing. */
export async function startGpuMiner(gpu: GPU | undefined): Promise<GpuMiner> {
  if (!gpu) throw new Error('this browser has no WebGPU (navigator.gpu is missing)');
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new Error('no WebGPU adapter is available');
  const device = await adapter.requestDevice();
  let lost: string | null = null;
  void device.lost.then((info) => {
    lost = info.message || info.reason || 'unknown reason';
  });
  const module = device.createShaderModule({ code: SHA256D_WGSL });
  const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module, entryPoint: 'main' } });
  const jobBuffer = device.createBuffer({ size: JOB_WORDS * 4, usage: STORAGE | COPY_DST });
  const foundBuffer = device.createBuffer({ size: 4, usage: STORAGE | COPY_SRC | COPY_DST });
  const readBuffer = device.createBuffer({ size: 4, usage: MAP_READ | COPY_DST });
  const bindGroup = device.createBindGroup({
    layout: pipeline.getBindGroupLayout(0),
    entries: [
      { binding: 0, resource: { buffer: jobBuffer } },
      { binding: 1, resource: { buffer: foundBuffer } },
    ],
  });
  const notFound = new Uint32Array([NOT_FOUND]);
  let jobHeader: Uint8Array | null = null;
  let jobTarget = -1n;
  let job = new Uint32Array(JOB_WORDS);

  /** One dispatch over [base, base + count); the lowest winning index in it, or null. */
  async function dispatch(base: number, count: number): Promise<number | null> {
    if (lost) throw new Error(`the GPU device was lost (${lost})`);
    setDispatch(job, base, count);
    device.queue.writeBuffer(jobBuffer, 0, job);
    device.queue.writeBuffer(foundBuffer, 0, notFound);
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup);
    const grid = workgroupGrid(count);
    pass.dispatchWorkgroups(grid.x, grid.y);
    pass.end();
    encoder.copyBufferToBuffer(foundBuffer, 0, readBuffer, 0, 4);
    device.queue.submit([encoder.finish()]);
    await readBuffer.mapAsync(MAP_READ);
    const index = new Uint32Array(readBuffer.getMappedRange())[0]!;
    readBuffer.unmap();
    return index === NOT_FOUND ? null : index;
  }

  return {
    device: describeAdapter(adapter),
    async scan(header, target, from, to) {
      checkNonceRange(from, to);
      if (jobHeader === null || target !== jobTarget || !sameBytes(header, jobHeader)) {
        job = gpuJob(header, target);
        jobHeader = Uint8Array.from(header);
        jobTarget = target;
      }
      for (let base = from; base < to; base += MAX_DISPATCH) {
        const index = await dispatch(base, Math.min(MAX_DISPATCH, to - base));
        if (index !== null) return { nonce: base + index, hashes: base + index - from + 1 };
      }
      return { nonce: null, hashes: to - from };
    },
  };
}

/**
 * The MinerApi of the GPU worker. useEngine('webgpu') starts the device (and
 * fails with the reason when there is none); scans run one after another, so
 * the pool's second chunk in flight waits in the worker, not on the page,
 * and is skipped if its job is dropped meanwhile (queued-scans.ts).
 */
export function createGpuMinerApi(gpu: GPU | undefined, now: () => number = () => performance.now()): MinerApi {
  let miner: GpuMiner | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const dropped = new DroppedJobs();

  function started(): GpuMiner {
    if (!miner) throw new Error('the GPU miner was not started (useEngine first)');
    return miner;
  }

  /** Runs `work` after every earlier call (one dispatch and one readback buffer at a time). */
  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  }

  return {
    ping: () => 'pong',
    async useEngine(engine): Promise<EngineStatus> {
      if (checkEngine('engine', engine) !== 'webgpu') throw new TypeError(`the GPU worker runs the 'webgpu' engine only, not '${engine}'`);
      miner ??= await startGpuMiner(gpu);
      return { engine: 'webgpu', notice: null, device: miner.device };
    },
    scan(header, target, from, to, jobId) {
      return serialised(async () => {
        if (dropped.has(jobId)) return SKIPPED;
        const start = now();
        const r = await started().scan(header, target, from, to);
        return { ...r, ms: now() - start };
      });
    },
    dropQueued(jobIds) {
      dropped.add(jobIds);
    },
    measure(ms) {
      if (!(ms > 0) || !Number.isFinite(ms)) throw new RangeError(`ms must be a positive number, got ${ms}`);
      return serialised(async () => {
        const m = started();
        const header = benchmarkHeader();
        const begin = now();
        // Grow the dispatch while one takes under 4 ms (launch and readback dominate below that), for a third of the time at most.
        let count = 1 << 14;
        while (count < MAX_DISPATCH && now() - begin < ms / 3) {
          const t = now();
          await m.scan(header, 0n, 0, count);
          if (now() - t >= 4) break;
          count *= 2;
        }
        const start = now();
        let hashes = 0;
        do {
          await m.scan(header, 0n, 0, count);
          hashes += count;
        } while (now() - start < (2 * ms) / 3);
        return (hashes * 1000) / Math.max(1e-3, now() - start);
      });
    },
  };
}

/**
 * Engines in Node: the CPU miner's engine choice (the WebAssembly SIMD kernel
 * runs in Node too, and falls back to JavaScript with its reason where SIMD is
 * missing), and the pool with every engine: stats name the engine, a GPU that
 * cannot start or stops falls back to SIMD workers, the engine changes at run
 * time without losing the job, and a lane's own chunk duration is honoured.
 * The GPU itself runs in Chromium: e2e/mining-engines.e2e.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MiningPool, type PoolOptions } from './mining-pool';
import { createMinerApi, measureScanRate } from './miner-api';
import { SIMD_PROBE, simdSupported } from './simd-kernels';
import { createMainThreadBackend } from './main-thread-backend';
import type { BackendFactory, MinerBackend } from './miner-backend';
import { mineRange } from '../core/miner';
import { serializeHeader, headerHashBytes } from '../core/header';
import { hashToBigInt } from '../core/pow';
import { hopelessTemplate, inProcessWorkers, manualBackend, sleep, templateOneIn, until } from './testing';

const pools: MiningPool[] = [];
function pool(o: PoolOptions = {}): MiningPool {
  const p = new MiningPool({ workers: 2, backendFactory: inProcessWorkers, ...o });
  pools.push(p);
  return p;
}
afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
  vi.restoreAllMocks();
});

/** A stand-in for the GPU worker: hashes in this process, says it is the GPU, and can be made to fail. */
async function fakeGpu(o: { failScans?: () => boolean } = {}): Promise<MinerBackend> {
  const inner = await createMainThreadBackend('wasm-simd');
  return {
    kind: 'worker',
    status: { engine: 'webgpu', notice: null, device: 'Test GPU (software)' },
    chunkMs: 12,
    scan: (...args) => (o.failScans?.() ? Promise.reject(new Error('device lost')) : inner.scan(...args)),
    measure: inner.measure,
    dropQueued: inner.dropQueued,
    dispose: inner.dispose,
  };
}

describe('the CPU miner API', () => {
  it('runs the WebAssembly SIMD kernel when asked, and finds what the reference finds', async () => {
    const api = createMinerApi();
    expect(await api.useEngine('wasm-simd')).toEqual({ engine: 'wasm-simd', notice: null, device: null });
    const t = templateOneIn(500);
    const header = serializeHeader(t.block.header);
    const r = api.scan(header, t.target, 1000, 30_000);
    expect({ nonce: r.nonce, hashes: r.hashes }).toEqual(mineRange(header, t.target, 1000, 30_000));
    expect(r.ms).toBeGreaterThanOrEqual(0);
  });

  it('starts on JavaScript, and says the GPU runs elsewhere if asked for it', async () => {
    const api = createMinerApi();
    expect(await api.useEngine('js')).toEqual({ engine: 'js', notice: null, device: null });
    const gpu = await api.useEngine('webgpu');
    expect(gpu.engine).toBe('js');
    expect(gpu.notice).toMatch(/GPU/);
  });

  it('refuses an engine it does not know, naming the argument', async () => {
    await expect(createMinerApi().useEngine('cuda' as never)).rejects.toThrow(TypeError);
    await expect(createMinerApi().useEngine('cuda' as never)).rejects.toThrow(/engine must be one of 'webgpu', 'wasm-simd', 'js', got "cuda"/);
  });

  it('measures a hash rate with the current engine (the self-benchmark), and checks its argument', async () => {
    const api = createMinerApi();
    await api.useEngine('wasm-simd');
    const rate = api.measure(30);
    expect(Number.isFinite(rate) && rate > 0).toBe(true);
    expect(() => api.measure(0)).toThrow(RangeError);
    expect(() => measureScanRate(() => 1, Number.NaN, () => 0)).toThrow(/ms must be a positive number/);
  });
});

describe('SIMD detection', () => {
  it('Node\'s WebAssembly has SIMD, and the probe is a valid module only with its v128 instruction intact', () => {
    expect(simdSupported()).toBe(true);
    const broken = Uint8Array.from(SIMD_PROBE);
    broken[SIMD_PROBE.length - 19] = 0xff; // the v128.const opcode becomes an unknown one
    expect(WebAssembly.validate(broken)).toBe(false);
  });

  it('without SIMD the worker falls back to the JavaScript kernel and says why', async () => {
    vi.resetModules();
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    const fresh = await import('./miner-api');
    const api = fresh.createMinerApi();
    const status = await api.useEngine('wasm-simd');
    expect(status.engine).toBe('js');
    expect(status.notice).toMatch(/WebAssembly SIMD is unavailable \(this browser's WebAssembly has no SIMD\)/);
    const t = templateOneIn(300);
    const header = serializeHeader(t.block.header);
    expect(api.scan(header, t.target, 0, 5000).nonce).toBe(mineRange(header, t.target, 0, 5000).nonce);
    // The fresh modules remember "no SIMD": later tests' lazy imports (the pool's main-thread lane) must not get them.
    vi.resetModules();
  });
});

describe('the pool with every engine', () => {
  it('WebAssembly SIMD workers: stats name the engine, and one worker finds the reference\'s first nonce', async () => {
    const p = pool({ engine: 'wasm-simd', workers: 1, chunkHashes: 1000 });
    await p.ready;
    expect(p.stats.engine).toBe('wasm-simd');
    expect(p.stats.perWorker.map((w) => w.engine)).toEqual(['wasm-simd']);
    const t = templateOneIn(3000);
    const expected = mineRange(serializeHeader(t.block.header), t.target, 0, 2 ** 32);
    const mined = await p.mine(t);
    expect(mined!.block.header.nonce).toBe(expected.nonce);
    expect(mined!.hashes).toBe(expected.hashes);
  });

  it('the GPU engine mines on one lane whatever the worker count, and reports its device', async () => {
    const p = pool({ engine: 'webgpu', workers: 3, backendFactory: () => fakeGpu() });
    await p.ready;
    expect(p.stats.workers).toBe(1);
    expect(p.stats.engine).toBe('webgpu');
    expect(p.stats.device).toBe('Test GPU (software)');
    const t = templateOneIn(2000);
    const mined = await p.mine(t);
    expect(hashToBigInt(headerHashBytes(mined!.block.header))).toBeLessThanOrEqual(t.target);
    await p.setWorkerCount(2);
    expect(p.stats.workers).toBe(1);
  });

  it('a GPU that cannot start gives way to SIMD workers, and the notice says so', async () => {
    const p = pool({ engine: 'webgpu', workers: 2 }); // the in-process factory has no GPU
    await p.ready;
    expect(p.stats.engine).toBe('wasm-simd');
    expect(p.stats.requestedEngine).toBe('webgpu');
    expect(p.stats.workers).toBe(2);
    expect(p.notice).toMatch(/GPU \(WebGPU\) miner could not start \(no WebGPU adapter in this process\); mining uses WebAssembly SIMD workers/);
    expect(p.mode).toBe('workers');
  });

  it('a GPU that stops while mining gives way to SIMD workers, and the job goes on to a block', async () => {
    let broken = false;
    const factory: BackendFactory = (i, engine) => (engine === 'webgpu' ? fakeGpu({ failScans: () => broken }) : inProcessWorkers(i, engine));
    const p = pool({ engine: 'webgpu', backendFactory: factory });
    await p.ready;
    const t = templateOneIn(400_000);
    const done = p.mine(t);
    await until(() => p.stats.hashes > 0, 3000, 'GPU hashing');
    broken = true;
    await until(() => p.stats.engine === 'wasm-simd', 3000, 'SIMD workers');
    expect(p.notice).toMatch(/GPU \(WebGPU\) miner stopped \(device lost\)/);
    broken = false;
    const mined = await done;
    expect(hashToBigInt(headerHashBytes(mined!.block.header))).toBeLessThanOrEqual(t.target);
  });

  it('setEngine switches every lane while mining: the job continues, the hash count never goes back', async () => {
    const p = pool({ engine: 'js' });
    await p.ready;
    const t = hopelessTemplate();
    void p.mine(t);
    await until(() => p.stats.hashes > 10_000, 3000, 'JavaScript hashing');
    const before = p.stats.hashes;
    await p.setEngine('wasm-simd');
    expect(p.stats.engine).toBe('wasm-simd');
    expect(p.stats.perWorker.every((w) => w.engine === 'wasm-simd')).toBe(true);
    expect(p.stats.hashes).toBeGreaterThanOrEqual(before);
    const job = p.jobs[0]!;
    const jobHashes = job.hashes;
    await until(() => job.hashes > jobHashes + 10_000, 3000, 'SIMD hashing on the same job');
    expect(p.jobs).toEqual([job]);
    await p.cancel();
  });

  it('engine and worker-count changes made at once are applied one after the other (never more lanes than asked)', async () => {
    const p = pool({ engine: 'js', workers: 2 });
    await Promise.all([p.setEngine('wasm-simd'), p.setEngine('wasm-simd'), p.setWorkerCount(3), p.setEngine('js')]);
    expect(p.stats.workers).toBe(3);
    expect(p.stats.perWorker.map((w) => w.engine)).toEqual(['js', 'js', 'js']);
  });

  it('setEngine refuses an unknown engine and changes nothing', async () => {
    const p = pool({ engine: 'js' });
    await p.ready;
    await expect(p.setEngine('quantum' as never)).rejects.toThrow(TypeError);
    expect(p.stats.engine).toBe('js');
    expect(() => pool({ engine: 'quantum' as never })).toThrow(/engine must be one of/);
  });

  it('on the main-thread fallback setEngine changes the one lane\'s kernel', async () => {
    const p = pool({
      engine: 'js',
      backendFactory: () => {
        throw new Error('workers refused');
      },
    });
    await p.ready;
    expect(p.mode).toBe('main-thread');
    await p.setEngine('wasm-simd');
    expect(p.stats.workers).toBe(1);
    expect(p.stats.perWorker[0]).toMatchObject({ kind: 'main-thread', engine: 'wasm-simd' });
  });

  it('sizes a lane\'s chunks to the lane\'s own chunk duration (the GPU backend asks for its own)', async () => {
    const backend = { ...manualBackend(), status: { engine: 'webgpu' as const, notice: null, device: 'x' }, chunkMs: 12 };
    const p = pool({ engine: 'webgpu', backendFactory: () => backend });
    await p.ready;
    void p.mine(hopelessTemplate());
    await until(() => backend.pending.length > 0, 1000, 'a chunk');
    // The manual backend reports 1 ms per chunk: the next chunk is 12 ms at that rate.
    const first = backend.pending.shift()!;
    first.finish({ nonce: null, hashes: first.to - first.from });
    await sleep(5);
    expect(p.stats.perWorker[0]!.chunkHashes).toBe((first.to - first.from) * 12);
  });
});

/**
 * Loading the SIMD kernel (simd-kernels.ts): from the built file's URL it is
 * downloaded and compiled, and finds what the reference miner finds; every way
 * it can fail (the download refused or answered with an error, WebAssembly
 * refused on this thread as a strict CSP does, bytes that are no module) is a
 * reason, never an exception; and the CPU miner then runs the JavaScript kernel
 * and says why. In Node the build's `?wasm-file` import is the bytes themselves
 * (scripts/assemblyscript.js); the URL cases stand in a download.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import kernelBytes from '../core/assembly/sha256d-simd.ts?wasm';
import { loadSimdKernels, prepareSimdKernels, SIMD_PROBE, type Download } from './simd-kernels';
import { mineRange } from '../core/miner';
import { serializeHeader } from '../core/header';
import { templateOneIn } from './testing';

const URL_OF_FILE = 'https://pocket.example/sub/assets/sha256d-simd-abc123.wasm';

/** A download that answers the kernel's bytes for its URL, and counts its calls. */
function serving(bytes: Uint8Array, status = 200) {
  const calls: string[] = [];
  const download: Download = async (url) => {
    calls.push(url);
    return new Response(url === URL_OF_FILE ? (bytes as Uint8Array<ArrayBuffer>) : 'not found', { status: url === URL_OF_FILE ? status : 404 });
  };
  return { calls, download };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.doUnmock('../core/assembly/sha256d-simd.ts?wasm-file');
  vi.resetModules();
});

describe('loading the SIMD kernel', () => {
  it('downloads the built file once and compiles it: the kernel finds the reference\'s first nonce', async () => {
    const { calls, download } = serving(kernelBytes);
    const load = await loadSimdKernels(URL_OF_FILE, download);
    expect(calls).toEqual([URL_OF_FILE]);
    if (!load.ok) throw new Error(load.reason);
    const t = templateOneIn(700);
    const header = serializeHeader(t.block.header);
    expect(load.kernels.createKernel(header, t.target).scan(0, 40_000)).toEqual(mineRange(header, t.target, 0, 40_000));
  });

  it('in the Node tests the thread\'s kernel comes from the bytes, without a download', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    expect((await prepareSimdKernels()).ok).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a download that fails (offline, the file not cached) is a reason', async () => {
    const offline: Download = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadSimdKernels(URL_OF_FILE, offline)).toEqual({ ok: false, reason: 'its kernel could not be downloaded (Failed to fetch)' });
  });

  it('an error answer from the server is a reason naming its status', async () => {
    const { download } = serving(kernelBytes, 404);
    expect(await loadSimdKernels(URL_OF_FILE, download)).toEqual({ ok: false, reason: 'its kernel could not be downloaded (HTTP 404)' });
  });

  it('a file that is no WebAssembly module is a reason from the compiler', async () => {
    const { download } = serving(new TextEncoder().encode('<!doctype html><title>index</title>'));
    const load = await loadSimdKernels(URL_OF_FILE, download);
    expect(load.ok).toBe(false);
    expect(!load.ok && load.reason).toMatch(/^WebAssembly could not start \(.+\)$/);
  });

  it('a thread that may not compile WebAssembly (a CSP without \'wasm-unsafe-eval\') says so and downloads nothing', async () => {
    const refusal = new WebAssembly.CompileError("WebAssembly.compile(): Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not an allowed source of script");
    vi.spyOn(WebAssembly, 'compile').mockRejectedValue(refusal);
    const { calls, download } = serving(kernelBytes);
    expect(await loadSimdKernels(URL_OF_FILE, download)).toEqual({ ok: false, reason: `WebAssembly could not start (${refusal.message})` });
    expect(calls).toEqual([]);
    expect(WebAssembly.compile).toHaveBeenCalledWith(SIMD_PROBE);
  });

  it('without SIMD it says so before anything is compiled or downloaded', async () => {
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    const compile = vi.spyOn(WebAssembly, 'compile');
    const { calls, download } = serving(kernelBytes);
    expect(await loadSimdKernels(URL_OF_FILE, download)).toEqual({ ok: false, reason: 'this browser\'s WebAssembly has no SIMD' });
    expect(calls).toEqual([]);
    expect(compile).not.toHaveBeenCalled();
  });
});

describe('the CPU miner when the kernel file cannot be downloaded', () => {
  it('runs the JavaScript kernel, says why, and still finds the reference\'s nonce', async () => {
    // As in a build: the import is the file's URL, and this thread is offline.
    vi.resetModules();
    vi.doMock('../core/assembly/sha256d-simd.ts?wasm-file', () => ({ default: URL_OF_FILE }));
    const download = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', download);
    const { createMinerApi } = await import('./miner-api');
    const api = createMinerApi();
    const status = await api.useEngine('wasm-simd');
    expect(download).toHaveBeenCalledWith(URL_OF_FILE);
    expect(status).toEqual({
      engine: 'js',
      notice: 'WebAssembly SIMD is unavailable (its kernel could not be downloaded (Failed to fetch)); the JavaScript kernel runs instead.',
      device: null,
    });
    const t = templateOneIn(300);
    const header = serializeHeader(t.block.header);
    const r = api.scan(header, t.target, 0, 5000);
    expect({ nonce: r.nonce, hashes: r.hashes }).toEqual(mineRange(header, t.target, 0, 5000));
  });
});

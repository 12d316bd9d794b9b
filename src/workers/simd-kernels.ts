/**
 * The WebAssembly SIMD kernel for this thread: detects whether the engine
 * runs WebAssembly with 128-bit SIMD (WebAssembly.validate of a tiny module
 * that returns a v128, so nothing is compiled), checks that this thread may
 * compile WebAssembly at all (the same tiny module, compiled: a page whose
 * Content-Security-Policy lacks 'wasm-unsafe-eval' refuses it), then downloads
 * and compiles the kernel that the build compiled from
 * src/core/assembly/sha256d-simd.ts. The build keeps it as a .wasm file of its
 * own (scripts/assemblyscript.js, `?wasm-file`), which a visit fetches only
 * when a thread mines with it. Any step can fail (an old browser, that CSP,
 * a download refused offline before the file was cached): callers fall back
 * to the JavaScript kernel and show the reason.
 *
 * Asynchronous once, where a thread chooses its engine (miner-api.ts
 * useEngine); the scans that follow use the compiled kernel synchronously.
 */
import kernelFile from '../core/assembly/sha256d-simd.ts?wasm-file';
import { instantiateSimdKernels, type SimdKernels } from '../core/sha256d-simd';

/** (module (func (result v128) v128.const i32x4 0 0 0 0)): valid only where SIMD is. */
// prettier-ignore
export const SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x0b, // code: v128.const 0, end
]);

export type SimdLoad = { readonly ok: true; readonly kernels: SimdKernels } | { readonly ok: false; readonly reason: string };

/** Fetches a URL: the thread's own fetch, or a stand-in in the tests. */
export type Download = (url: string) => Promise<Response>;

let prepared: Promise<SimdLoad> | null = null;

/** Whether this thread's WebAssembly accepts SIMD instructions. */
export function simdSupported(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function' && WebAssembly.validate(SIMD_PROBE);
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The kernel from `source` (the built file's URL, or its bytes), or why it cannot run here.
 * Never rejects: every failure is a reason.
 */
export async function loadSimdKernels(source: string | Uint8Array, download: Download = (url) => fetch(url)): Promise<SimdLoad> {
  if (!simdSupported()) return { ok: false, reason: 'this browser\'s WebAssembly has no SIMD' };
  try {
    // Refused here (CSP) means refused for the kernel too: learn it before downloading anything.
    await WebAssembly.compile(SIMD_PROBE);
  } catch (err) {
    return { ok: false, reason: `WebAssembly could not start (${message(err)})` };
  }
  let bytes: Uint8Array;
  if (typeof source === 'string') {
    try {
      const response = await download(source);
      if (!response.ok) return { ok: false, reason: `its kernel could not be downloaded (HTTP ${response.status})` };
      // The bytes, not compileStreaming: that one also insists on the server's MIME type, which hosts get wrong.
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (err) {
      return { ok: false, reason: `its kernel could not be downloaded (${message(err)})` };
    }
  } else {
    bytes = source;
  }
  try {
    return { ok: true, kernels: instantiateSimdKernels(await WebAssembly.compile(bytes as Uint8Array<ArrayBuffer>)) };
  } catch (err) {
    return { ok: false, reason: `WebAssembly could not start (${message(err)})` };
  }
}

/** This thread's SIMD kernel, or why it cannot run here: downloaded and compiled once per thread. */
export function prepareSimdKernels(): Promise<SimdLoad> {
  prepared ??= loadSimdKernels(kernelFile);
  return prepared;
}

/**
 * The WebAssembly SIMD kernel for this thread: detects whether the engine
 * runs WebAssembly with 128-bit SIMD (WebAssembly.validate of a tiny module
 * that returns a v128, so nothing is compiled), then instantiates the kernel
 * that the build compiled from src/core/assembly/sha256d-simd.ts. Either step
 * can fail (an old browser; a Content-Security-Policy without
 * 'wasm-unsafe-eval' on the page's own thread): callers fall back to the
 * JavaScript kernel and show the reason.
 */
import kernelWasm from '../core/assembly/sha256d-simd.ts?wasm';
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

let loaded: SimdLoad | null = null;

/** Whether this thread's WebAssembly accepts SIMD instructions. */
export function simdSupported(): boolean {
  return typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function' && WebAssembly.validate(SIMD_PROBE);
}

/** The SIMD kernel, or why it cannot run here (computed once per thread). */
export function loadSimdKernels(): SimdLoad {
  if (loaded) return loaded;
  if (!simdSupported()) {
    loaded = { ok: false, reason: 'this browser\'s WebAssembly has no SIMD' };
  } else {
    try {
      loaded = { ok: true, kernels: instantiateSimdKernels(kernelWasm) };
    } catch (err) {
      loaded = { ok: false, reason: `WebAssembly could not start (${err instanceof Error ? err.message : String(err)})` };
    }
  }
  return loaded;
}

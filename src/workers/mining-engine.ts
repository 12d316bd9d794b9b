/**
 * The engines that can hash block headers, fastest first where the hardware
 * has them: the GPU through WebGPU (one compute-shader invocation per nonce),
 * WebAssembly SIMD workers (eight nonces per step), and JavaScript workers
 * (one nonce at a time). Every engine has the same `scan(header, target,
 * from, to)` contract, so the pool treats them alike.
 */
export type MiningEngine = 'webgpu' | 'wasm-simd' | 'js';

/** The engines that run in a CPU worker (or on the main thread). */
export type CpuEngine = Exclude<MiningEngine, 'webgpu'>;

export const MINING_ENGINES: readonly MiningEngine[] = ['webgpu', 'wasm-simd', 'js'];

/** Names for people (the Mining panel, notices). */
export const ENGINE_NAMES: Readonly<Record<MiningEngine, string>> = {
  webgpu: 'GPU (WebGPU)',
  'wasm-simd': 'WebAssembly SIMD',
  js: 'JavaScript',
};

export function isMiningEngine(value: unknown): value is MiningEngine {
  return typeof value === 'string' && (MINING_ENGINES as readonly string[]).includes(value);
}

/** Throws a TypeError naming the argument unless it is an engine. */
export function checkEngine(name: string, value: unknown): MiningEngine {
  if (!isMiningEngine(value)) throw new TypeError(`${name} must be one of ${MINING_ENGINES.map((e) => `'${e}'`).join(', ')}, got ${JSON.stringify(value)}`);
  return value;
}

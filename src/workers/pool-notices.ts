/**
 * The mining pool's notices (why it mines with another engine, or with fewer
 * workers, than asked) as templates with named slots, like core's
 * reject-details.ts. The pool writes a notice only through its template
 * (`poolNotice`); it reaches the page as plain text (through the pool's
 * stats and across worker boundaries), so the page reads the values back
 * (`readPoolNotice`) and says the notice in its own language. The English
 * stays the API's words. A `reason` is the browser's or a worker's own error
 * text, shown as it came.
 */

export const POOL_NOTICES = {
  simdUnavailable: 'WebAssembly SIMD is unavailable ({reason}); the JavaScript kernel runs instead.',
  gpuOwnWorker: 'GPU (WebGPU) runs in its own worker; this one uses the JavaScript kernel.',
  workerStopped: 'A mining worker stopped ({reason}); {left} still mining.',
  gpuStopped: 'The GPU (WebGPU) miner stopped ({reason}); mining uses WebAssembly SIMD workers instead.',
  gpuNotStarted: 'The GPU (WebGPU) miner could not start ({reason}); mining uses WebAssembly SIMD workers instead.',
  workersNotStarted: '{failed} of {count} mining workers could not start ({reason}).',
  mainThread:
    "Mining runs on the page's main thread in short slices because Web Workers are unavailable ({reason}). It is slower and uses one core.",
} as const;

export type PoolNoticeKey = keyof typeof POOL_NOTICES;

type Slots<T extends string> = T extends `${string}{${infer Slot}}${infer Rest}` ? Slot | Slots<Rest> : never;

/** The values a notice names, by slot, as written in the English notice. */
export type PoolNoticeValues<K extends PoolNoticeKey> = { readonly [S in Slots<(typeof POOL_NOTICES)[K]>]: string };

/** A notice read back: which template, and its values. */
export type ReadPoolNotice = { [K in PoolNoticeKey]: { readonly key: K; readonly values: PoolNoticeValues<K> } }[PoolNoticeKey];

/** The English notice: the template with its slots filled. */
export function poolNotice<K extends PoolNoticeKey>(key: K, values: { readonly [S in Slots<(typeof POOL_NOTICES)[K]>]: string | number }): string {
  return POOL_NOTICES[key].replace(/\{(\w+)\}/g, (_, slot: string) => String((values as Record<string, unknown>)[slot]));
}

const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template as a pattern with its slot names. A reason may itself hold brackets, so slots match greedily up to the template's own text after them. */
const READERS = (Object.keys(POOL_NOTICES) as PoolNoticeKey[]).map((key) => ({
  key,
  slots: [...POOL_NOTICES[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  pattern: new RegExp(`^${POOL_NOTICES[key].split(/\{\w+\}/).map(escape).join('(.+)')}$`, 's'),
}));

/** The template and values behind an English notice, or null for a notice written otherwise. */
export function readPoolNotice(notice: string): ReadPoolNotice | null {
  for (const r of READERS) {
    const m = r.pattern.exec(notice);
    if (m) return { key: r.key, values: Object.fromEntries(r.slots.map((s, i) => [s, m[i + 1]!])) } as ReadPoolNotice;
  }
  return null;
}

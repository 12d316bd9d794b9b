/**
 * How many CPU workers mine unless the settings say otherwise: the logical
 * cores less one (the page keeps a core), at least one. Its own file so that
 * the page can ask it without loading the pool's code.
 */
export function defaultWorkerCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  return Math.max(1, (cores ?? 2) - 1);
}

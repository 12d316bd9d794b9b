/**
 * Experiments are written as generators that yield after each small step
 * (a trial, a slice of blocks) with the units done so far. The same code then
 * runs flat out in a worker or a Node script (runToEnd), or in time slices on
 * a page that must stay responsive, and reports progress either way.
 */

/** A resumable experiment: yields units done, returns its result. */
export type Steps<T> = Generator<number, T, void>;

/** Runs every step at once; `onProgress` hears the units done after each. */
export function runToEnd<T>(steps: Steps<T>, onProgress?: (done: number) => void): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    onProgress?.(r.value);
  }
}

/**
 * How the miners share the 32-bit nonce space of one header (pure, tested in Node).
 *
 * Each worker gets its own contiguous slice and takes short chunks from its
 * front. A worker whose slice runs dry (it was faster, or it joined later, or
 * the scheduler gave it to this job late) steals the upper half of the largest
 * remaining slice, so the whole space is scanned exactly once - no nonce
 * twice, none skipped - whatever the number of workers and their speeds.
 * When nothing is left, `take` returns null: time to roll the extra nonce.
 */

export interface NonceRange {
  /** First nonce (inclusive). */
  readonly from: number;
  /** End (exclusive). */
  readonly to: number;
}

function checkSpace(space: number): void {
  if (!Number.isInteger(space) || space < 1 || space > 0x1_0000_0000) {
    throw new RangeError(`space must be an integer in [1, 2^32], got ${space}`);
  }
}

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer, got ${n}`);
}

/**
 * Splits [0, space) into `parts` contiguous slices in order, sizes differing by
 * at most one. With more parts than nonces, the last slices are empty.
 */
export function sliceNonceSpace(space: number, parts: number): NonceRange[] {
  checkSpace(space);
  checkCount('parts', parts);
  const base = Math.floor(space / parts);
  const extra = space % parts;
  const slices: NonceRange[] = [];
  let from = 0;
  for (let i = 0; i < parts; i++) {
    const to = from + base + (i < extra ? 1 : 0);
    slices.push({ from, to });
    from = to;
  }
  return slices;
}

/** The unscanned nonces of one header, handed out chunk by chunk to numbered owners (workers). */
export class NonceSpace {
  readonly space: number;
  /** Per owner: the front of its slice still to hand out and the slice end. */
  private readonly next: number[] = [];
  private readonly end: number[] = [];

  constructor(space: number, parts: number) {
    for (const slice of sliceNonceSpace(space, parts)) {
      this.next.push(slice.from);
      this.end.push(slice.to);
    }
    this.space = space;
  }

  /** Nonces not yet handed out. */
  get remaining(): number {
    let sum = 0;
    for (let i = 0; i < this.next.length; i++) sum += this.end[i]! - this.next[i]!;
    return sum;
  }

  /**
   * The next chunk of at most `size` nonces for `owner`, from its own slice,
   * or after stealing half of the largest other slice; null when the whole
   * space has been handed out.
   */
  take(owner: number, size: number): NonceRange | null {
    if (!Number.isInteger(owner) || owner < 0) throw new RangeError(`owner must be a non-negative integer, got ${owner}`);
    checkCount('size', size);
    while (this.next.length <= owner) {
      this.next.push(0);
      this.end.push(0);
    }
    if (this.next[owner]! >= this.end[owner]!) this.steal(owner, size);
    const from = this.next[owner]!;
    const to = Math.min(this.end[owner]!, from + size);
    if (from >= to) return null;
    this.next[owner] = to;
    return { from, to };
  }

  /** Gives `owner` the upper half of the largest remaining slice (all of it if that is within one chunk). */
  private steal(owner: number, size: number): void {
    let victim = -1;
    let most = 0;
    for (let i = 0; i < this.next.length; i++) {
      const left = this.end[i]! - this.next[i]!;
      if (left > most) {
        most = left;
        victim = i;
      }
    }
    if (victim < 0) return;
    const split = most > size ? this.next[victim]! + Math.floor(most / 2) : this.next[victim]!;
    this.next[owner] = split;
    this.end[owner] = this.end[victim]!;
    this.end[victim] = split;
  }
}

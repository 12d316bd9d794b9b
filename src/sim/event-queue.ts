/**
 * The simulation's event queue: a binary min-heap ordered by virtual time, then
 * by insertion order, so two events due at the same instant run in the order
 * they were scheduled (the tie rule that keeps runs deterministic).
 */
export interface QueuedEvent<T> {
  /** Virtual time in milliseconds. */
  readonly time: number;
  /** Insertion number: the tie-breaker for equal times. */
  readonly seq: number;
  readonly value: T;
}

function before<T>(x: QueuedEvent<T>, y: QueuedEvent<T>): boolean {
  return x.time < y.time || (x.time === y.time && x.seq < y.seq);
}

export class EventQueue<T> {
  private readonly heap: QueuedEvent<T>[] = [];
  private nextSeq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, value: T): QueuedEvent<T> {
    if (!Number.isFinite(time)) throw new RangeError(`time must be a finite number, got ${time}`);
    const event: QueuedEvent<T> = { time, seq: this.nextSeq++, value };
    const h = this.heap;
    h.push(event);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
    return event;
  }

  peek(): QueuedEvent<T> | undefined {
    return this.heap[0];
  }

  pop(): QueuedEvent<T> | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }

  /** Every queued event in the order it will run (a copy; for views and tests). */
  ordered(): QueuedEvent<T>[] {
    return [...this.heap].sort((x, y) => (before(x, y) ? -1 : 1));
  }

  /** Drops every event `keep` rejects (e.g. messages of a removed node). */
  filter(keep: (value: T) => boolean): void {
    const kept = this.heap.filter((e) => keep(e.value));
    this.heap.length = 0;
    // Re-inserting in (time, seq) order keeps the original tie order.
    for (const e of kept.sort((x, y) => (before(x, y) ? -1 : 1))) this.heap.push(e);
    // A sorted array is a valid heap.
  }

  clear(): void {
    this.heap.length = 0;
  }
}

/**
 * A read-only map made of a flat base map and a small map of entries added
 * or replaced on top of it. Each layout update makes a new one in time
 * proportional to the overlay, not to the 10,000 entries of the base (copying
 * a Map of that size costs a few milliseconds); once the overlay grows past
 * `flattenAt` entries the next one is flattened into a new base.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly top: ReadonlyMap<K, V>,
  ) {}

  /** `from` with `changes` set on top (from is not modified). */
  static with<K, V>(from: ReadonlyMap<K, V>, changes: Iterable<readonly [K, V]>, flattenAt = 256): OverlayMap<K, V> {
    const base = from instanceof OverlayMap ? (from.base as ReadonlyMap<K, V>) : from;
    const top = new Map(from instanceof OverlayMap ? (from.top as ReadonlyMap<K, V>) : []);
    for (const [k, v] of changes) top.set(k, v);
    if (top.size <= flattenAt) return new OverlayMap(base, top);
    const flat = new Map(base);
    for (const [k, v] of top) flat.set(k, v);
    return new OverlayMap(flat, new Map());
  }

  get size(): number {
    let added = 0;
    for (const k of this.top.keys()) if (!this.base.has(k)) added++;
    return this.base.size + added;
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) yield [k, this.top.has(k) ? this.top.get(k)! : v];
    for (const [k, v] of this.top) if (!this.base.has(k)) yield [k, v];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }
}

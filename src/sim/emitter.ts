/**
 * A small typed event emitter. Listeners run synchronously, in subscription
 * order, when the simulation emits; an exception in a listener propagates to
 * the caller of the operation (a bug should be loud, not swallowed).
 */
export type Listener<P> = (payload: P) => void;

export class Emitter<M extends { [K in keyof M]: unknown }> {
  private readonly listeners = new Map<keyof M, Set<Listener<never>>>();

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof M>(type: K, listener: Listener<M[K]>): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => this.off(type, listener);
  }

  /** Subscribes for one event only. */
  once<K extends keyof M>(type: K, listener: Listener<M[K]>): () => void {
    const off = this.on(type, (p) => {
      off();
      listener(p);
    });
    return off;
  }

  off<K extends keyof M>(type: K, listener: Listener<M[K]>): void {
    this.listeners.get(type)?.delete(listener as Listener<never>);
  }

  /** True when someone listens (lets the sim skip building payloads nobody reads). */
  has<K extends keyof M>(type: K): boolean {
    return (this.listeners.get(type)?.size ?? 0) > 0;
  }

  emit<K extends keyof M>(type: K, payload: M[K]): void {
    const set = this.listeners.get(type);
    if (!set) return;
    for (const l of [...set]) (l as Listener<M[K]>)(payload);
  }
}

/**
 * Link settings: one-way latency, jitter and loss, a network-wide default with
 * per-link overrides (a link is the unordered pair of two peers; both directions
 * share its settings). The delay of a message is latency + a uniform draw in
 * [0, jitter): latency is the minimum, jitter only adds. Loss drops a message
 * with that probability, decided when it is sent.
 *
 * Each direction of a link is first-in first-out, like the TCP connection
 * Bitcoin peers talk over: a message never overtakes an earlier one on the same
 * link (a jittered message is held until the one before it has arrived), so a
 * block never arrives before the parent sent ahead of it by the same peer.
 *
 * Two faults a real network stack hides but a node must survive anyway (they are
 * off by default): `reorder`, the probability that a message leaves the queue
 * and takes up to one more link delay, so later messages may overtake it; and
 * `duplicate`, the probability that a message arrives a second time.
 */
import type { SeededRng } from './rng';

export interface LinkSettings {
  /** One-way delay in virtual milliseconds (>= 0). */
  readonly latencyMs: number;
  /** Extra delay drawn uniformly from [0, jitterMs) per message (>= 0). */
  readonly jitterMs: number;
  /** Probability in [0, 1] that a message is lost. */
  readonly loss: number;
  /** Probability in [0, 1] that a message arrives twice (default 0). */
  readonly duplicate: number;
  /** Probability in [0, 1] that a message is not held in order behind earlier ones (default 0). */
  readonly reorder: number;
}

export const DEFAULT_LINK: LinkSettings = Object.freeze({ latencyMs: 100, jitterMs: 50, loss: 0, duplicate: 0, reorder: 0 });

/** Checks and completes a partial settings object; names the bad field. */
export function validateLinkSettings(s: Partial<LinkSettings>, base: LinkSettings = DEFAULT_LINK): LinkSettings {
  if (s === null || typeof s !== 'object') throw new TypeError('link settings must be an object');
  const merged = { ...base, ...s };
  const nonNegative = (name: keyof LinkSettings) => {
    const v = merged[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a finite number >= 0, got ${String(v)}`);
  };
  nonNegative('latencyMs');
  nonNegative('jitterMs');
  for (const p of ['loss', 'duplicate', 'reorder'] as const) {
    nonNegative(p);
    if (merged[p] > 1) throw new RangeError(`${p} must be a probability in [0, 1], got ${merged[p]}`);
  }
  return Object.freeze({ latencyMs: merged.latencyMs, jitterMs: merged.jitterMs, loss: merged.loss, duplicate: merged.duplicate, reorder: merged.reorder });
}

/** The key of the unordered pair {a, b}. */
export function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface LinkOverride {
  readonly a: string;
  readonly b: string;
  readonly settings: LinkSettings;
}

/** The outcome of sending one message over a link. */
export type Transit = { readonly lost: true } | { readonly lost: false; readonly deliverAt: number; readonly copyAt?: number };

export class LinkTable {
  private defaults: LinkSettings;
  private readonly overrides = new Map<string, LinkOverride>();
  /** Per direction "from>to": the latest delivery time scheduled, for FIFO order. */
  private readonly lastDelivery = new Map<string, number>();

  constructor(defaults: Partial<LinkSettings> = {}) {
    this.defaults = validateLinkSettings(defaults);
  }

  get defaultSettings(): LinkSettings {
    return this.defaults;
  }

  setDefaults(s: Partial<LinkSettings>): void {
    this.defaults = validateLinkSettings(s, this.defaults);
  }

  /** Overrides the settings of the link a-b (both directions). */
  set(a: string, b: string, s: Partial<LinkSettings>): LinkSettings {
    const settings = validateLinkSettings(s, this.get(a, b));
    const [x, y] = a < b ? [a, b] : [b, a];
    this.overrides.set(linkKey(a, b), { a: x, b: y, settings });
    return settings;
  }

  /** Back to the defaults for a-b. */
  reset(a: string, b: string): void {
    this.overrides.delete(linkKey(a, b));
  }

  get(a: string, b: string): LinkSettings {
    return this.overrides.get(linkKey(a, b))?.settings ?? this.defaults;
  }

  overrideList(): LinkOverride[] {
    return [...this.overrides.values()];
  }

  /** Forgets everything about a removed node. */
  forgetNode(id: string): void {
    for (const [k, o] of this.overrides) if (o.a === id || o.b === id) this.overrides.delete(k);
    for (const k of this.lastDelivery.keys()) {
      const [from, to] = k.split('>');
      if (from === id || to === id) this.lastDelivery.delete(k);
    }
  }

  /** Draws loss, then the delay, for a message sent now from `from` to `to`. */
  transit(from: string, to: string, now: number, rng: SeededRng): Transit {
    const s = this.get(from, to);
    if (rng.chance(s.loss)) return { lost: true };
    const delay = () => (s.jitterMs > 0 ? s.latencyMs + rng.uniform(0, s.jitterMs) : s.latencyMs);
    const first = delay();
    // Random draws only for faults that are on, so a seed replays the same way without them.
    const copyAt = rng.chance(s.duplicate) ? now + delay() : undefined;
    if (rng.chance(s.reorder)) {
      return { lost: false, deliverAt: now + first + rng.uniform(0, s.latencyMs + s.jitterMs), ...(copyAt !== undefined ? { copyAt } : {}) };
    }
    const direction = `${from}>${to}`;
    const deliverAt = Math.max(now + first, this.lastDelivery.get(direction) ?? -Infinity);
    this.lastDelivery.set(direction, deliverAt);
    return { lost: false, deliverAt, ...(copyAt !== undefined ? { copyAt } : {}) };
  }

  /** Clears the FIFO bookkeeping (after a restore, nothing is in flight). */
  clearInFlight(): void {
    this.lastDelivery.clear();
  }
}

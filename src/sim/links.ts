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
 */
import type { SeededRng } from './rng';

export interface LinkSettings {
  /** One-way delay in virtual milliseconds (>= 0). */
  readonly latencyMs: number;
  /** Extra delay drawn uniformly from [0, jitterMs) per message (>= 0). */
  readonly jitterMs: number;
  /** Probability in [0, 1] that a message is lost. */
  readonly loss: number;
}

export const DEFAULT_LINK: LinkSettings = Object.freeze({ latencyMs: 100, jitterMs: 50, loss: 0 });

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
  nonNegative('loss');
  if (merged.loss > 1) throw new RangeError(`loss must be a probability in [0, 1], got ${merged.loss}`);
  return Object.freeze({ latencyMs: merged.latencyMs, jitterMs: merged.jitterMs, loss: merged.loss });
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
export type Transit = { readonly lost: true } | { readonly lost: false; readonly deliverAt: number };

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
    const delay = s.jitterMs > 0 ? s.latencyMs + rng.uniform(0, s.jitterMs) : s.latencyMs;
    const direction = `${from}>${to}`;
    const deliverAt = Math.max(now + delay, this.lastDelivery.get(direction) ?? -Infinity);
    this.lastDelivery.set(direction, deliverAt);
    return { lost: false, deliverAt };
  }

  /** Clears the FIFO bookkeeping (after a restore, nothing is in flight). */
  clearInFlight(): void {
    this.lastDelivery.clear();
  }
}

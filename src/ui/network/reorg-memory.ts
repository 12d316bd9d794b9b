/**
 * The last reorg of every node, remembered while no chain view watches.
 *
 * ChainView spots a reorg itself by comparing the active chain between two
 * renders, but only while it is on screen: a reorg that happens while the
 * teacher is on the Network panel (heal, then settle) would go unseen. This
 * memory listens to the app's tip events for the whole session; the Chain
 * panel takes a node's unseen reorg when it shows that node, and marks it
 * seen when ChainView reports one itself, so each reorg is announced once.
 */
import type { Blockchain } from '../../core/index';
import type { TipChangedEvent } from '../../sim/index';
import { reorgDiffFromInfo } from '../viz/adapters';
import type { ReorgDiff } from '../viz/reorg-transition';

interface Remembered {
  readonly diff: ReorgDiff;
  readonly time: number;
  seen: boolean;
}

export class ReorgMemory {
  private readonly last = new Map<string, Remembered>();

  /** A tip event; only those with a reorg are kept (the newest per node). */
  record(e: TipChangedEvent, chain?: Blockchain): void {
    if (!e || typeof e.nodeId !== 'string') throw new TypeError('e must be a TipChangedEvent');
    if (!e.reorg || e.reorg.disconnected.length === 0) return;
    this.last.set(e.nodeId, { diff: reorgDiffFromInfo(e.reorg, chain), time: e.time, seen: false });
  }

  /** The node's last reorg if it has not been shown yet; it counts as shown from now on. */
  take(nodeId: string): ReorgDiff | null {
    const r = this.last.get(nodeId);
    if (!r || r.seen) return null;
    r.seen = true;
    return r.diff;
  }

  /** The node's last reorg, shown or not (for the logs and statistics). */
  peek(nodeId: string): { diff: ReorgDiff; time: number } | null {
    const r = this.last.get(nodeId);
    return r ? { diff: r.diff, time: r.time } : null;
  }

  /** A view on screen showed the node's reorg itself. */
  markSeen(nodeId: string): void {
    const r = this.last.get(nodeId);
    if (r) r.seen = true;
  }

  clear(): void {
    this.last.clear();
  }
}

/** Where the memory hears of tips, and finds a node's chain (the running app's events fit). */
export interface ReorgSource {
  readonly events: {
    on(type: 'tip', listener: (e: TipChangedEvent) => void): () => void;
    on(type: 'changed', listener: (e: { readonly topics: readonly string[] }) => void): () => void;
  };
  /** The node's chain, to name the blocks of a reorg; undefined once the node is gone. */
  chainOf(nodeId: string): Blockchain | undefined;
}

/**
 * A memory that records every reorg the source reports from now on, for the
 * whole page session (its owner keeps it). A new state (reset, import)
 * forgets everything.
 */
export function followReorgs(source: ReorgSource): ReorgMemory {
  if (!source || !source.events || typeof source.chainOf !== 'function') throw new TypeError('source must be { events, chainOf }');
  const memory = new ReorgMemory();
  source.events.on('tip', (e) => memory.record(e, source.chainOf(e.nodeId)));
  source.events.on('changed', (e) => {
    if (e.topics.includes('state')) memory.clear();
  });
  return memory;
}

/**
 * The network statistics card in words and numbers: stale blocks and rate,
 * reorgs and the deepest one, how long the last blocks took to reach half and
 * all of the nodes (Network.blockPropagation), and each node's pool.
 */
import type { BlockPropagation, NetworkStatsSnapshot } from '../../sim/index';
import { shortHash } from '../viz/format';

export interface StatLine {
  readonly label: string;
  readonly value: string;
}

export interface PropagationRow {
  readonly hash: string;
  readonly short: string;
  readonly height: number;
  readonly finder: string;
  /** "3 of 4" nodes store it. */
  readonly reached: string;
  readonly p50: string;
  readonly p100: string;
}

export interface MempoolRow {
  /** The node's id: labels are free text and may repeat. */
  readonly id: string;
  readonly node: string;
  readonly txs: number;
  readonly bytes: number;
}

export interface StatsView {
  readonly lines: StatLine[];
  readonly propagation: PropagationRow[];
  readonly mempools: MempoolRow[];
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new TypeError('ms must be a finite number or null');
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function formatPercent(rate: number): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate))
    throw new TypeError('rate must be a finite number');
  return `${(rate * 100).toFixed(1)}%`;
}

/**
 * @param lastBlocks propagation of the most recent blocks found, oldest first
 *   (undefined entries, blocks no longer remembered, are skipped)
 */
export function statsView(
  s: NetworkStatsSnapshot,
  lastBlocks: readonly (BlockPropagation | undefined)[],
  labelOf: (id: string) => string = (id) => id,
): StatsView {
  if (!s || !s.network || !Array.isArray(s.nodes))
    throw new TypeError('s must be a NetworkStatsSnapshot');
  if (!Array.isArray(lastBlocks)) throw new TypeError('lastBlocks must be an array');
  const n = s.network;
  const p = n.propagation;
  const lines: StatLine[] = [
    { label: 'Best chain', value: `height ${n.bestHeight}, tip ${shortHash(n.bestTip || '—')}` },
    { label: 'Blocks found', value: String(n.blocksFound) },
    {
      label: 'Stale blocks',
      value: `${n.staleBlocks} (${formatPercent(n.staleRate)} of blocks found)`,
    },
    {
      label: 'Reorgs',
      value: `${n.reorgs}, deepest ${n.maxReorgDepth} block${n.maxReorgDepth === 1 ? '' : 's'}`,
    },
    {
      label: 'Propagation to 50% of nodes',
      value: `median ${formatMs(p.medianP50Ms)}, mean ${formatMs(p.meanP50Ms)}`,
    },
    {
      label: 'Propagation to all nodes',
      value: `median ${formatMs(p.medianP100Ms)}, max ${formatMs(p.maxP100Ms)} (${p.measured} block${p.measured === 1 ? '' : 's'} measured)`,
    },
    {
      label: 'Messages',
      value: `${n.messages.sent} sent, ${n.messages.delivered} delivered, ${n.messages.dropped} dropped`,
    },
  ];
  const propagation = lastBlocks
    .filter((b): b is BlockPropagation => b !== undefined)
    .reverse()
    .map((b) => ({
      hash: b.hash,
      short: shortHash(b.hash),
      height: b.height,
      finder: labelOf(b.finder),
      reached: `${b.reached} of ${b.nodes}`,
      p50: formatMs(b.p50Ms),
      p100: formatMs(b.p100Ms),
    }));
  const mempools = s.nodes.map((x) => ({
    id: x.id,
    node: x.label || labelOf(x.id),
    txs: x.mempoolSize,
    bytes: x.mempoolBytes,
  }));
  return { lines, propagation, mempools };
}

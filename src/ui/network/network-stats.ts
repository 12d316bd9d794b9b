/**
 * The network statistics card in words and numbers: stale blocks and rate,
 * reorgs and the deepest one, how long the last blocks took to reach half and
 * all of the nodes (Network.blockPropagation), and each node's pool.
 */
import type { BlockPropagation, NetworkStatsSnapshot } from '../../sim/index';
import { shortHash } from '../viz/format';
import { currentLanguage, fmt } from '../i18n/index';
import { text } from './text';

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
  /** "Node A: 2 txs, 450 B". */
  readonly summary: string;
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
  return ms >= 10_000 ? `${fmt.number(ms / 1000, 1)} s` : `${fmt.number(Math.round(ms))} ms`;
}

export function formatPercent(rate: number): string {
  if (typeof rate !== 'number' || !Number.isFinite(rate))
    throw new TypeError('rate must be a finite number');
  return new Intl.NumberFormat(currentLanguage.language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
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
    { label: text.stats.bestChain, value: text.stats.bestChainValue(fmt.number(n.bestHeight), shortHash(n.bestTip || '—')) },
    { label: text.stats.blocksFound, value: fmt.number(n.blocksFound) },
    { label: text.stats.stale, value: text.stats.staleValue(fmt.number(n.staleBlocks), formatPercent(n.staleRate)) },
    { label: text.stats.reorgs, value: text.stats.reorgsValue(fmt.number(n.reorgs), n.maxReorgDepth) },
    { label: text.stats.toHalf, value: text.stats.toHalfValue(formatMs(p.medianP50Ms), formatMs(p.meanP50Ms)) },
    { label: text.stats.toAll, value: text.stats.toAllValue(formatMs(p.medianP100Ms), formatMs(p.maxP100Ms), p.measured) },
    {
      label: text.stats.messages,
      value: text.stats.messagesValue(fmt.number(n.messages.sent), fmt.number(n.messages.delivered), fmt.number(n.messages.dropped)),
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
      reached: text.stats.reached(fmt.number(b.reached), fmt.number(b.nodes)),
      p50: formatMs(b.p50Ms),
      p100: formatMs(b.p100Ms),
    }));
  const mempools = s.nodes.map((x) => {
    const node = x.label || labelOf(x.id);
    return { id: x.id, node, txs: x.mempoolSize, bytes: x.mempoolBytes, summary: text.stats.pool(node, x.mempoolSize, fmt.number(x.mempoolBytes)) };
  });
  return { lines, propagation, mempools };
}

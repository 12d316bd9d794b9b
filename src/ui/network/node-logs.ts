/**
 * The node log of the Network panel as readable rows: which node, when
 * (virtual seconds), a tag that says what happened in words and a symbol
 * (accepted, rejected with its reason code, reorg with its depth, IBD
 * progress ...), and the node's own sentence. Newest first.
 */
import type { LogKind, NodeLogEntry } from '../../sim/index';
import { currentLanguage } from '../i18n/language.svelte';
import { text } from './text';

/** The log filter choices of the panel (their words: text.log.filters). */
export type LogFilter = 'all' | 'blocks' | 'transactions' | 'reorgs' | 'ibd' | 'peers' | 'problems';

export const LOG_FILTERS: readonly LogFilter[] = ['all', 'blocks', 'transactions', 'reorgs', 'ibd', 'peers', 'problems'];

const KINDS: Record<Exclude<LogFilter, 'all' | 'problems'>, readonly LogKind[]> = {
  blocks: ['block-accepted', 'block-rejected', 'block-orphan', 'block-mined', 'request-timeout'],
  transactions: ['tx-accepted', 'tx-rejected', 'tx-orphan'],
  reorgs: ['reorg', 'resolve'],
  ibd: ['ibd'],
  peers: ['peer', 'misbehavior'],
};

export interface LogRow {
  readonly key: number;
  readonly nodeId: string;
  /** Virtual time, e.g. "12.35 s". */
  readonly time: string;
  readonly tag: string;
  /** "warn" rows are rejections and problems (shown with ✗/⚠ and in words too). */
  readonly level: NodeLogEntry['level'];
  readonly text: string;
  readonly code?: string;
  readonly depth?: number;
}

export function matchesFilter(entry: NodeLogEntry, filter: LogFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'problems') return entry.level === 'warn';
  const kinds = KINDS[filter];
  if (!kinds)
    throw new RangeError(
      `filter must be one of ${LOG_FILTERS.join(', ')}, got ${String(filter)}`,
    );
  return kinds.includes(entry.kind);
}

/** Virtual milliseconds as seconds with two decimals, written as the page's language writes them ("12.35 s", "12,35 s"). */
export function formatSimTime(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new TypeError('ms must be a finite number');
  const seconds = new Intl.NumberFormat(currentLanguage.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  return text.log.seconds(seconds.format(ms / 1000));
}

export function logRow(entry: NodeLogEntry): LogRow {
  const tags: Partial<Record<LogKind, string>> = text.log.tags;
  let tag = tags[entry.kind] ?? entry.kind;
  if (entry.kind === 'reorg' && entry.depth !== undefined) tag = text.log.depth(tag, entry.depth);
  return {
    key: entry.seq,
    nodeId: entry.nodeId,
    time: formatSimTime(entry.time),
    tag,
    level: entry.level,
    text: entry.text,
    ...(entry.code !== undefined ? { code: entry.code } : {}),
    ...(entry.depth !== undefined ? { depth: entry.depth } : {}),
  };
}

/**
 * The rows to show: the entries of the given logs that pass the filter,
 * merged in sequence order, newest first, at most `limit`.
 */
export function logRows(
  logs: readonly (readonly NodeLogEntry[])[],
  filter: LogFilter,
  limit = 100,
): LogRow[] {
  if (!Array.isArray(logs)) throw new TypeError('logs must be an array of log arrays');
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError('limit must be a whole number >= 0');
  const all: NodeLogEntry[] = [];
  for (const log of logs) for (const e of log) if (matchesFilter(e, filter)) all.push(e);
  all.sort((a, b) => b.seq - a.seq);
  return all.slice(0, limit).map(logRow);
}

/**
 * The node log of the Network panel as readable rows: which node, when
 * (virtual seconds), a tag that says what happened in words and a symbol
 * (accepted, rejected with its reason code, reorg with its depth, IBD
 * progress ...), and the node's own sentence. Newest first.
 */
import type { LogKind, NodeLogEntry } from '../../sim/index';

/** The log filter choices of the panel. */
export type LogFilter = 'all' | 'blocks' | 'transactions' | 'reorgs' | 'ibd' | 'peers' | 'problems';

export const LOG_FILTERS: readonly { readonly id: LogFilter; readonly label: string }[] = [
  { id: 'all', label: 'Everything' },
  { id: 'blocks', label: 'Blocks' },
  { id: 'transactions', label: 'Transactions' },
  { id: 'reorgs', label: 'Reorgs' },
  { id: 'ibd', label: 'Initial block download' },
  { id: 'peers', label: 'Peers and partitions' },
  { id: 'problems', label: 'Rejections and warnings' },
];

const KINDS: Record<Exclude<LogFilter, 'all' | 'problems'>, readonly LogKind[]> = {
  blocks: ['block-accepted', 'block-rejected', 'block-orphan', 'block-mined', 'request-timeout'],
  transactions: ['tx-accepted', 'tx-rejected', 'tx-orphan'],
  reorgs: ['reorg', 'resolve'],
  ibd: ['ibd'],
  peers: ['peer', 'misbehavior'],
};

const TAGS: Record<LogKind, string> = {
  'block-accepted': '✓ block accepted',
  'block-rejected': '✗ block rejected',
  'block-orphan': '? orphan block',
  'block-mined': '⛏ block mined',
  'tx-accepted': '✓ tx accepted',
  'tx-rejected': '✗ tx rejected',
  'tx-orphan': '? orphan tx',
  misbehavior: '⚠ misbehaviour',
  reorg: '⤴ reorg',
  ibd: '⇣ IBD',
  peer: '⇄ peers',
  'request-timeout': '⌛ timeout',
  resolve: '⚖ resolve',
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
      `filter must be one of ${LOG_FILTERS.map((f) => f.id).join(', ')}, got ${String(filter)}`,
    );
  return kinds.includes(entry.kind);
}

/** Virtual milliseconds as seconds with two decimals. */
export function formatSimTime(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms))
    throw new TypeError('ms must be a finite number');
  return `${(ms / 1000).toFixed(2)} s`;
}

export function logRow(entry: NodeLogEntry): LogRow {
  let tag = TAGS[entry.kind] ?? entry.kind;
  if (entry.kind === 'reorg' && entry.depth !== undefined) tag += ` depth ${entry.depth}`;
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

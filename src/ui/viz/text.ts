/**
 * The words of the block tree (ChainView, its block boxes, its table and its
 * reorg banner): what the picture draws and what a screen reader or a speech
 * user hears. English here, the other languages in text.<language>.ts. The
 * block tree is on the first screen: only its words belong here. Numbers
 * arrive as numbers (counts) or written (heights).
 */
import { areaText } from '../i18n/area-text';

const s = (n: number) => (n === 1 ? '' : 's');

const english = {
  /** The block box's first line and the start of its name: "#6 · 3 tx". */
  face: (height: string, txCount: string) => `#${height} · ${txCount} tx`,
  /** The start of a block button's name: "Block 6 · 3 tx". */
  blockName: (height: string, txCount: string) => `Block ${height} · ${txCount} tx`,
  status: { stale: 'stale', orphan: 'orphan' },
  tipBadge: 'TIP',
  /** A node called by a name that does not say "Node" itself ("Alice"): "node Alice"; and several. */
  nodeNamed: (label: string) => `node ${label}`,
  nodesNamed: (labels: string) => `nodes ${labels}`,
  /** Drawn under a node of the network picture: "#12 · branch 0", and "mining" below when it mines. */
  nodeInfo: (height: string, branch: string) => `#${height} · branch ${branch}`,
  mining: 'mining',
  /** Between the last two of a list of names: "A, B and C". */
  and: 'and',
  tipOf: (nodes: string) => `tip of ${nodes}`,
  tipOfFirst: (node: string, others: number) => `tip of ${node} and ${others} other${s(others)}`,
  tipOfCount: (nodes: number) => `tip of ${nodes} nodes`,
  transactions: (count: number) => `${count} transaction${s(count)}`,
  minedBy: (miner: string) => `mined by ${miner}`,
  disconnected: 'disconnected by the last reorg',
  connected: 'connected by the last reorg',
  /** The whole network's tree is named "every node" by the app state. */
  everyNode: 'every node',
  tree: (node: string) => `Block tree of ${node}`,
  picture: (node: string) => `Block tree picture of ${node}; drag to pan, wheel to zoom`,
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  older: 'Pan towards older blocks',
  newer: 'Pan towards newer blocks',
  up: 'Pan up',
  down: 'Pan down (side branches)',
  follow: 'Follow tip',
  summaryTip: (node: string, height: string) => `${node}: tip #${height}`,
  summaryCounts: (active: string, stale: string, orphan: string) => `${active} active, ${stale} stale, ${orphan} orphan`,
  drawn: (count: string) => `${count} blocks drawn`,
  orphanBand: 'Orphans — parent not received yet',
  legend: {
    active: '▭ solid: active chain',
    stale: '┅ dashed: stale branch',
    orphan: '┈ dotted: orphan (parent unknown)',
    tip: "TIP: this node's tip",
  },
  table: {
    show: (node: string) => `Show the block tree of ${node} as a table`,
    caption: (node: string, blocks: string, active: string, stale: string, orphan: string) =>
      `Block tree of ${node}: ${blocks} blocks (${active} active, ${stale} stale, ${orphan} orphan)`,
    highest: (shown: string) => `, the highest ${shown} listed`,
    height: 'Height',
    hash: 'Block hash',
    status: 'Status',
    statuses: { active: 'active', stale: 'stale', orphan: 'orphan' },
    tipOf: 'Tip of',
    transactions: 'Transactions',
    miner: 'Miner',
    open: 'Open',
    openBlock: (height: string, hash: string) => `Open block ${height} ${hash}`,
    more: (count: string) => `Show ${count} more`,
    failed: (error: string) => `The table could not be loaded (${error}). Close it and open it again to try again.`,
  },
  reorg: {
    title: (node: string | null) => `Reorg${node ? ` on ${node}` : ''}:`,
    switched: (fork: string) => `switched branch at the fork ${fork}:`,
    fork: (height: string, hash: string) => `block ${height} ${hash}`,
    noFork: 'no common block',
    moved: (disconnected: number, connected: number) =>
      `${disconnected} block${s(disconnected)} disconnected, ${connected} block${s(connected)} connected.`,
    disconnectedList: 'Disconnected (tip first)',
    connectedList: 'Connected (chain order)',
    openDisconnected: 'Open disconnected block ',
    openConnected: 'Open connected block ',
    dismiss: 'Dismiss',
  },
};

export type VizText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
